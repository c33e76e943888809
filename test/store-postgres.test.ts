/** The shared Store conformance suite against a real PostgreSQL server, one fresh schema per test. */
import { afterAll, beforeAll } from 'vitest';
import { openPostgresStore } from '../src/store/postgres-store.js';
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

describeStoreConformance('postgres', async () => {
  if (!server) throw new Error('postgres: the test server did not start (see the beforeAll error)');
  const store = await openPostgresStore((await server.createSchema(database)).url);
  return { store, cleanup: () => store.close() };
});
