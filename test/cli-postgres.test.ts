/** The CLI on a shared PostgreSQL ledger: first run seeds it, ingest and review work the same as on SQLite. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEEDS, cli } from './helpers/cli.js';
import { type PostgresServer, startPostgres } from './helpers/postgres.js';

let server: PostgresServer | undefined;
beforeAll(async () => {
  server = await startPostgres();
  await server.createDatabase('cli');
});
afterAll(async () => {
  await server?.stop();
});

describe('roundtrip --db postgres://…', () => {
  it('seeds, lists, ingests the seeds into the bundled deal, and never prints the password', async () => {
    const { url } = await server!.createSchema('cli');
    const deals = await cli(['deals', '--json', '--db', url]);
    expect(deals.code).toBe(0);
    expect(deals.json<{ count: number }>().count).toBeGreaterThanOrEqual(80);
    const password = new URL(url).password;
    expect(password).not.toBe('');
    expect(deals.stderr).toMatch(/seeded/);
    expect(deals.stderr).not.toContain(password);

    expect((await cli(['ingest', ...SEEDS, '--db', url])).code).toBe(0);
    const after = (await cli(['deal', 'amazon-openai-2025-talks', '--include-unreviewed', '--json', '--db', url])).json<{ claims: unknown[]; status: string }>();
    expect(after.status).toBe('in_talks');
    expect(after.claims.length).toBeGreaterThanOrEqual(3);
    const loops = (await cli(['loops', '--json', '--db', url])).json<{ loops: { id: string }[] }>();
    expect(loops.loops.map((l) => l.id)).toContain('nvidia>openai>oracle');
  });

  it('says where it could not connect, without the password', async () => {
    const r = await cli(['deals', '--db', 'postgres://ana:s3cret-pw@127.0.0.1:1/roundtrip']);
    expect(r.code).toBe(6);
    expect(r.stderr).toMatch(/127\.0\.0\.1:1/);
    expect(r.stderr).not.toContain('s3cret-pw');
  });
});
