/** Read the bytes of one file or response: decode, pick the reader, and yield its documents. */
import type { SourceDocument } from '../core/document.js';
import type { IsoDate } from '../core/fuzzy-date.js';
import { charsetFromContentType, decodeBytes } from './read-decode.js';
import { buildDocument } from './read-document.js';
import { quoteInput, readError } from './read-error.js';
import { sniffFormat, type SourceFormat } from './read-format.js';
import { resolveReadOptions, type ReadOptions, type ResolvedReadOptions } from './read-options.js';
import { matchOutlet } from './read-outlet.js';
import { errorResult, type ReadResult } from './read-result.js';
import { parsePlainText } from './read-text.js';

/** Where some bytes came from and what is already known about them. */
export interface ByteSource {
  /** The name used in results and messages (a path, a URL, "upload"). */
  readonly input: string;
  /** The file they were read from. */
  readonly path?: string | null;
  /** The URL they were fetched from (after redirects); becomes the document's url. */
  readonly url?: string | null;
  /** The HTTP Content-Type, for the charset and for telling pages from feeds. */
  readonly contentType?: string | null;
  /** The format, when known (from a file extension); sniffed otherwise. */
  readonly format?: SourceFormat | null;
  /** Metadata to use when the content has none (a feed item's title and date). */
  readonly fallback?: {
    readonly title?: string | null;
    readonly publishedAt?: IsoDate | null;
    readonly outlet?: string | null;
  };
  /** For feeds: fetch items' links when they carry no text (default false). */
  readonly fetchLinks?: boolean;
}

function textDocument(
  raw: string,
  source: ByteSource,
  options: ResolvedReadOptions,
): SourceDocument {
  const article = parsePlainText(raw, source.input);
  const url = source.url ?? null;
  const outlet = matchOutlet(
    article.outlet ?? source.fallback?.outlet ?? null,
    [url],
    options.outlets,
  );
  const document = buildDocument({
    text: article.text,
    kind: options.documentKind,
    url,
    ...outlet,
    title: source.fallback?.title ?? null,
    publishedAt: article.publishedAt ?? source.fallback?.publishedAt ?? null,
    retrievedAt: options.now(),
  });
  if (document.text === '') {
    throw readError(
      'no_article_text',
      `ingest: ${quoteInput(source.input)} has a header but no article text; add the text below the date line`,
      {
        input: source.input,
      },
    );
  }
  return document;
}

async function htmlDocument(
  raw: string,
  source: ByteSource,
  options: ResolvedReadOptions,
): Promise<SourceDocument> {
  // NOTE: the HTML parser and Readability load with the first page, so reading plain text stays light.
  const { readHtmlArticle } = await import('./read-html.js');
  const article = readHtmlArticle(raw, source.input, {
    baseUrl: source.url ?? null,
    minTextLength: options.minTextLength,
  });
  // NOTE: a saved page keeps its canonical link, which is the article's real address.
  const url = source.url ?? article.canonicalUrl;
  const outlet = matchOutlet(
    article.siteName ?? source.fallback?.outlet ?? null,
    [url, article.canonicalUrl],
    options.outlets,
  );
  return buildDocument({
    text: article.text,
    kind: options.documentKind,
    url,
    ...outlet,
    title: article.title ?? source.fallback?.title ?? null,
    publishedAt: source.fallback?.publishedAt ?? article.publishedAt,
    retrievedAt: options.now(),
  });
}

/** `readBytes` with options already resolved (used by the other readers). */
export async function* readBytesResolved(
  bytes: Uint8Array,
  source: ByteSource,
  options: ResolvedReadOptions,
): AsyncGenerator<ReadResult> {
  const path = source.path ?? null;
  let format: SourceFormat;
  let raw: string;
  try {
    format = source.format ?? sniffFormat(bytes, source.contentType ?? null);
    const syntax = format === 'html' ? 'html' : format === 'feed' ? 'xml' : 'none';
    raw = decodeBytes(bytes, {
      input: source.input,
      httpCharset: charsetFromContentType(source.contentType),
      syntax,
    }).text;
    if (format === 'text') {
      yield {
        kind: 'document',
        input: source.input,
        path,
        document: textDocument(raw, source, options),
      };
      return;
    }
    if (format === 'html') {
      yield {
        kind: 'document',
        input: source.input,
        path,
        document: await htmlDocument(raw, source, options),
      };
      return;
    }
  } catch (error) {
    yield errorResult(source.input, error);
    return;
  }
  // NOTE: likewise the XML parser and the feed-item reader load with the first feed.
  const [{ parseFeed }, { readFeedItems }] = await Promise.all([import('./read-feed.js'), import('./read-feed-items.js')]);
  let feed;
  try {
    feed = parseFeed(raw, source.input, source.url ?? null);
  } catch (error) {
    yield errorResult(source.input, error);
    return;
  }
  yield* readFeedItems(
    feed,
    { input: source.input, url: source.url ?? null, path, fetchLinks: source.fetchLinks ?? false },
    options,
    readBytesResolved,
  );
}

/**
 * Read documents from bytes already in memory (an upload, a pasted file). Yields one result
 * for a text or HTML document, one per item for a feed; never throws for bad content.
 * @example for await (const r of readBytes(buf, { input: 'upload.html' })) if (r.kind === 'document') save(r.document)
 */
export function readBytes(
  bytes: Uint8Array,
  source: ByteSource,
  options: ReadOptions = {},
): AsyncGenerator<ReadResult> {
  return readBytesResolved(bytes, source, resolveReadOptions(options));
}
