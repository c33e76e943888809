/** Ingest through the ledger: paths, URLs and pasted text → documents → claims in the store. */
import type { IsoDate } from '../core/fuzzy-date.js';
import { InputError } from '../core/errors.js';
import { type ExtractFn, IngestSession, type IngestItem, asItemError } from '../ingest/ingest-pipeline.js';
import { readBytes, readSource, outletsFromEntities, type ReadOptions } from '../ingest/readers.js';
import type { Ledger } from './ledger.js';

export interface LedgerIngestOptions {
  readonly extract: ExtractFn;
  /** Accept the extracted claims without review (trusted automatic mode). */
  readonly trusted?: boolean;
  /** Reader options (timeouts, size limits, fetching feed links). */
  readonly read?: Omit<ReadOptions, 'outlets'>;
}

/** Pasted article text and what the user knows about it. */
export interface PastedArticle {
  readonly text: string;
  readonly url?: string;
  readonly title?: string;
  readonly publishedAt?: IsoDate;
  readonly outlet?: string;
}

async function session(ledger: Ledger, opts: LedgerIngestOptions) {
  // NOTE: the store's entities, not the ledger's snapshot: the snapshot would load every stored
  // document and claim only to read the companies.
  const entities = await ledger.store.listEntities();
  const read: ReadOptions = { ...opts.read, outlets: outletsFromEntities(entities), now: () => new Date(ledger.now()) };
  const s = new IngestSession(ledger.store, opts.extract, { now: ledger.now, user: ledger.user, trusted: opts.trusted ?? false });
  return { s, read };
}

/**
 * Ingest files, folders, URLs and feeds one document at a time, yielding a result per document.
 * Streams: a folder of ten thousand files is never held in memory at once.
 */
export async function* ingestInputs(ledger: Ledger, inputs: readonly string[], opts: LedgerIngestOptions): AsyncGenerator<IngestItem> {
  const { s, read } = await session(ledger, opts);
  try {
    for (const input of inputs) {
      try {
        for await (const result of readSource(input, read)) {
          try {
            yield await s.ingest(result);
          } catch (error) {
            yield asItemError(result.input, error);
          }
        }
      } catch (error) {
        yield asItemError(input, error);
      }
    }
  } finally {
    ledger.invalidate();
  }
}

/** Ingest one pasted article; the result for its (single) document. */
export async function ingestText(ledger: Ledger, article: PastedArticle, opts: LedgerIngestOptions): Promise<IngestItem> {
  if (typeof article.text !== 'string' || article.text.trim() === '') {
    throw new InputError('ingest: the pasted text is empty; paste the article text', { field: 'text' });
  }
  const { s, read } = await session(ledger, opts);
  const bytes = new TextEncoder().encode(article.text);
  let item: IngestItem | null = null;
  for await (const result of readBytes(bytes, {
    input: 'pasted text',
    url: article.url ?? null,
    format: 'text',
    fallback: { title: article.title ?? null, publishedAt: article.publishedAt ?? null, outlet: article.outlet ?? null },
  }, read)) {
    item = await s.ingest(result);
    break;
  }
  ledger.invalidate();
  if (!item) throw new InputError('ingest: no article text found in the pasted text', { field: 'text' });
  return item;
}

/** Ingest every document behind one URL (a page, or each item of a feed). */
export async function ingestUrl(ledger: Ledger, url: string, opts: LedgerIngestOptions): Promise<IngestItem[]> {
  if (!/^https?:\/\//i.test(url)) throw new InputError(`ingest: "${url}" is not an http(s) URL`, { field: 'url', value: url });
  const items: IngestItem[] = [];
  for await (const item of ingestInputs(ledger, [url], opts)) items.push(item);
  return items;
}
