/** Article metadata from an HTML page: Open Graph and other meta tags, JSON-LD, `<time>`, canonical link. */
import type { IsoDate } from '../core/fuzzy-date.js';
import { parsePublishedDate } from './read-date.js';

export interface HtmlMeta {
  readonly title: string | null;
  readonly publishedAt: IsoDate | null;
  /** The outlet's name as the page states it. */
  readonly siteName: string | null;
  /** The page's own absolute http(s) URL (canonical link or og:url). */
  readonly canonicalUrl: string | null;
}

type Json = Record<string, unknown>;

const ARTICLE_TYPES =
  /^(NewsArticle|Article|ReportageNews|AnalysisNewsArticle|BlogPosting|TechArticle|Report|WebPage|LiveBlogPosting)$/;

const DATE_KEYS = [
  'article:published_time',
  'og:article:published_time',
  'datepublished',
  'pubdate',
  'publishdate',
  'publish-date',
  'publication_date',
  'dc.date.issued',
  'dcterms.issued',
  'dc.date',
  'dcterms.created',
  'date',
  'sailthru.date',
  'parsely-pub-date',
  'article.published',
];
const TITLE_KEYS = ['og:title', 'twitter:title', 'dc.title', 'headline'];
const SITE_KEYS = [
  'og:site_name',
  'publisher',
  'article:publisher',
  'dc.publisher',
  'application-name',
];

function clean(s: string | null | undefined): string | null {
  const t = s?.replace(/\s+/g, ' ').trim();
  return t ? t : null;
}

function metaTable(document: Document): Map<string, string> {
  const table = new Map<string, string>();
  for (const el of Array.from(document.querySelectorAll('meta'))) {
    const key = (
      el.getAttribute('property') ??
      el.getAttribute('name') ??
      el.getAttribute('itemprop')
    )
      ?.trim()
      .toLowerCase();
    const value = clean(el.getAttribute('content') ?? el.getAttribute('datetime'));
    if (key && value && !table.has(key)) table.set(key, value);
  }
  return table;
}

function flattenJsonLd(value: unknown, out: Json[]): void {
  if (Array.isArray(value)) {
    for (const v of value) flattenJsonLd(v, out);
  } else if (value !== null && typeof value === 'object') {
    const obj = value as Json;
    out.push(obj);
    if (obj['@graph'] !== undefined) flattenJsonLd(obj['@graph'], out);
  }
}

function jsonLdArticle(document: Document): Json | null {
  const nodes: Json[] = [];
  for (const script of Array.from(
    document.querySelectorAll('script[type="application/ld+json"]'),
  )) {
    try {
      flattenJsonLd(JSON.parse(script.textContent ?? ''), nodes);
    } catch {
      // NOTE: broken JSON-LD is common on real pages; the other metadata sources still apply.
    }
  }
  const isArticle = (n: Json): boolean => {
    const t = n['@type'];
    const types = Array.isArray(t) ? t : [t];
    return types.some((x) => typeof x === 'string' && ARTICLE_TYPES.test(x));
  };
  return (
    nodes.find((n) => isArticle(n) && n['@type'] !== 'WebPage') ??
    nodes.find(isArticle) ??
    nodes.find((n) => 'datePublished' in n) ??
    null
  );
}

function stringField(obj: Json | null, key: string): string | null {
  const v = obj?.[key];
  if (typeof v === 'string') return clean(v);
  if (Array.isArray(v) && typeof v[0] === 'string') return clean(v[0]);
  return null;
}

function publisherName(article: Json | null): string | null {
  let p = article?.['publisher'];
  if (Array.isArray(p)) p = p[0];
  if (typeof p === 'string') return clean(p);
  if (p !== null && typeof p === 'object') return stringField(p as Json, 'name');
  return null;
}

function absoluteHttp(href: string | null | undefined, base: string | null): string | null {
  if (!href) return null;
  try {
    const u = base ? new URL(href, base) : new URL(href);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

function timeElementDate(document: Document): IsoDate | null {
  const selectors = [
    'time[pubdate]',
    'time[itemprop="datePublished"]',
    'article time[datetime]',
    'main time[datetime]',
  ];
  for (const sel of selectors) {
    const el = document.querySelector(sel);
    const date = parsePublishedDate(el?.getAttribute('datetime') ?? el?.textContent);
    if (date) return date;
  }
  return null;
}

/**
 * Read a page's metadata. Call it before Readability, which rewrites the document.
 * `baseUrl` (where the page came from) resolves a relative canonical link.
 */
export function readHtmlMeta(document: Document, baseUrl: string | null = null): HtmlMeta {
  const meta = metaTable(document);
  const article = jsonLdArticle(document);
  const first = (
    keys: readonly string[],
    accept: (v: string) => boolean = () => true,
  ): string | null => {
    for (const k of keys) {
      const v = meta.get(k);
      if (v && accept(v)) return v;
    }
    return null;
  };
  let publishedAt: IsoDate | null = null;
  for (const k of DATE_KEYS) {
    publishedAt = parsePublishedDate(meta.get(k));
    if (publishedAt) break;
    if (k === 'datepublished')
      publishedAt = parsePublishedDate(stringField(article, 'datePublished'));
    if (publishedAt) break;
  }
  publishedAt ??= timeElementDate(document);
  // NOTE: article:publisher is often the outlet's Facebook URL, which is no name.
  const notUrl = (v: string): boolean => !/^https?:\/\//i.test(v) && !v.startsWith('@');
  const canonical = document.querySelector('link[rel~="canonical"]')?.getAttribute('href');
  return {
    title: first(TITLE_KEYS) ?? stringField(article, 'headline'),
    publishedAt,
    siteName:
      first(SITE_KEYS.slice(0, 1)) ?? publisherName(article) ?? first(SITE_KEYS.slice(1), notUrl),
    canonicalUrl: absoluteHttp(canonical, baseUrl) ?? absoluteHttp(meta.get('og:url'), baseUrl),
  };
}
