/** Both dialects' migrations: released versions run the SQL they shipped with, and old files still open. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import {
  DummyDriver,
  Kysely,
  type Migration,
  Migrator,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
  SqliteAdapter,
  SqliteDialect,
  SqliteIntrospector,
  SqliteQueryCompiler,
  sql,
} from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { entityId } from '../core/ids.js';
import { POSTGRES_MIGRATIONS } from './postgres-migrations.js';
import { SQLITE_MIGRATIONS } from './sqlite-migrations.js';
import { openSqliteStore } from './sqlite-store.js';
import { fullClaim, sampleDocument, sampleEntity } from './store-conformance-samples.js';
import { POSTGRES_SCHEMA_V1_SQL, SQLITE_SCHEMA_V1_SQL } from './store-schema-v1.js';

/** The SQL one migration runs, captured by a driver that executes nothing. */
async function migrationSql(migration: Migration, dialect: 'sqlite' | 'postgres') {
  const statements: string[] = [];
  const pg = dialect === 'postgres';
  const db = new Kysely<unknown>({
    dialect: {
      createAdapter: () => (pg ? new PostgresAdapter() : new SqliteAdapter()),
      createDriver: () => new DummyDriver(),
      createIntrospector: (k) => (pg ? new PostgresIntrospector(k) : new SqliteIntrospector(k)),
      createQueryCompiler: () => (pg ? new PostgresQueryCompiler() : new SqliteQueryCompiler()),
    },
    log: (event) => {
      expect(event.query.parameters).toEqual([]);
      statements.push(event.query.sql);
    },
  });
  await migration.up(db);
  await db.destroy();
  return statements;
}

describe('released migrations', () => {
  it('list the same versions in both dialects', () => {
    expect(Object.keys(POSTGRES_MIGRATIONS)).toEqual(Object.keys(SQLITE_MIGRATIONS));
  });

  it('0001-initial runs the SQL it shipped with', async () => {
    const [sqlite, postgres] = [
      SQLITE_MIGRATIONS['0001-initial'],
      POSTGRES_MIGRATIONS['0001-initial'],
    ];
    expect(await migrationSql(sqlite!, 'sqlite')).toEqual(SQLITE_SCHEMA_V1_SQL);
    expect(await migrationSql(postgres!, 'postgres')).toEqual(POSTGRES_SCHEMA_V1_SQL);
  });
});

describe('a SQLite file written at schema version 1', () => {
  const root = mkdtempSync(join(tmpdir(), 'roundtrip-migrations-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  /** Build the file as version 1 did: the shipped SQL under Kysely's migrator, then the meta rows. */
  async function writeVersion1(path: string): Promise<void> {
    const raw = new Database(path);
    const db = new Kysely<unknown>({ dialect: new SqliteDialect({ database: raw }) });
    const v1: Migration = {
      async up(k) {
        for (const statement of SQLITE_SCHEMA_V1_SQL) await sql.raw(statement).execute(k);
      },
    };
    const { error } = await new Migrator({
      db,
      provider: { getMigrations: () => Promise.resolve({ '0001-initial': v1 }) },
    }).migrateToLatest();
    expect(error).toBeUndefined();
    const meta = raw.prepare('insert into meta (key, value) values (?, ?)');
    meta.run('app', 'roundtrip');
    meta.run('schema_version', '1');
    meta.run('created_at', '2025-11-01T00:00:00.000Z');
    raw
      .prepare(
        `insert into entities (id, name, kind, sector, aliases, identifiers, parents, products, descriptors, description)
         values ('oldco', 'OldCo', 'company', 'other', '[]', '{}', '[]', '[]', '[]', null)`,
      )
      .run();
    await db.destroy();
  }

  const schemaOf = (path: string) => {
    const raw = new Database(path, { readonly: true });
    try {
      return raw.prepare(`select type, name, tbl_name, sql from sqlite_master order by name`).all();
    } finally {
      raw.close();
    }
  };

  it('opens with its rows, takes new ones, and has the schema a new file gets', async () => {
    const old = join(root, 'v1.sqlite');
    await writeVersion1(old);
    const store = await openSqliteStore(old);
    try {
      expect(await store.schemaVersion()).toBe(1);
      expect(await store.getEntity(entityId('oldco'))).toMatchObject({
        name: 'OldCo',
        aliases: [],
      });
      await store.upsertEntities([sampleEntity('openai')]);
      await store.addDocument(sampleDocument('d1', 'OpenAI buys compute.'));
      const claim = fullClaim('c1', 'd1');
      await store.addClaims([claim]);
      expect(await store.getClaim(claim.id)).toEqual(claim);
    } finally {
      await store.close();
    }
    const fresh = join(root, 'fresh.sqlite');
    await (await openSqliteStore(fresh)).close();
    expect(schemaOf(old)).toEqual(schemaOf(fresh));
  });
});
