/** A parsed feed to one result per item: its own full text, else its fetched link, else its summary. */
import { buildDocument, normaliseText } from './read-document.js';
import { quoteInput, readError } from './read-error.js';
import { fetchResource } from './read-fetch.js';
import type { Feed, FeedItem } from './read-feed.js';
import type { SourceFormat } from './read-format.js';
import { htmlFragmentToText } from './read-html-text.js';
import type { ResolvedReadOptions } from './read-options.js';
import { matchOutlet } from './read-outlet.js';
import { errorResult, type ReadResult } from './read-result.js';

/** Where the feed came from. */
export interface FeedOrigin {
  readonly input: string;
  readonly url: string | null;
  readonly path: string | null;
  readonly fetchLinks: boolean;
}

/** The reader for fetched pages, passed in to keep the module graph acyclic. */
export type PageReader = (
  bytes: Uint8Array,
  source: {
    readonly input: string;
    readonly url: string;
    readonly contentType: string | null;
    readonly format?: SourceFormat | null;
    readonly fallback: {
      readonly title: string | null;
      readonly publishedAt: FeedItem['publishedAt'];
      readonly outlet: string | null;
    };
    readonly fetchLinks: boolean;
  },
  options: ResolvedReadOptions,
) => AsyncGenerator<ReadResult>;

const PAGE_ACCEPT = 'text/html,application/xhtml+xml;q=0.9,text/plain;q=0.8,*/*;q=0.5';

function itemText(html: string | null): string {
  return html ? normaliseText(htmlFragmentToText(html)) : '';
}

/**
 * One result per feed item, in feed order. An item's own full content is used when it holds at
 * least `minTextLength` characters; otherwise its link is fetched (when `fetchLinks`); otherwise
 * its summary is used; an item with none of these is an error result.
 */
export async function* readFeedItems(
  feed: Feed,
  origin: FeedOrigin,
  options: ResolvedReadOptions,
  readPage: PageReader,
): AsyncGenerator<ReadResult> {
  if (feed.items.length === 0) {
    yield errorResult(
      origin.input,
      readError('no_article_text', `ingest: the feed ${quoteInput(origin.input)} has no items`, {
        input: origin.input,
      }),
    );
    return;
  }
  for (const item of feed.items) {
    options.signal?.throwIfAborted();
    const input = `${origin.input}#item-${item.index}`;
    const outletUrls = [item.link, feed.link, origin.url];
    const content = itemText(item.contentHtml);
    const make = (text: string): ReadResult => ({
      kind: 'document',
      input,
      path: origin.path,
      document: buildDocument({
        text,
        kind: options.documentKind,
        url: item.link,
        ...matchOutlet(feed.title, outletUrls, options.outlets),
        title: item.title,
        publishedAt: item.publishedAt,
        retrievedAt: options.now(),
      }),
    });
    if (content.length >= options.minTextLength) {
      yield make(content);
      continue;
    }
    if (origin.fetchLinks && item.link) {
      try {
        const page = await fetchResource(item.link, options, PAGE_ACCEPT);
        const fallback = { title: item.title, publishedAt: item.publishedAt, outlet: feed.title };
        for await (const result of readPage(
          page.bytes,
          {
            input: item.link,
            url: page.url,
            contentType: page.contentType,
            fallback,
            fetchLinks: false,
          },
          options,
        )) {
          yield result;
        }
      } catch (error) {
        if (options.signal?.aborted) throw error;
        yield errorResult(item.link, error);
      }
      continue;
    }
    const summary = itemText(item.summaryHtml);
    const best = content.length >= summary.length ? content : summary;
    if (best !== '') {
      yield make(best);
      continue;
    }
    const hint = item.link
      ? `read its link ${item.link} instead, or enable fetchLinks`
      : 'it has no absolute link to read either';
    yield errorResult(
      input,
      readError(
        'no_article_text',
        `ingest: item ${item.index} of ${quoteInput(origin.input)} has no article text; ${hint}`,
        {
          input,
          link: item.link,
        },
      ),
    );
  }
}
