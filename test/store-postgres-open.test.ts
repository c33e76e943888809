/** What only a shared PostgreSQL ledger can do wrong: foreign or newer schemas, logins, concurrent writers. */
import { Kysely, type Migration, Migrator, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DealRecord } from '../src/core/deal.js';
import { ConflictError, NotFoundError, StoreError } from '../src/core/errors.js';
import { dealId, entityId } from '../src/core/ids.js';
import { translatePostgresError } from '../src/store/postgres-errors.js';
import { POSTGRES_SCHEMA_VERSION } from '../src/store/postgres-migrations.js';
import { openPostgresStore } from '../src/store/postgres-store.js';
import { parsePostgresUrl } from '../src/store/postgres-url.js';
import { POSTGRES_SCHEMA_V1_SQL } from '../src/store/store-schema-v1.js';
import type { Store } from '../src/store/store.js';
import {
  sampleDeal,
  sampleDocument,
  sampleEntity,
} from '../src/store/store-conformance-samples.js';
import { type PostgresServer, startPostgres } from './helpers/postgres.js';

let server: PostgresServer;
const database = 'specific';

beforeAll(async () => {
  server = await startPostgres();
  await server.createDatabase(database);
});

afterAll(async () => {
  await server?.stop();
});

/** Every table of a schema with its columns and rows, as one comparable value. */
async function snapshot(schema: string): Promise<unknown> {
  const tables = await server.admin<{ name: string }>(
    database,
    `select table_name as name from information_schema.tables where table_schema = $1 order by 1`,
    [schema],
  );
  const out: Record<string, unknown> = {};
  for (const { name } of tables) {
    const columns = await server.admin(
      database,
      `select column_name, data_type, collation_name from information_schema.columns
       where table_schema = $1 and table_name = $2 order by ordinal_position`,
      [schema, name],
    );
    const rows = await server.admin(database, `select * from "${schema}"."${name}" order by 1`);
    out[name] = { columns, rows };
  }
  return out;
}

/** Columns and indexes of a schema, with the schema name left out so two schemas compare. */
async function tableShapes(schema: string): Promise<unknown> {
  const columns = await server.admin(
    database,
    `select table_name, column_name, data_type, collation_name, is_nullable, column_default, is_identity
     from information_schema.columns where table_schema = $1 order by table_name, ordinal_position`,
    [schema],
  );
  const indexes = await server.admin<{ indexdef: string }>(
    database,
    `select indexname, replace(indexdef, $1, ' ') as indexdef from pg_indexes where schemaname = $2 order by indexname`,
    [` ${schema}.`, schema],
  );
  expect(indexes.length).toBeGreaterThan(10);
  return { columns, indexes };
}

/** Expect opening `url` to fail with a StoreError for `reason`, leaving the schema as it was. */
async function expectRefusedUnchanged(url: string, schema: string, reason: string): Promise<void> {
  const before = await snapshot(schema);
  const error = await openPostgresStore(url).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(StoreError);
  expect((error as StoreError).details).toMatchObject({ reason, database, schema });
  expect(await snapshot(schema)).toEqual(before);
}

/** The error `promise` rejects with (fails the test when it resolves). */
async function failure(promise: Promise<unknown>): Promise<StoreError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(StoreError);
  return error as StoreError;
}

/** Expect no trace of `secret` in an error's message, details or cause. */
function expectNoSecret(error: StoreError, secret: string): void {
  expect(error.message).not.toContain(secret);
  expect(JSON.stringify(error.details)).not.toContain(secret);
  expect(String((error.cause as Error | undefined)?.message)).not.toContain(secret);
  expect(String(error.stack)).not.toContain(secret);
}

/** Wait until some session of the test database waits for a lock (synchronisation, not timing). */
async function someoneWaitsForALock(): Promise<void> {
  for (let i = 0; i < 500; i++) {
    const [row] = await server.admin<{ n: number }>(
      'postgres',
      `select count(*)::int as n from pg_stat_activity where datname = $1 and wait_event_type = 'Lock'`,
      [database],
    );
    if ((row?.n ?? 0) > 0) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error('no session ever waited for the lock');
}

describe('openPostgresStore', () => {
  it('creates byte-wise text columns, records its version, and keeps data across reopen', async () => {
    const { url, schema } = await server.createSchema(database);
    const store = await openPostgresStore(url);
    await store.upsertEntities([sampleEntity('openai')]);
    await store.createDeal(sampleDeal('d'));
    await store.close();

    const again = await openPostgresStore(url);
    expect(await again.stats()).toMatchObject({ entities: 1, deals: 1 });
    expect(await again.schemaVersion()).toBe(POSTGRES_SCHEMA_VERSION);
    await again.close();
    const meta = await server.admin(
      database,
      `select key, value from "${schema}".meta where key <> 'created_at' order by key`,
    );
    expect(meta).toEqual([
      { key: 'app', value: 'roundtrip' },
      { key: 'schema_version', value: String(POSTGRES_SCHEMA_VERSION) },
    ]);
    const migrations = await server.admin(
      database,
      `select name from "${schema}".kysely_migration`,
    );
    expect(migrations).toEqual([{ name: '0001-initial' }]);
    const collations = await server.admin<{ collation_name: string | null }>(
      database,
      `select distinct collation_name from information_schema.columns
       where table_schema = $1 and data_type = 'text' and table_name not like 'kysely%'`,
      [schema],
    );
    expect(collations).toEqual([{ collation_name: 'C' }]);
  });

  it('opens a schema written at version 1 with its rows; its tables match a new schema', async () => {
    const old = await server.createSchema(database);
    const pool = new pg.Pool({ connectionString: old.url, max: 1 });
    const db = new Kysely<unknown>({ dialect: new PostgresDialect({ pool }) });
    const v1: Migration = {
      async up(k) {
        for (const statement of POSTGRES_SCHEMA_V1_SQL) await sql.raw(statement).execute(k);
      },
    };
    const { error } = await new Migrator({
      db,
      migrationTableSchema: old.schema,
      provider: { getMigrations: () => Promise.resolve({ '0001-initial': v1 }) },
    }).migrateToLatest();
    expect(error).toBeUndefined();
    await sql`insert into meta (key, value) values ('app', 'roundtrip'), ('schema_version', '1')`.execute(
      db,
    );
    await sql`insert into entities values ('oldco', 'OldCo', 'company', 'other', '[]', '{}', '[]', '[]', '[]', null)`.execute(
      db,
    );
    await db.destroy();

    const store = await openPostgresStore(old.url);
    expect(await store.schemaVersion()).toBe(1);
    expect(await store.getEntity(entityId('oldco'))).toMatchObject({ name: 'OldCo', aliases: [] });
    await store.createDeal(sampleDeal('d'));
    expect((await store.listDealRecords()).map((d) => d.id)).toEqual(['d']);
    await store.close();

    const fresh = await server.createSchema(database);
    await (await openPostgresStore(fresh.url)).close();
    expect(await tableShapes(old.schema)).toEqual(await tableShapes(fresh.schema));
  });

  it('orders ids byte-wise, as SQLite does, in a database whose default collation does not', async () => {
    const [icu] = await server.admin<{ differs: boolean }>(
      database,
      `select not ('B-deal' < 'a-deal') as differs`,
    );
    expect(icu?.differs).toBe(true);
    const store = await openPostgresStore((await server.createSchema(database)).url);
    for (const id of ['ab', 'a-deal', 'B-deal']) await store.createDeal(sampleDeal(id));
    expect((await store.listDealRecords()).map((d) => d.id)).toEqual(['B-deal', 'a-deal', 'ab']);
    await store.close();
  });

  it('refuses a schema written by a newer roundtrip, leaving it unchanged', async () => {
    const { url, schema } = await server.createSchema(database);
    await (await openPostgresStore(url)).close();
    await server.admin(
      database,
      `update "${schema}".meta set value = $1 where key = 'schema_version'`,
      [String(POSTGRES_SCHEMA_VERSION + 1)],
    );
    await server.admin(
      database,
      `insert into "${schema}".kysely_migration (name, timestamp) values ('9999-future', '2030-01-01T00:00:00.000Z')`,
    );
    await expectRefusedUnchanged(url, schema, 'newer_schema');
  });

  it("refuses a schema holding another program's tables, leaving it unchanged", async () => {
    const contacts = await server.createSchema(database);
    await server.admin(
      database,
      `create table "${contacts.schema}".contacts (name text); insert into "${contacts.schema}".contacts values ('ana')`,
    );
    await expectRefusedUnchanged(contacts.url, contacts.schema, 'foreign_database');

    const meta = await server.createSchema(database);
    await server.admin(database, `create table "${meta.schema}".meta (id int, note text)`);
    await expectRefusedUnchanged(meta.url, meta.schema, 'foreign_database');
  });

  it('migrates a new schema once when two stores open it at the same time', async () => {
    const { url, schema } = await server.createSchema(database);
    const stores = await Promise.all([openPostgresStore(url), openPostgresStore(url)]);
    expect(await Promise.all(stores.map((s) => s.schemaVersion()))).toEqual([
      POSTGRES_SCHEMA_VERSION,
      POSTGRES_SCHEMA_VERSION,
    ]);
    await Promise.all(stores.map((s) => s.close()));
    expect(await server.admin(database, `select name from "${schema}".kysely_migration`)).toEqual([
      { name: '0001-initial' },
    ]);
  });

  it('opens read-only: reads work, writes fail with a store error, an empty schema is refused', async () => {
    const empty = await server.createSchema(database);
    const refused = await failure(openPostgresStore(empty.url, { readonly: true }));
    expect(refused.details).toMatchObject({ reason: 'old_schema' });
    expect(await snapshot(empty.schema)).toEqual({});

    const { url } = await server.createSchema(database);
    const rw = await openPostgresStore(url);
    await rw.createDeal(sampleDeal('d'));
    await rw.close();
    const ro = await openPostgresStore(url, { readonly: true });
    expect((await ro.listDealRecords()).map((d) => d.id)).toEqual(['d']);
    const error = await failure(ro.createDeal(sampleDeal('e')));
    expect(error.details).toMatchObject({ reason: 'readonly' });
    await expect(ro.updateDeal(dealId('d'), 1, { title: 'x' })).rejects.toMatchObject({
      code: 'store',
    });
    await ro.close();
  });
});

describe('connection failures', () => {
  it('names host:port for a refused connection and never shows the password', async () => {
    const probe = await openPostgresStore(`postgres://x@127.0.0.1:1/db`).catch((e: unknown) => e);
    expect(probe).toMatchObject({ code: 'store', details: { reason: 'unreachable' } });
    const secret = 'hunter2-refused';
    const error = await failure(openPostgresStore(`postgres://ana:${secret}@127.0.0.1:1/ledger`));
    expect(error.details).toMatchObject({ reason: 'unreachable', host: '127.0.0.1', port: 1 });
    expect(error.message).toContain('127.0.0.1:1');
    expectNoSecret(error, secret);
  });

  it('reports a wrong password as a login failure naming host:port and user, not the password', async () => {
    const secret = 'wrong-secret-7Q';
    const url = `postgres://${server.user}:${secret}@127.0.0.1:${server.port}/${database}`;
    const error = await failure(openPostgresStore(url));
    expect(error.details).toMatchObject({ reason: 'auth', user: server.user, port: server.port });
    expect(error.message).toContain(`127.0.0.1:${server.port}`);
    expect(error.message).toContain(server.user);
    expectNoSecret(error, secret);
    expectNoSecret(error, server.password);
  });

  it('says what to change when the server and the URL disagree on SSL', async () => {
    const url = `postgres://${server.user}:${server.password}@127.0.0.1:${server.port}/${database}?sslmode=require`;
    const error = await failure(openPostgresStore(url));
    expect(error.details).toMatchObject({ reason: 'ssl' });
    expect(error.message).toContain('sslmode');
    expectNoSecret(error, server.password);
  });

  it('says which privilege is missing when the login may not create tables', async () => {
    await server.admin('postgres', `create role guest login password 'guest-pw-9'`);
    const url = `postgres://guest:guest-pw-9@127.0.0.1:${server.port}/${database}`;
    const error = await failure(openPostgresStore(url));
    expect(error.details).toMatchObject({ reason: 'permission', user: 'guest' });
    expectNoSecret(error, 'guest-pw-9');
    const [tables] = await server.admin<{ n: number }>(
      database,
      `select count(*)::int as n from information_schema.tables where table_schema = 'public'`,
    );
    expect(tables?.n).toBe(0);
  });

  it('says how to create a database that does not exist', async () => {
    const url = `postgres://${server.user}:${server.password}@127.0.0.1:${server.port}/no_such_db`;
    const error = await failure(openPostgresStore(url));
    expect(error.details).toMatchObject({ reason: 'missing_database', database: 'no_such_db' });
    expect(error.message).toContain('createdb');
    expectNoSecret(error, server.password);
  });

  it('refuses a malformed URL without echoing it', async () => {
    const error = await failure(
      openPostgresStore('postgres://ana:s3cret-x@db.example:port/ledger'),
    );
    expect(error.details).toMatchObject({ reason: 'bad_url' });
    expectNoSecret(error, 's3cret-x');
  });
});

describe('concurrent writers', () => {
  let a: Store;
  let b: Store;
  let url: string;

  beforeAll(async () => {
    url = (await server.createSchema(database)).url;
    a = await openPostgresStore(url);
    // NOTE: b waits long for the writer lock, so the first test decides the race, not a timeout.
    b = await openPostgresStore(url, { busyTimeoutMs: 30_000 });
  });

  afterAll(async () => {
    await a?.close();
    await b?.close();
  });

  it('makes the second writer of one deal version wait, then fail with ConflictError', async () => {
    await a.createDeal(sampleDeal('shared'));
    let later: Promise<DealRecord> | undefined;
    await a.transaction(async (tx) => {
      await tx.updateDeal(dealId('shared'), 1, { title: 'alice' });
      later = b.updateDeal(dealId('shared'), 1, { title: 'bob' });
      later.catch(() => undefined);
      await someoneWaitsForALock();
    });
    const error = await later?.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConflictError);
    expect((error as ConflictError).details).toEqual({
      dealId: 'shared',
      expectedVersion: 1,
      actualVersion: 2,
    });
    expect(await b.getDealRecord(dealId('shared'))).toMatchObject({ version: 2, title: 'alice' });
  });

  it('lets exactly one of two stores racing on one deal version win', async () => {
    await a.createDeal(sampleDeal('race'));
    const results = await Promise.allSettled([
      a.updateDeal(dealId('race'), 1, { title: 'from a' }),
      b.updateDeal(dealId('race'), 1, { title: 'from b' }),
    ]);
    const won = results.filter((r) => r.status === 'fulfilled');
    const lost = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(won).toHaveLength(1);
    expect(lost.map((r) => (r.reason as ConflictError).code)).toEqual(['conflict']);
    const stored = await a.getDealRecord(dealId('race'));
    expect(stored?.version).toBe(2);
    expect(stored?.title).toBe((won[0] as PromiseFulfilledResult<DealRecord>).value.title);
  });

  it('holds the writer lock for a whole transaction; readers are not blocked', async () => {
    const impatient = await openPostgresStore(url, { busyTimeoutMs: 50 });
    try {
      await a.transaction(async (tx) => {
        await tx.createDeal(sampleDeal('in-tx'));
        const error = await failure(impatient.createDeal(sampleDeal('from-other')));
        expect(error.details).toMatchObject({ reason: 'locked' });
        expect((await impatient.listDealRecords()).map((d) => d.id)).not.toContain('in-tx');
      });
      await impatient.createDeal(sampleDeal('from-other'));
      expect((await impatient.listDealRecords()).map((d) => d.id)).toContain('in-tx');
    } finally {
      await impatient.close();
    }
  });
});

describe('driver errors', () => {
  it('maps real unique and foreign-key violations to ConflictError and NotFoundError', async () => {
    const { url, schema } = await server.createSchema(database);
    await (await openPostgresStore(url)).close();
    const translate = translatePostgresError(parsePostgresUrl(url));
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      const insertDeal = `insert into "${schema}".deal_records (id, version, relations, created_at, updated_at)
        values ('d', 1, '[]', '2025-10-01T00:00:00.000Z', '2025-10-01T00:00:00.000Z')`;
      await client.query(insertDeal);
      const unique = await client.query(insertDeal).catch((e: unknown) => e);
      expect(translate(unique)).toBeInstanceOf(ConflictError);
      const foreign = await client
        .query(
          `insert into "${schema}".judgements (id, claim_id, deal_id, judgement, "user", created_at)
           values ('j', 'no-claim', 'd', 'positive', 'x', '2025-10-01T00:00:00.000Z')`,
        )
        .catch((e: unknown) => e);
      expect(translate(foreign)).toBeInstanceOf(NotFoundError);
    } finally {
      await client.end();
    }
  });

  it('refuses text PostgreSQL cannot hold, and a failed step inside a transaction rolls back alone', async () => {
    const store = await openPostgresStore((await server.createSchema(database)).url);
    try {
      const nul = sampleDocument('nul', 'a NUL \u0000 inside');
      await expect(store.addDocument(nul)).rejects.toMatchObject({ code: 'invalid_input' });
      await store.transaction(async (tx) => {
        await expect(tx.addDocument(nul)).rejects.toMatchObject({ code: 'invalid_input' });
        await tx.createDeal(sampleDeal('after'));
      });
      expect((await store.listDealRecords()).map((d) => d.id)).toEqual(['after']);
      expect(await store.stats()).toMatchObject({ documents: 0, deals: 1 });
    } finally {
      await store.close();
    }
  });
});
