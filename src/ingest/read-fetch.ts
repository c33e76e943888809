/** Fetch one http(s) resource with a timeout, a size limit and a bounded number of redirects. */
import { RoundtripError } from '../core/errors.js';
import { quoteInput, readError } from './read-error.js';
import type { ResolvedReadOptions } from './read-options.js';

export interface Fetched {
  /** The URL finally read, after redirects. */
  readonly url: string;
  readonly status: number;
  readonly contentType: string | null;
  readonly bytes: Uint8Array;
}

export type FetchOptions = Pick<
  ResolvedReadOptions,
  'timeoutMs' | 'maxBytes' | 'maxRedirects' | 'userAgent' | 'signal'
>;

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

/** Parse an absolute http(s) URL or throw InputError (reason `bad_url`). */
export function httpUrl(value: string, input: string = value): URL {
  let url: URL;
  try {
    url = new URL(value);
  } catch (cause) {
    throw readError(
      'bad_url',
      `ingest: ${quoteInput(input)} is not a valid URL; give an absolute http(s) address`,
      { input },
      { cause },
    );
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw readError(
      'bad_url',
      `ingest: ${quoteInput(input)} uses ${url.protocol} but only http and https URLs are read`,
      {
        input,
        scheme: url.protocol,
      },
    );
  }
  return url;
}

async function readBody(response: Response, input: string, maxBytes: number): Promise<Uint8Array> {
  const declared = Number(response.headers.get('content-length'));
  const tooLarge = (): RoundtripError =>
    readError(
      'too_large',
      `ingest: ${quoteInput(input)} is larger than ${maxBytes} bytes; raise maxBytes or save the article as a file`,
      {
        input,
        maxBytes,
      },
    );
  if (Number.isFinite(declared) && declared > maxBytes) {
    await response.body?.cancel();
    throw tooLarge();
  }
  if (!response.body) return new Uint8Array(0);
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = response.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw tooLarge();
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks, size);
}

function networkCause(error: unknown): string {
  const cause = (error as { cause?: { code?: unknown; message?: unknown } }).cause;
  if (typeof cause?.code === 'string') return cause.code;
  if (typeof cause?.message === 'string') return cause.message;
  return error instanceof Error ? error.message : String(error);
}

/**
 * GET a URL. Throws reader errors: `bad_url`, `http_status` (details.status), `timeout`,
 * `redirects`, `too_large`, `connection`. An abort through `options.signal` is rethrown as is.
 * @example const page = await fetchResource('https://example.com/a', resolveReadOptions(), 'text/html')
 */
export async function fetchResource(
  url: string,
  options: FetchOptions,
  accept: string,
): Promise<Fetched> {
  let current = httpUrl(url);
  const timeout = AbortSignal.timeout(options.timeoutMs);
  const signal = options.signal ? AbortSignal.any([timeout, options.signal]) : timeout;
  const headers = { 'user-agent': options.userAgent, accept };
  try {
    for (let redirects = 0; ; redirects++) {
      const response = await fetch(current, { redirect: 'manual', signal, headers });
      const location = response.headers.get('location');
      if (REDIRECTS.has(response.status) && location) {
        await response.body?.cancel();
        if (redirects >= options.maxRedirects) {
          throw readError(
            'redirects',
            `ingest: ${quoteInput(url)} redirects more than ${options.maxRedirects} times; open it in a browser and give the final address`,
            {
              input: url,
              maxRedirects: options.maxRedirects,
            },
          );
        }
        current = httpUrl(new URL(location, current).href, `${url} (redirected to ${location})`);
        continue;
      }
      if (!response.ok) {
        await response.body?.cancel();
        throw readError(
          'http_status',
          `ingest: ${quoteInput(url)} answered HTTP ${response.status} ${response.statusText}; check the address or try later`,
          {
            input: url,
            status: response.status,
            url: current.href,
          },
        );
      }
      const bytes = await readBody(response, url, options.maxBytes);
      return {
        url: current.href,
        status: response.status,
        contentType: response.headers.get('content-type'),
        bytes,
      };
    }
  } catch (error) {
    if (error instanceof RoundtripError) throw error;
    if (options.signal?.aborted) throw error;
    if (timeout.aborted) {
      throw readError(
        'timeout',
        `ingest: ${quoteInput(url)} did not answer within ${options.timeoutMs} ms; try later or raise timeoutMs`,
        {
          input: url,
          timeoutMs: options.timeoutMs,
        },
        { cause: error },
      );
    }
    const cause = networkCause(error);
    throw readError(
      'connection',
      `ingest: could not connect to ${quoteInput(url)} (${cause}); check the address and the network`,
      {
        input: url,
        cause,
      },
      { cause: error },
    );
  }
}
