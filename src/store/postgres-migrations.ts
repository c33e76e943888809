/** The PostgreSQL schema's versioned migrations: the shared schema steps in PostgreSQL types. */
import { type Migration, type MigrationProvider, sql } from 'kysely';
import {
  STORE_SCHEMA_VERSION,
  type SchemaDialect,
  migrationsFor,
  staticMigrationProvider,
} from './store-migrations.js';

// NOTE: every text column compares byte-wise (COLLATE "C"), as SQLite's BINARY does. Ids, ISO
// timestamps and date prefixes are ordered and range-compared as strings (as-of queries, list
// order); a database created with a linguistic default collation (en_US, ICU) would otherwise
// sort "B-deal" after "a-deal" and disagree with the SQLite adapter.
const TEXT = sql`text collate "C"`;

const POSTGRES_SCHEMA: SchemaDialect = {
  text: TEXT,
  // NOTE: JSON columns are text too, not jsonb: the JSON round-trips byte for byte as in SQLite
  // (jsonb would reorder object keys, and callers compare JSON text, e.g. the dataset import's
  // change count). Money inside stays decimal strings either way. SQL users can still query
  // them with `amount::jsonb ->> 'point'`.
  json: TEXT,
  // NOTE: double precision, as SQLite's REAL is 8 bytes; PostgreSQL's real is only 4.
  float: 'double precision',
  sequence: { type: 'bigint', build: (c) => c.primaryKey().generatedAlwaysAsIdentity() },
  // NOTE: a hash index, because a B-tree refuses keys over ~2.7 kB and tracking-laden URLs can
  // be longer; lookups by URL are equality only.
  urlIndexUsing: 'hash',
};

/**
 * Migrations by name; names sort in the order they run and match the SQLite migrations that
 * describe the same logical schema (see store-migrations.ts).
 */
export const POSTGRES_MIGRATIONS: Readonly<Record<string, Migration>> =
  migrationsFor(POSTGRES_SCHEMA);

/** The schema version this build writes: one per migration. */
export const POSTGRES_SCHEMA_VERSION = STORE_SCHEMA_VERSION;

/** A `MigrationProvider` over the static list (no folder scan, so it works after `tsc`). */
export const postgresMigrationProvider: MigrationProvider =
  staticMigrationProvider(POSTGRES_MIGRATIONS);
