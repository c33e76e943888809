/** An HTML page to its article: Readability finds the main text, the page's metadata gives the rest. */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { IsoDate } from '../core/fuzzy-date.js';
import { parsePublishedDate } from './read-date.js';
import { quoteInput, readError } from './read-error.js';
import { removeFurniture } from './read-html-clean.js';
import { readHtmlMeta } from './read-html-meta.js';
import { htmlToText } from './read-html-text.js';

export interface HtmlArticle {
  readonly title: string | null;
  readonly publishedAt: IsoDate | null;
  readonly siteName: string | null;
  readonly canonicalUrl: string | null;
  /** Paragraphs separated by blank lines (not yet normalised). */
  readonly text: string;
}

export interface HtmlReadOptions {
  /** Where the page came from, to resolve relative links; null for files. */
  readonly baseUrl: string | null;
  /** Shorter article text counts as none. */
  readonly minTextLength: number;
}

function wrapIfFragment(html: string): string {
  // NOTE: linkedom builds a usable tree only from a whole document; a bare fragment
  // (a pasted snippet, a saved article body) gets the missing html/body around it.
  return /<html[\s>]/i.test(html.slice(0, 2048))
    ? html
    : `<!doctype html><html><head></head><body>${html}</body></html>`;
}

/**
 * The article in an HTML page. Throws ExtractError (reason `no_article_text`) when Readability
 * finds nothing or less than `minTextLength` characters, as on index pages and paywalls.
 * @example readHtmlArticle(html, 'page.html', { baseUrl: null, minTextLength: 200 }).title
 */
export function readHtmlArticle(
  html: string,
  input: string,
  options: HtmlReadOptions,
): HtmlArticle {
  const { document } = parseHTML(wrapIfFragment(html));
  const meta = readHtmlMeta(document, options.baseUrl);
  const pageTitle =
    document.querySelector('title')?.textContent?.replace(/\s+/g, ' ').trim() || null;
  removeFurniture(document);
  let parsed: ReturnType<Readability<Node>['parse']>;
  try {
    // NOTE: the serializer hands back the content node itself, so we walk it once instead of
    // serialising to HTML and parsing again.
    parsed = new Readability<Node>(document, { serializer: (node) => node }).parse();
  } catch (cause) {
    throw readError(
      'no_article_text',
      `ingest: ${quoteInput(input)}: the page could not be parsed for article text (${String(cause)})`,
      { input },
      { cause },
    );
  }
  const text = parsed?.content ? htmlToText(parsed.content) : '';
  if (text.length < options.minTextLength) {
    throw readError(
      'no_article_text',
      `ingest: ${quoteInput(input)} has no article text (${text.length} characters found, ${options.minTextLength} needed); is it an index, a login or a paywall page?`,
      { input, length: text.length },
    );
  }
  return {
    title: meta.title ?? (parsed?.title?.trim() || null) ?? pageTitle,
    publishedAt: meta.publishedAt ?? parsePublishedDate(parsed?.publishedTime),
    siteName: meta.siteName ?? (parsed?.siteName?.trim() || null),
    canonicalUrl: meta.canonicalUrl,
    text,
  };
}
