/** The one place where errors become process exit codes. */
import { type ErrorCode, isRoundtripError } from '../core/errors.js';

/** Exit codes by error code; documented in `roundtrip --help` and the README. */
export const EXIT_CODES: Readonly<Record<ErrorCode | 'ok' | 'usage', number>> = {
  ok: 0,
  usage: 2,
  invalid_input: 2,
  not_found: 3,
  invalid_data: 4,
  conflict: 5,
  store: 6,
  extract: 7,
  network: 7,
  unsupported: 8,
  unauthorized: 9,
  internal: 70,
};

/** The exit code for anything thrown out of a command. */
export function exitCodeFor(error: unknown): number {
  if (isRoundtripError(error)) return EXIT_CODES[error.code];
  return EXIT_CODES.internal;
}
