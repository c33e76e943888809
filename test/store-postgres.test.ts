/** The shared Store conformance suite against a real PostgreSQL server, one fresh schema per test; then the bundled dataset on both adapters. */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importDataset } from '../src/ingest/dataset-import.js';
import { loadDataset } from '../src/ingest/dataset-load.js';
import { openPostgresStore } from '../src/store/postgres-store.js';
import { openSqliteStore } from '../src/store/sqlite-store.js';
import type { Store } from '../src/store/store.js';
import { describeStoreConformance } from '../src/store/store-conformance.js';
import { type PostgresServer, startPostgres } from './helpers/postgres.js';

let server: PostgresServer | undefined;
const database = 'conformance';

beforeAll(async () => {
  server = await startPostgres();
  await server.createDatabase(database);
});

afterAll(async () => {
  await server?.stop();
});

async function freshStore(): Promise<Store> {
  if (!server) throw new Error('postgres: the test server did not start (see the beforeAll error)');
  return openPostgresStore((await server.createSchema(database)).url);
}

describeStoreConformance('postgres', async () => {
  const store = await freshStore();
  return { store, cleanup: () => store.close() };
});

/** Everything a store holds, in its list order. */
async function contents(s: Store) {
  return {
    stats: await s.stats(),
    entities: await s.listEntities(),
    documents: await s.listDocuments(),
    claims: await s.listClaims(),
    judgements: await s.listJudgements({ includeDeleted: true }),
    deals: await s.listDealRecords(),
    figures: await s.listFigures(),
    actions: await s.listActions(),
  };
}

describe('the bundled dataset on PostgreSQL and SQLite', () => {
  it('imports to the same records in the same order, and a second import changes nothing', async () => {
    const dataset = await loadDataset(join(process.cwd(), 'data'));
    const pg = await freshStore();
    const sqlite = await openSqliteStore(':memory:');
    try {
      const [fromPg, fromSqlite] = [
        await importDataset(pg, dataset),
        await importDataset(sqlite, dataset),
      ];
      expect(fromPg).toEqual(fromSqlite);
      expect(fromPg.deals.added).toBeGreaterThan(10);
      expect(await contents(pg)).toStrictEqual(await contents(sqlite));
      // NOTE: the re-import compares stored entities to fresh ones as JSON text: this holds only
      // because JSON columns keep their key order (text, not jsonb).
      const again = await importDataset(pg, dataset);
      expect(again.entities).toEqual({ added: 0, updated: 0, unchanged: dataset.entities.length });
      expect(again).toEqual(await importDataset(sqlite, dataset));
    } finally {
      await pg.close();
      await sqlite.close();
    }
  });
});
