/** The readers' entry point: a file, a folder, or an http(s) URL of a page or feed, to documents. */
import { readFile, stat } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { RoundtripError } from '../core/errors.js';
import { readBytesResolved } from './read-bytes.js';
import { quoteInput, readError } from './read-error.js';
import { fetchResource } from './read-fetch.js';
import { countFolder, walkFolder } from './read-folder.js';
import { formatFromExtension, type SourceFormat } from './read-format.js';
import { resolveReadOptions, type ReadOptions, type ResolvedReadOptions } from './read-options.js';
import { errorResult, type ReadResult } from './read-result.js';

const URL_ACCEPT =
  'text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,text/plain;q=0.8,*/*;q=0.5';

function fsError(path: string, error: unknown): unknown {
  if (error instanceof RoundtripError) return error;
  const code = (error as { code?: unknown }).code;
  if (code === 'ENOENT' || code === 'ENOTDIR') {
    return readError(
      'not_found',
      `ingest: ${quoteInput(path)} does not exist; check the path`,
      { input: path },
      { cause: error },
    );
  }
  if (typeof code === 'string') {
    return readError(
      'unreadable',
      `ingest: ${quoteInput(path)} cannot be read (${code}); check its permissions`,
      { input: path, fsCode: code },
      { cause: error },
    );
  }
  return error;
}

async function* readOneFile(
  path: string,
  format: SourceFormat | null,
  size: number,
  options: ResolvedReadOptions,
): AsyncGenerator<ReadResult> {
  let bytes: Uint8Array;
  try {
    if (size > options.maxBytes) {
      throw readError(
        'too_large',
        `ingest: ${quoteInput(path)} is ${size} bytes, more than the ${options.maxBytes} allowed; split it or raise maxBytes`,
        {
          input: path,
          size,
          maxBytes: options.maxBytes,
        },
      );
    }
    bytes = await readFile(path);
  } catch (error) {
    yield errorResult(path, fsError(path, error));
    return;
  }
  yield* readBytesResolved(
    bytes,
    { input: path, path, format, fetchLinks: options.fetchLinks ?? false },
    options,
  );
}

async function* readUrl(url: string, options: ResolvedReadOptions): AsyncGenerator<ReadResult> {
  let page;
  try {
    page = await fetchResource(url, options, URL_ACCEPT);
  } catch (error) {
    if (options.signal?.aborted) throw error;
    yield errorResult(url, error);
    return;
  }
  yield* readBytesResolved(
    page.bytes,
    {
      input: url,
      url: page.url,
      contentType: page.contentType,
      fetchLinks: options.fetchLinks ?? true,
    },
    options,
  );
}

async function* readFolder(dir: string, options: ResolvedReadOptions): AsyncGenerator<ReadResult> {
  for await (const entry of walkFolder(dir)) {
    options.signal?.throwIfAborted();
    if (entry.kind === 'skipped') {
      yield { kind: 'skipped', input: entry.path, reason: entry.reason };
      continue;
    }
    if (entry.kind === 'error') {
      yield errorResult(entry.path, fsError(entry.path, entry.error));
      continue;
    }
    let size: number;
    try {
      size = (await stat(entry.path)).size;
    } catch (error) {
      yield errorResult(entry.path, fsError(entry.path, error));
      continue;
    }
    yield* readOneFile(entry.path, entry.format, size, options);
  }
}

/**
 * Read every document an input holds, one result at a time:
 * - a file (.txt/.md plain text with an optional ` date YYYY-MM-DD` line, .html/.htm pages,
 *   .xml/.rss/.atom feeds; other extensions are sniffed);
 * - a folder, recursively, in name order (unknown extensions give `skipped` results);
 * - an http(s) URL of a page or a feed (told apart by content and Content-Type); a feed's
 *   items' links are fetched when they carry no text, unless `fetchLinks` is false.
 * Bad documents give `error` results; the iteration only throws for bad options or an abort.
 * @example for await (const r of readSource('articles/', { outlets })) if (r.kind === 'error') console.error(r.error.message)
 */
export async function* readSource(
  input: string,
  options: ReadOptions = {},
): AsyncGenerator<ReadResult> {
  const resolved = resolveReadOptions(options);
  let path = input;
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(input)) {
    if (/^https?:/i.test(input)) {
      yield* readUrl(input, resolved);
      return;
    }
    if (!/^file:/i.test(input)) {
      yield errorResult(
        input,
        readError('bad_url', `ingest: ${quoteInput(input)} is neither a file nor an http(s) URL`, {
          input,
        }),
      );
      return;
    }
    try {
      path = fileURLToPath(input);
    } catch (error) {
      yield errorResult(
        input,
        readError(
          'bad_url',
          `ingest: ${quoteInput(input)} is not a usable file URL; give a plain path`,
          { input },
          { cause: error },
        ),
      );
      return;
    }
  }
  let info;
  try {
    info = await stat(path);
  } catch (error) {
    yield errorResult(input, fsError(path, error));
    return;
  }
  if (info.isDirectory()) {
    yield* readFolder(path, resolved);
    return;
  }
  yield* readOneFile(path, formatFromExtension(path), info.size, resolved);
}

/** How many results reading some inputs will give, counted before reading them. */
export interface SourceCount {
  /** Results counted: one per file or folder entry, feeds counted as one. */
  readonly documents: number;
  /** False when some input gives a number of results known only as it is read (a URL, a feed). */
  readonly exact: boolean;
}

/**
 * Count the results `readSource` will give for `inputs` without reading any file: a folder is
 * walked for names only, a file counts one, a missing path one (its error). URLs and feeds count
 * nothing here and make the count inexact: their documents are known only as they arrive.
 * @example const { documents, exact } = await countSources(['articles/', 'one.html']);
 */
export async function countSources(
  inputs: readonly string[],
  options: { signal?: AbortSignal } = {},
): Promise<SourceCount> {
  let documents = 0;
  let exact = true;
  for (const input of inputs) {
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(input) && !/^file:/i.test(input)) {
      if (/^https?:/i.test(input)) exact = false;
      else documents++;
      continue;
    }
    let path = input;
    try {
      if (/^file:/i.test(input)) path = fileURLToPath(input);
      const info = await stat(path);
      if (info.isDirectory()) {
        const n = await countFolder(path, options.signal);
        documents += n.entries - n.feeds;
        if (n.feeds > 0) exact = false;
        continue;
      }
    } catch {
      // NOTE: an unusable path still gives one result: its error.
      documents++;
      continue;
    }
    // NOTE: a file without a known extension is sniffed when read and may turn out to be a feed.
    const format = formatFromExtension(path);
    if (format === 'feed' || format === null) exact = false;
    if (format !== 'feed') documents++;
  }
  return { documents, exact };
}
