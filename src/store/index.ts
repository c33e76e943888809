/** The store layer: the `Store` port, its SQLite and PostgreSQL adapters and the default database location. */
export * from './store.js';
export * from './sqlite-store.js';
export * from './postgres-store.js';
export * from './open-store.js';
export * from './default-db-path.js';
export { SQLITE_SCHEMA_VERSION } from './sqlite-migrations.js';
export { KyselyStore, type KyselyStoreHooks } from './kysely-store.js';
export { POSTGRES_SCHEMA_VERSION } from './postgres-migrations.js';
