/** Open the ledger in a PostgreSQL database shared by a team: check the schema, migrate, hand back a `Store`. */
import { CompiledQuery, Kysely, Migrator, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { isRoundtripError } from '../core/errors.js';
import { KyselyStore } from './kysely-store.js';
import { translatePostgresError } from './postgres-errors.js';
import { checkPostgresSchema, inspectPostgres } from './postgres-inspect.js';
import { POSTGRES_SCHEMA_VERSION, postgresMigrationProvider } from './postgres-migrations.js';
import { type PostgresTarget, parsePostgresUrl } from './postgres-url.js';
import type { Store } from './store.js';
import type { StoreDatabase } from './store-tables.js';

/** How to connect. Everything else (SSL, search_path via `options`) goes in the URL. */
export interface OpenPostgresOptions {
  /** Open without writing anything; the schema must exist at the current version. */
  readonly readonly?: boolean;
  /** How long to wait for another writer (or any lock) before giving up (default 5000 ms). */
  readonly busyTimeoutMs?: number;
  /** How long to wait for a connection to the server (default 10000 ms). */
  readonly connectTimeoutMs?: number;
  /** Connections in the pool (default 10). */
  readonly maxConnections?: number;
}

/**
 * Every write transaction takes this lock first, so writers to one ledger (one schema) run one
 * at a time, as on SQLite. NOTE: the ledger reads and then writes inside its transactions; under
 * PostgreSQL's READ COMMITTED two of them could interleave and act on what the other is about to
 * change. Readers never take it. The first key is "rotr" in ASCII; the second names the schema.
 */
const WRITER_LOCK = 'select pg_advisory_xact_lock(1919906930, hashtext(current_schema()))';

const ignore = (): void => undefined;

/**
 * Open (creating the tables if needed) the ledger in the PostgreSQL database at `url`, in the
 * first schema on its search_path (normally `public`). Refuses, leaving the database unchanged,
 * a schema that holds another program's tables or was written by a newer roundtrip. The database
 * itself must exist.
 * @example const store = await openPostgresStore('postgres://ana:secret@db.example/roundtrip');
 * @throws StoreError naming host:port (never the password) when the server cannot be reached,
 *   refuses the login, or the database cannot be used.
 */
export async function openPostgresStore(
  url: string,
  opts: OpenPostgresOptions = {},
): Promise<Store> {
  const target = parsePostgresUrl(url);
  const translate = translatePostgresError(target);
  const pool = new pg.Pool({
    connectionString: url,
    max: opts.maxConnections ?? 10,
    connectionTimeoutMillis: opts.connectTimeoutMs ?? 10_000,
    application_name: 'roundtrip',
    // NOTE: a CLI run must be able to exit even if a caller forgets close().
    allowExitOnIdle: true,
  });
  // NOTE: a server restart makes idle or checked-out clients emit 'error'; unhandled, that would
  // crash the process. The failed client is dropped and the next query reports the problem.
  pool.on('error', ignore);
  pool.on('connect', (client) => client.on('error', ignore));
  const lockTimeout = Math.max(1, Math.round(opts.busyTimeoutMs ?? 5000));
  const db = new Kysely<StoreDatabase>({
    dialect: new PostgresDialect({
      pool,
      onCreateConnection: async (connection) => {
        await connection.executeQuery(CompiledQuery.raw(`set lock_timeout = ${lockTimeout}`));
        if (opts.readonly) {
          await connection.executeQuery(
            CompiledQuery.raw('set default_transaction_read_only = on'),
          );
        }
      },
    }),
  });
  let version: number;
  try {
    version = await prepareSchema(db, target, opts);
  } catch (error) {
    await db.destroy().catch(ignore);
    throw isRoundtripError(error) ? error : translate(error);
  }
  return new KyselyStore(db, {
    translateError: translate,
    schemaVersion: version,
    begin: opts.readonly ? ['begin'] : ['begin', WRITER_LOCK],
  });
}

/**
 * Check the schema and bring it up to date in one transaction, so a refusal or a failed
 * migration leaves nothing behind. Returns the schema version.
 */
async function prepareSchema(
  db: Kysely<StoreDatabase>,
  target: PostgresTarget,
  opts: OpenPostgresOptions,
): Promise<number> {
  return db.connection().execute(async (conn) => {
    await sql`begin`.execute(conn);
    try {
      const version = checkPostgresSchema(await inspectPostgres(conn), target, opts);
      if (opts.readonly || version === POSTGRES_SCHEMA_VERSION) {
        await sql`commit`.execute(conn);
        return version;
      }
      // NOTE: take the writer lock, then look again: another process may have migrated (or a
      // newer roundtrip may have written) the schema while this one waited.
      await sql.raw(WRITER_LOCK).execute(conn);
      const found = await inspectPostgres(conn);
      checkPostgresSchema(found, target, opts);
      const { error } = await new Migrator({
        db: conn,
        provider: postgresMigrationProvider,
        // NOTE: our own transaction wraps the migrations; the schema name keeps Kysely from
        // mistaking another schema's kysely_migration table for this one's.
        disableTransactions: true,
        ...(found.schema ? { migrationTableSchema: found.schema } : {}),
      }).migrateToLatest();
      if (error) throw error;
      for (const [key, value] of [
        ['app', 'roundtrip'],
        ['schema_version', String(POSTGRES_SCHEMA_VERSION)],
      ] as const) {
        await conn
          .insertInto('meta')
          .values({ key, value })
          .onConflict((oc) => oc.column('key').doUpdateSet({ value }))
          .execute();
      }
      await conn
        .insertInto('meta')
        .values({ key: 'created_at', value: new Date().toISOString() })
        .onConflict((oc) => oc.column('key').doNothing())
        .execute();
      await sql`commit`.execute(conn);
      return POSTGRES_SCHEMA_VERSION;
    } catch (error) {
      await sql`rollback`.execute(conn).catch(ignore);
      throw error;
    }
  });
}
