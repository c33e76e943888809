/** One result per input document: a document, an error to show the user, or a skipped file. */
import type { SourceDocument } from '../core/document.js';
import { RoundtripError } from '../core/errors.js';
import { quoteInput } from './read-error.js';

/**
 * What reading one document gave. `input` names it: a file path, a URL, `FEED#item-N` for
 * the N-th item of a feed, or the item's link when that link was fetched.
 */
export type ReadResult =
  | {
      readonly kind: 'document';
      readonly input: string;
      /** The file it came from, when it came from one. */
      readonly path: string | null;
      readonly document: SourceDocument;
    }
  | { readonly kind: 'error'; readonly input: string; readonly error: RoundtripError }
  | { readonly kind: 'skipped'; readonly input: string; readonly reason: string };

/** The error result for anything thrown while reading `input`; a non-roundtrip error is a bug ('internal'). */
export function errorResult(input: string, error: unknown): ReadResult {
  if (error instanceof RoundtripError) return { kind: 'error', input, error };
  const message = error instanceof Error ? error.message : String(error);
  return {
    kind: 'error',
    input,
    error: new RoundtripError(
      'internal',
      `ingest: reading ${quoteInput(input)} failed unexpectedly (${message}); please report this`,
      { input },
      { cause: error },
    ),
  };
}
