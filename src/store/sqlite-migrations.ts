/** The SQLite schema's versioned migrations: the shared schema steps in SQLite's column types. */
import type { Migration, MigrationProvider } from 'kysely';
import {
  STORE_SCHEMA_VERSION,
  type SchemaDialect,
  migrationsFor,
  staticMigrationProvider,
} from './store-migrations.js';

/** SQLite's column types: JSON is text, REAL is 8 bytes, INTEGER PRIMARY KEY is the rowid. */
const SQLITE_SCHEMA: SchemaDialect = {
  text: 'text',
  json: 'text',
  float: 'real',
  sequence: { type: 'integer', build: (c) => c.primaryKey().autoIncrement() },
};

/** Migrations by name; names sort in the order they run (see store-migrations.ts). */
export const SQLITE_MIGRATIONS: Readonly<Record<string, Migration>> = migrationsFor(SQLITE_SCHEMA);

/** The schema version this build writes: one per migration. */
export const SQLITE_SCHEMA_VERSION = STORE_SCHEMA_VERSION;

/** A `MigrationProvider` over the static list (no folder scan, so it works after `tsc`). */
export const sqliteMigrationProvider: MigrationProvider =
  staticMigrationProvider(SQLITE_MIGRATIONS);
