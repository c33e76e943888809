/** Open the ledger where a location points: a PostgreSQL URL or a SQLite file path. */
import type { OpenPostgresOptions } from './postgres-store.js';
import { isPostgresUrl } from './postgres-url.js';
import type { OpenSqliteOptions } from './sqlite-store.js';
import type { Store } from './store.js';

/** Options for either adapter; each reads the ones it knows (`readonly` and `busyTimeoutMs` both). */
export interface OpenStoreOptions extends OpenSqliteOptions, OpenPostgresOptions {}

/**
 * Open the ledger at `location`: `postgres://` and `postgresql://` URLs open a shared PostgreSQL
 * database, anything else is a SQLite file path (`":memory:"` included).
 * @example const store = await openStore(process.env.ROUNDTRIP_DB ?? defaultDbPath(process.env));
 */
export async function openStore(location: string, opts: OpenStoreOptions = {}): Promise<Store> {
  // NOTE: each adapter is loaded only when asked for, so a SQLite user never loads the PostgreSQL driver.
  if (isPostgresUrl(location)) return (await import('./postgres-store.js')).openPostgresStore(location, opts);
  return (await import('./sqlite-store.js')).openSqliteStore(location, opts);
}

export { isPostgresUrl, redactLocation } from './postgres-url.js';
