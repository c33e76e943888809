/** Read what a PostgreSQL schema already holds, without changing it, and decide whether roundtrip may use it. */
import { type Kysely, sql } from 'kysely';
import { StoreError } from '../core/errors.js';
import { POSTGRES_MIGRATIONS, POSTGRES_SCHEMA_VERSION } from './postgres-migrations.js';
import type { PostgresTarget } from './postgres-url.js';

/** What the connection's current schema holds. */
export interface PostgresInspection {
  /** The schema unqualified names resolve to (the first existing one on search_path). */
  readonly schema: string | null;
  readonly tables: readonly string[];
  readonly version: number | null;
  readonly app: string | null;
  readonly migrations: readonly string[];
  /** Whether the login may create tables in the schema (needed to create or upgrade it). */
  readonly canCreate: boolean;
}

async function columnsOf<DB>(db: Kysely<DB>, schema: string, table: string): Promise<string[]> {
  const { rows } = await sql<{ name: string }>`
    select a.attname as name from pg_catalog.pg_attribute a
    where a.attrelid = to_regclass(format('%I.%I', ${schema}::text, ${table}::text))
      and a.attnum > 0 and not a.attisdropped`.execute(db);
  return rows.map((r) => r.name);
}

/** Read the tables, the recorded schema version and the applied migrations. Reads only. */
export async function inspectPostgres<DB>(db: Kysely<DB>): Promise<PostgresInspection> {
  const schema =
    (await sql<{ schema: string | null }>`select current_schema() as schema`.execute(db)).rows[0]
      ?.schema ?? null;
  if (schema === null) {
    return { schema, tables: [], version: null, app: null, migrations: [], canCreate: false };
  }
  const { rows } = await sql<{ name: string }>`
    select c.relname as name from pg_catalog.pg_class c
    join pg_catalog.pg_namespace n on n.oid = c.relnamespace
    where n.nspname = ${schema} and c.relkind in ('r', 'p', 'v', 'm', 'f')
    order by c.relname`.execute(db);
  const tables = rows.map((r) => r.name);

  const meta = new Map<string, string>();
  if (tables.includes('meta')) {
    const columns = await columnsOf(db, schema, 'meta');
    // NOTE: another program's "meta" table may have other columns; then it is simply not ours.
    if (columns.includes('key') && columns.includes('value')) {
      const found = await sql<{ key: unknown; value: unknown }>`
        select key, value from ${sql.id(schema, 'meta')}
        where key::text in ('app', 'schema_version')`.execute(db);
      for (const r of found.rows) meta.set(String(r.key), String(r.value));
    }
  }
  let migrations: string[] = [];
  if (tables.includes('kysely_migration')) {
    const columns = await columnsOf(db, schema, 'kysely_migration');
    if (columns.includes('name')) {
      const found = await sql<{ name: unknown }>`
        select name from ${sql.id(schema, 'kysely_migration')}`.execute(db);
      migrations = found.rows.map((r) => String(r.name));
    }
  }
  const versionText = meta.get('schema_version');
  const privilege = await sql<{ ok: boolean }>`
    select has_schema_privilege(${schema}, 'CREATE') as ok`.execute(db);
  return {
    schema,
    tables,
    version: versionText === undefined ? null : Number(versionText),
    app: meta.get('app') ?? null,
    migrations,
    canCreate: privilege.rows[0]?.ok === true,
  };
}

/**
 * Refuse a schema roundtrip must not touch, or one a read-only store cannot use; otherwise return
 * its schema version (0 for an empty schema).
 */
export function checkPostgresSchema(
  found: PostgresInspection,
  target: PostgresTarget,
  opts: { readonly readonly?: boolean },
): number {
  const where = `PostgreSQL database "${target.database ?? ''}" at ${target.address}`;
  const details = {
    host: target.host,
    port: target.port,
    database: target.database,
    schema: found.schema,
  };
  if (found.schema === null) {
    throw new StoreError(
      `store: ${where} has no schema to use (no schema on the search_path exists); create one (create schema NAME) or fix search_path in the URL's options`,
      { ...details, reason: 'no_schema' },
    );
  }
  const at = `${where} (schema "${found.schema}")`;
  const known = Object.keys(POSTGRES_MIGRATIONS);
  const unknown = found.migrations.filter((m) => !known.includes(m));
  const ours = found.tables.includes('meta') && found.app === 'roundtrip';
  if (ours && ((found.version ?? 0) > POSTGRES_SCHEMA_VERSION || unknown.length > 0)) {
    throw new StoreError(
      `store: ${at} was written by a newer roundtrip (schema version ${found.version ?? '?'}, this one reads up to ${POSTGRES_SCHEMA_VERSION}); it was left unchanged: upgrade roundtrip or point the URL at another database`,
      {
        ...details,
        reason: 'newer_schema',
        version: found.version,
        supported: POSTGRES_SCHEMA_VERSION,
      },
    );
  }
  if (!ours && found.tables.length > 0) {
    throw new StoreError(
      `store: ${at} holds another program's tables (${found.tables.slice(0, 5).join(', ')}); it was left unchanged: point the URL at an empty database or schema`,
      { ...details, reason: 'foreign_database', tables: found.tables },
    );
  }
  const version = ours ? (found.version ?? 0) : 0;
  if (opts.readonly && version < POSTGRES_SCHEMA_VERSION) {
    throw new StoreError(
      `store: ${at} needs ${version === 0 ? 'creating' : 'an upgrade'} to schema version ${POSTGRES_SCHEMA_VERSION}; open it once without --readonly`,
      { ...details, reason: 'old_schema', version },
    );
  }
  if (!opts.readonly && version < POSTGRES_SCHEMA_VERSION && !found.canCreate) {
    // NOTE: checked up front because a failed CREATE aborts the transaction, and what follows
    // would then report "transaction aborted" instead of the missing privilege.
    const user = target.user ?? 'this login';
    throw new StoreError(
      `store: ${at}: user "${user}" may not create tables there, so the ledger cannot be ${version === 0 ? 'created' : 'upgraded'}; as the owner run: grant create on schema "${found.schema}" to "${user}" (or put the ledger in a schema the user owns via ?options=-c%20search_path%3DNAME)`,
      { ...details, reason: 'permission', user: target.user, version },
    );
  }
  return version;
}
