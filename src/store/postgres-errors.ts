/** Map `pg` and network errors to roundtrip errors that name the server and what to do, never the password. */
import {
  ConflictError,
  InputError,
  NotFoundError,
  StoreError,
  isRoundtripError,
} from '../core/errors.js';
import type { PostgresTarget } from './postgres-url.js';

/** The fields of a `pg` DatabaseError or a Node system error that we read. */
interface DriverError {
  readonly code?: unknown;
  readonly message?: unknown;
  readonly address?: unknown;
  readonly port?: unknown;
  readonly constraint?: unknown;
  readonly table?: unknown;
  readonly errors?: unknown;
}

/** Node's socket and DNS failures: the server cannot be reached at all. */
const NETWORK_CODES: Readonly<Record<string, string>> = {
  ECONNREFUSED: 'connection refused: is the server running and listening on that port?',
  ECONNRESET: 'the connection was reset',
  EPIPE: 'the connection was closed',
  ETIMEDOUT: 'the connection timed out',
  EHOSTUNREACH: 'the host is unreachable',
  ENETUNREACH: 'the network is unreachable',
  ENOTFOUND: 'the host name is not known',
  EAI_AGAIN: 'the host name could not be looked up',
  ENOENT: 'no server socket in that directory',
  EACCES: 'the server socket cannot be opened (permission denied)',
};

/** SQLSTATE classes that mean the session or server went away. */
const GONE = new Set(['57P01', '57P02', '57P03', '08000', '08001', '08003', '08004', '08006']);

function codeOf(error: DriverError): string | null {
  if (typeof error.code === 'string') return error.code;
  // NOTE: Node 20 tries every address of "localhost" and reports an AggregateError.
  if (Array.isArray(error.errors)) {
    const first = error.errors[0] as DriverError | undefined;
    if (first && typeof first.code === 'string') return first.code;
  }
  return null;
}

/**
 * Build the error translator for one server. Unique violations become `ConflictError`, foreign-key
 * violations `NotFoundError`, and connection, authentication, permission, lock and read-only
 * failures `StoreError` with `details.reason`. Anything else is returned unchanged (a bug).
 */
export function translatePostgresError(target: PostgresTarget): (error: unknown) => unknown {
  const where = `PostgreSQL at ${target.address}`;
  const base = {
    host: target.host,
    port: target.port,
    database: target.database,
    user: target.user,
  };
  return (error) => {
    if (isRoundtripError(error) || typeof error !== 'object' || error === null) return error;
    const e = error as DriverError;
    const code = codeOf(e);
    const text = typeof e.message === 'string' ? e.message : '';
    const store = (reason: string, message: string, extra: Record<string, unknown> = {}) =>
      new StoreError(
        `store: ${message}`,
        { ...base, reason, ...extra, ...(code ? { pgCode: code } : {}) },
        { cause: error },
      );

    if (code !== null && code in NETWORK_CODES) {
      return store(
        'unreachable',
        `cannot reach ${where} (${NETWORK_CODES[code]}); check the host and port in the URL and that the server accepts connections from here`,
      );
    }
    if (/timeout/i.test(text) && /connect/i.test(text)) {
      return store(
        'unreachable',
        `cannot reach ${where} (no answer in time); check the host and port in the URL, the network and any firewall`,
      );
    }
    if (
      /Connection terminated|Connection ended|connection is closed/i.test(text) ||
      (code && GONE.has(code))
    ) {
      return store(
        'unreachable',
        `lost the connection to ${where} (the server closed it or is restarting); try again, and check the server's log if it keeps happening`,
      );
    }
    if (code === '28P01' || /SASL|client password must be a string/i.test(text)) {
      const who = target.user ? `user "${target.user}"` : 'the user';
      return store(
        'auth',
        `${where} refused the password of ${who} on database "${target.database ?? ''}"; check the user name and password in the URL (the password is not shown here)`,
      );
    }
    if (code === '28000') {
      return store(
        'auth',
        `${where} does not let this login in (${text}); ask its administrator for a pg_hba.conf entry, or add ?sslmode=require to the URL if the server only accepts SSL`,
      );
    }
    const tlsCode = code !== null && /CERT|SSL|TLS/.test(code);
    if (tlsCode || (code === null && /SSL|certificate/i.test(text))) {
      return store(
        'ssl',
        `${where} and roundtrip disagree on SSL (${text}); set ?sslmode= in the URL (disable, require or verify-full) or give the server's CA with ?sslrootcert=`,
      );
    }
    switch (code) {
      case '3D000':
        return store(
          'missing_database',
          `${where} has no database "${target.database ?? ''}"; create it (createdb -h ${target.host} -p ${target.port}${target.user ? ` -U ${target.user}` : ''} ${target.database ?? 'NAME'}) or fix the database name in the URL`,
        );
      case '42501':
        return store(
          'permission',
          `${where} denies user "${target.user ?? ''}" a needed privilege (${text}); as the owner, grant it usage and create on the schema and select, insert and update on the ledger tables, or connect as the owner`,
        );
      case '25006':
        return store(
          'readonly',
          `${where} is open read-only (opened with --readonly, or a standby server); open it without --readonly or point the URL at the primary`,
        );
      case '55P03':
        return store(
          'locked',
          `${where}: another roundtrip is writing to this ledger and did not finish in time; try again`,
        );
      case '25P02':
        return store(
          'aborted_transaction',
          `${where}: an earlier statement in this transaction failed, so PostgreSQL accepts nothing more in it; let the error end the transaction and retry`,
        );
      case '53300':
        return store(
          'busy',
          `${where} has no free connections (too many clients); try again later or lower the connection count of other programs`,
        );
      case '53100':
        return store('full', `${where} cannot grow: its disk is full; free some space and retry`);
      case '23505':
        return new ConflictError(
          `store: a record with this id already exists (${String(e.constraint ?? text)})`,
          { ...base, pgCode: code },
          { cause: error },
        );
      case '23503':
        return new NotFoundError(
          'store: a record refers to another that is not stored; add the referenced record first',
          { ...base, pgCode: code },
          { cause: error },
        );
      case '40001':
      case '40P01':
        return new ConflictError(
          `store: a concurrent write on ${where} got in the way (${code === '40P01' ? 'deadlock' : 'serialization failure'}); reload and try again`,
          { ...base, pgCode: code },
          { cause: error },
        );
      case '22021':
      case '22P05':
        return new InputError(
          'store: PostgreSQL cannot store the NUL character (\\u0000) that a text holds; remove it from the text and retry',
          { ...base, pgCode: code },
          { cause: error },
        );
      default:
        return error;
    }
  };
}
