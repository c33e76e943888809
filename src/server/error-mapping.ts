/** The one place where errors become HTTP responses: codes to statuses, never a stack to the client. */
import { type ErrorCode, isRoundtripError } from '../core/errors.js';

/** HTTP status by error code. */
export const HTTP_STATUS: Readonly<Record<ErrorCode, number>> = {
  invalid_input: 400,
  unauthorized: 401,
  not_found: 404,
  conflict: 409,
  invalid_data: 422,
  unsupported: 415,
  extract: 422,
  network: 502,
  store: 503,
  internal: 500,
};

/** The JSON body of every error response. */
export interface ErrorBody {
  readonly error: {
    readonly code: ErrorCode | 'payload_too_large' | 'forbidden';
    readonly message: string;
    readonly details?: Readonly<Record<string, unknown>>;
  };
}

/** What the client sees for an error, and what the log should keep (internal errors only). */
export interface MappedError {
  readonly status: number;
  readonly body: ErrorBody;
  /** The original error when it is a bug that the server should log; null for user errors. */
  readonly internal: unknown;
}

/**
 * Map anything thrown by a handler to a status and a body. Errors with a code keep their message
 * and details (they are written for users); anything else is a bug and gets a generic message.
 */
export function mapError(error: unknown): MappedError {
  if (isRoundtripError(error) && error.code !== 'internal') {
    const details = Object.keys(error.details).length
      ? { details: safeDetails(error.details) }
      : {};
    return {
      status: HTTP_STATUS[error.code],
      body: { error: { code: error.code, message: error.message, ...details } },
      internal: null,
    };
  }
  return {
    status: 500,
    body: {
      error: {
        code: 'internal',
        message: 'internal error: the server could not answer this request (it has been logged)',
      },
    },
    internal: error,
  };
}

/** Details go out as JSON; values that do not survive JSON (errors, bigints, functions) are dropped or stringified. */
function safeDetails(details: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(details)) {
    if (v instanceof Error || typeof v === 'function') continue;
    out[k] = typeof v === 'bigint' ? v.toString() : v;
  }
  return out;
}
