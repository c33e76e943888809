/** The error classes every layer throws; `cli` maps them to exit codes and `server` to HTTP statuses. */

/** Machine-readable error codes. Tests assert on these, never on message text. */
export type ErrorCode =
  | 'invalid_input' // a user-supplied value is malformed (bad flag, bad amount, bad date)
  | 'invalid_data' // a data file (dataset, import, CSV) fails validation
  | 'not_found' // an id or file that does not exist
  | 'conflict' // a concurrent write lost the race, or a duplicate id
  | 'unsupported' // a format, encoding or version we cannot read
  | 'store' // the database is unusable (not SQLite, newer schema, locked)
  | 'extract' // a document could not be read or has no article text
  | 'network' // a URL or feed could not be fetched
  | 'unauthorized' // a write without the required token
  | 'internal'; // a bug: never caused by user input

/** Base class: what failed, on which value, and what to do. */
export class RoundtripError extends Error {
  readonly code: ErrorCode;
  /** Extra machine-readable context (file, record, field, version...). */
  readonly details: Readonly<Record<string, unknown>>;

  constructor(code: ErrorCode, message: string, details: Record<string, unknown> = {}, options?: ErrorOptions) {
    super(message, options);
    this.name = new.target.name;
    this.code = code;
    this.details = details;
  }
}

/** A value the user gave us is wrong (flag, query parameter, request body). */
export class InputError extends RoundtripError {
  constructor(message: string, details: Record<string, unknown> = {}, options?: ErrorOptions) {
    super('invalid_input', message, details, options);
  }
}

/** A data file fails validation. `details` names the file, the record and the field. */
export class DataError extends RoundtripError {
  constructor(message: string, details: Record<string, unknown> = {}, options?: ErrorOptions) {
    super('invalid_data', message, details, options);
  }
}

/** An entity, deal, claim, document or file that does not exist. */
export class NotFoundError extends RoundtripError {
  constructor(message: string, details: Record<string, unknown> = {}, options?: ErrorOptions) {
    super('not_found', message, details, options);
  }
}

/** A write lost a race (stale version) or collides with an existing id. */
export class ConflictError extends RoundtripError {
  constructor(message: string, details: Record<string, unknown> = {}, options?: ErrorOptions) {
    super('conflict', message, details, options);
  }
}

/** The database cannot be used as it is. */
export class StoreError extends RoundtripError {
  constructor(message: string, details: Record<string, unknown> = {}, options?: ErrorOptions) {
    super('store', message, details, options);
  }
}

/** A document could not be turned into text, or a format is not supported. */
export class ExtractError extends RoundtripError {
  constructor(message: string, details: Record<string, unknown> = {}, options?: ErrorOptions) {
    super('extract', message, details, options);
  }
}

/** True for errors a user can act on (as opposed to bugs). */
export function isRoundtripError(error: unknown): error is RoundtripError {
  return error instanceof RoundtripError;
}
