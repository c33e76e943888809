/** RSS 2.0, RSS 1.0 (RDF) and Atom feeds to a list of items, each a candidate article. */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { IsoDate } from '../core/fuzzy-date.js';
import { parsePublishedDate } from './read-date.js';
import { quoteInput, readError } from './read-error.js';
import { htmlFragmentToText } from './read-html-text.js';

export type FeedFormat = 'rss' | 'rdf' | 'atom';

export interface FeedItem {
  /** 1-based position in the feed. */
  readonly index: number;
  readonly title: string | null;
  /** The article's absolute URL, when the item has one. */
  readonly link: string | null;
  readonly publishedAt: IsoDate | null;
  /** Full content as HTML (`content:encoded`, Atom `content`). */
  readonly contentHtml: string | null;
  /** Summary as HTML (`description`, Atom `summary`). */
  readonly summaryHtml: string | null;
}

export interface Feed {
  readonly format: FeedFormat;
  readonly title: string | null;
  /** The site the feed belongs to. */
  readonly link: string | null;
  readonly items: readonly FeedItem[];
}

type Node = Record<string, unknown>;

// NOTE: fields that carry HTML are kept raw (stop nodes): Atom xhtml content is markup that the
// XML parser would otherwise turn into objects; we unwrap CDATA and entities ourselves.
const HTML_FIELDS = ['description', 'content:encoded', 'content', 'summary'];
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  stopNodes: HTML_FIELDS.map((f) => `*.${f}`),
  isArray: (name) => name === 'item' || name === 'entry' || name === 'link',
});

const ENTITIES: Readonly<Record<string, string>> = {
  lt: '<',
  gt: '>',
  amp: '&',
  quot: '"',
  apos: "'",
};

function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith('#')) {
      const code =
        name[1] === 'x' || name[1] === 'X'
          ? parseInt(name.slice(2), 16)
          : parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name] ?? whole;
  });
}

/** The raw inner XML of a stop node as HTML: CDATA sections literally, the rest entity-decoded. */
function rawToHtml(raw: string, type: string | null): string {
  if (type === 'xhtml') return raw;
  const parts = raw.split(/<!\[CDATA\[([\s\S]*?)\]\]>/);
  const text = parts.map((p, i) => (i % 2 === 1 ? p : decodeEntities(p))).join('');
  return type === 'text' ? text.replace(/&/g, '&amp;').replace(/</g, '&lt;') : text;
}

function scalar(v: unknown): string | null {
  if (Array.isArray(v)) return scalar(v[0]);
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return String(v);
  if (v !== null && typeof v === 'object') return scalar((v as Node)['#text']);
  return null;
}

function attr(v: unknown, name: string): string | null {
  const node = Array.isArray(v) ? v[0] : v;
  if (node === null || typeof node !== 'object') return null;
  const a = (node as Node)[`@_${name}`];
  return typeof a === 'string' ? a : null;
}

function htmlField(v: unknown): string | null {
  const raw = scalar(v);
  if (raw === null) return null;
  const html = rawToHtml(raw, attr(v, 'type')).trim();
  return html === '' ? null : html;
}

function plainText(v: unknown): string | null {
  const raw = scalar(v);
  if (raw === null) return null;
  const type = attr(v, 'type');
  const text =
    type === 'html' || type === 'xhtml' ? htmlFragmentToText(raw) : raw.replace(/\s+/g, ' ').trim();
  return text === '' ? null : text;
}

function absolute(href: string | null, base: string | null): string | null {
  if (!href) return null;
  try {
    const u = base ? new URL(href.trim(), base) : new URL(href.trim());
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

function atomLink(links: unknown, base: string | null): string | null {
  const list = (Array.isArray(links) ? links : [links]).filter(
    (l): l is Node => l !== null && typeof l === 'object',
  );
  const alternate = list.find((l) => (l['@_rel'] ?? 'alternate') === 'alternate') ?? list[0];
  return absolute(typeof alternate?.['@_href'] === 'string' ? alternate['@_href'] : null, base);
}

function rssItem(item: Node, index: number, base: string | null): FeedItem {
  const guid = item['guid'];
  const guidLink = attr(guid, 'isPermaLink') === 'false' ? null : scalar(guid);
  return {
    index,
    title: plainText(item['title']),
    link: absolute(scalar(item['link']), base) ?? absolute(guidLink, base),
    publishedAt: parsePublishedDate(scalar(item['pubDate']) ?? scalar(item['dc:date'])),
    contentHtml: htmlField(item['content:encoded']),
    summaryHtml: htmlField(item['description']),
  };
}

function atomEntry(entry: Node, index: number, base: string | null): FeedItem {
  const content = entry['content'];
  const src = attr(content, 'src');
  return {
    index,
    title: plainText(entry['title']),
    link: atomLink(entry['link'], base) ?? absolute(src, base),
    publishedAt: parsePublishedDate(scalar(entry['published']) ?? scalar(entry['updated'])),
    contentHtml: src ? null : htmlField(content),
    summaryHtml: htmlField(entry['summary']),
  };
}

function asNode(v: unknown): Node {
  return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Node) : {};
}

function asNodes(v: unknown): Node[] {
  return (Array.isArray(v) ? v : v === undefined ? [] : [v]).map(asNode);
}

/**
 * Parse a feed. Throws ExtractError `invalid_xml` for malformed XML and an `unsupported`
 * error (reason `not_a_feed`) for XML whose root is not <rss>, <rdf:RDF> or <feed>.
 * `baseUrl` (the feed's own URL) resolves relative item links.
 */
export function parseFeed(xml: string, input: string, baseUrl: string | null = null): Feed {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) {
    const { msg, line } = valid.err;
    throw readError(
      'invalid_xml',
      `ingest: ${quoteInput(input)} is not well-formed XML (line ${line}: ${msg}); check the feed's address`,
      {
        input,
        line,
      },
    );
  }
  const doc = asNode(parser.parse(xml));
  const rootName =
    Object.keys(doc).find((k) => !k.startsWith('?') && !k.startsWith('#')) ?? '(none)';
  if (rootName === 'rss' || rootName === 'rdf:RDF') {
    const root = asNode(doc[rootName]);
    const channel = asNode(root['channel']);
    const base = absolute(scalar(channel['link']), baseUrl) ?? baseUrl;
    // NOTE: RSS 1.0 puts items beside the channel, RSS 2.0 inside it.
    const items = asNodes(rootName === 'rss' ? channel['item'] : root['item']);
    return {
      format: rootName === 'rss' ? 'rss' : 'rdf',
      title: plainText(channel['title']),
      link: absolute(scalar(channel['link']), baseUrl),
      items: items.map((item, i) => rssItem(item, i + 1, baseUrl ?? base)),
    };
  }
  if (rootName === 'feed') {
    const feed = asNode(doc['feed']);
    const link = atomLink(feed['link'], baseUrl);
    return {
      format: 'atom',
      title: plainText(feed['title']),
      link,
      items: asNodes(feed['entry']).map((entry, i) => atomEntry(entry, i + 1, baseUrl ?? link)),
    };
  }
  throw readError(
    'not_a_feed',
    `ingest: ${quoteInput(input)} is not RSS or Atom (no <rss> or <feed> root, found <${rootName}>)`,
    {
      input,
      root: rootName,
    },
  );
}
