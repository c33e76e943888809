/** The per-document errors of the readers: one reason each, mapped onto the core error classes. */
import { ExtractError, InputError, NotFoundError, RoundtripError } from '../core/errors.js';

/**
 * Why a document could not be read. Stored in `error.details.reason` so callers and tests can
 * tell cases apart without parsing messages.
 */
export type ReadErrorReason =
  | 'not_found' // no such file or folder
  | 'unreadable' // the file system refused (permissions, a device, ...)
  | 'empty' // no bytes, or only whitespace
  | 'binary' // NUL bytes or a known binary signature
  | 'encoding' // not valid in its (declared or assumed) character encoding
  | 'unknown_charset' // a declared charset that TextDecoder does not know
  | 'too_large' // more bytes than `maxBytes`
  | 'no_article_text' // a page or feed item without article text
  | 'invalid_xml' // a feed that is not well-formed XML
  | 'not_a_feed' // well-formed XML without an <rss>, <feed> or <rdf:RDF> root
  | 'invalid_date' // a text file's date line with an impossible date
  | 'bad_url' // not an absolute http(s) URL
  | 'http_status' // the server answered with a non-2xx status
  | 'timeout' // no complete answer within `timeoutMs`
  | 'redirects' // more redirects than `maxRedirects`
  | 'connection'; // refused, reset, DNS failure and the like

const CODE_BY_REASON = {
  not_found: 'not_found',
  unreadable: 'extract',
  empty: 'extract',
  binary: 'unsupported',
  encoding: 'unsupported',
  unknown_charset: 'unsupported',
  too_large: 'unsupported',
  no_article_text: 'extract',
  invalid_xml: 'extract',
  not_a_feed: 'unsupported',
  invalid_date: 'invalid_input',
  bad_url: 'invalid_input',
  http_status: 'network',
  timeout: 'network',
  redirects: 'network',
  connection: 'network',
} as const;

/**
 * Build the error for one unreadable document. The class follows the code: `NotFoundError`,
 * `InputError`, `ExtractError`, or the base `RoundtripError` for `unsupported` and `network`
 * (core has no dedicated class for those two codes).
 * @example readError('empty', 'ingest: "a.txt" is empty; remove it or add the article text', { input: 'a.txt' })
 */
export function readError(
  reason: ReadErrorReason,
  message: string,
  details: Record<string, unknown> = {},
  options?: ErrorOptions,
): RoundtripError {
  const all = { ...details, reason };
  const code = CODE_BY_REASON[reason];
  switch (code) {
    case 'not_found':
      return new NotFoundError(message, all, options);
    case 'invalid_input':
      return new InputError(message, all, options);
    case 'extract':
      return new ExtractError(message, all, options);
    default:
      return new RoundtripError(code, message, all, options);
  }
}

/** The reason stored on a reader error, if it is one. */
export function readErrorReason(error: unknown): ReadErrorReason | undefined {
  if (!(error instanceof RoundtripError)) return undefined;
  const reason = error.details['reason'];
  return typeof reason === 'string' && reason in CODE_BY_REASON
    ? (reason as ReadErrorReason)
    : undefined;
}

/** Quote an input (path, URL) for a message the way every reader does. */
export function quoteInput(input: string): string {
  return JSON.stringify(input);
}
