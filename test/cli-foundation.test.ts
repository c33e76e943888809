/** The foundation through the CLI: seeding, listing, filters, bad input that leaves the store unchanged. */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openLedger } from '../src/ledger/open-ledger.js';
import { createApp } from '../src/server/app.js';
import { cli, tempDb } from './helpers/cli.js';

const FIXTURES = join(process.cwd(), 'test/fixtures/store');

describe('roundtrip on the bundled dataset', () => {
  let t: Awaited<ReturnType<typeof tempDb>>;
  beforeAll(async () => {
    t = await tempDb();
  });
  afterAll(async () => t.cleanup());

  it('seeds on first use and lists at least 80 deals, each with a source URL', async () => {
    const r = await cli(['deals', '--json'], { db: t.db });
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/seeded/);
    const { deals } = r.json<{ deals: { id: string; type: string; from: { id: string }; to: { id: string }; sources: { url: string | null }[] }[] }>();
    expect(deals.length).toBeGreaterThanOrEqual(80);
    for (const d of deals) expect(d.sources.some((s) => /^https?:\/\//.test(s.url ?? ''))).toBe(true);
    // Seeding happens once.
    expect((await cli(['deals', '--json'], { db: t.db })).stderr).toBe('');
  });

  it('lists at least 60 companies with aliases and parent links', async () => {
    const { companies } = (await cli(['companies', '--json'], { db: t.db })).json<{ companies: { id: string; kind: string; aliases: unknown[]; parents: { id: string }[] }[] }>();
    const firms = companies.filter((c) => c.kind !== 'outlet');
    expect(firms.length).toBeGreaterThanOrEqual(60);
    const parent = (id: string) => companies.find((c) => c.id === id)?.parents.map((p) => p.id);
    expect(parent('aws')).toContain('amazon');
    expect(parent('microsoft-azure')).toContain('microsoft');
    expect(parent('google-cloud')).toContain('alphabet');
    expect(companies.find((c) => c.id === 'stargate')?.kind).toBe('joint_venture');
    expect(companies.filter((c) => c.aliases.length > 0).length).toBeGreaterThan(40);
  });

  it('filters deals by company (subsidiaries included), type, status and date', async () => {
    const amazon = (await cli(['deals', '--company', 'Amazon', '--json'], { db: t.db })).json<{ deals: { from: { id: string }; to: { id: string }; legs: { from: string; to: string }[] }[] }>();
    expect(amazon.deals.length).toBeGreaterThan(3);
    // AWS deals count as Amazon's.
    expect(amazon.deals.some((d) => d.to.id === 'aws' || d.from.id === 'aws')).toBe(true);
    const signed = (await cli(['deals', '--status', 'signed', '--type', 'compute_purchase', '--json'], { db: t.db })).json<{ deals: { status: string; type: string }[] }>();
    expect(signed.deals.length).toBeGreaterThan(0);
    expect(signed.deals.every((d) => d.status === 'signed' && d.type === 'compute_purchase')).toBe(true);
    const early = (await cli(['deals', '--to', '2023-12-31', '--json'], { db: t.db })).json<{ deals: { firstReported: string }[] }>();
    expect(early.deals.every((d) => d.firstReported <= '2023-12-31')).toBe(true);
  });

  it('shows one deal with legs pointing the way money goes', async () => {
    const r = await cli(['deal', 'openai-aws-2025', '--json'], { db: t.db });
    expect(r.code).toBe(0);
    const d = r.json<{ type: string; from: { id: string }; to: { id: string }; amount: { lower: number; upper: number; period?: string }; legs: { from: string; to: string; asset: string }[] }>();
    expect([d.type, d.from.id, d.to.id]).toEqual(['compute_purchase', 'openai', 'aws']);
    expect(d.amount.lower).toBe(38e9);
    expect(d.legs.find((l) => l.asset === 'cash')).toMatchObject({ from: 'openai', to: 'aws' });
    expect(d.legs.find((l) => l.asset === 'compute')).toMatchObject({ from: 'aws', to: 'openai' });
  });

  it('prints the same deal JSON as the API deal page: sources and evidence in context', async () => {
    const printed = (await cli(['deal', 'amazon-anthropic-2023', '--json'], { db: t.db })).json<{
      amountText: string;
      claims: { inDeal: boolean; document: { outlet: string | null } | null; evidence: { quote: string; before: string; after: string }[] }[];
      related: { id: string; status: string; relation: string }[];
    }>();
    expect(printed.amountText).toBe('up to $4B');
    expect(printed.claims.length).toBeGreaterThan(0);
    expect(printed.claims.every((c) => c.document !== null && typeof c.inDeal === 'boolean')).toBe(true);
    // The later top-up names this deal as the one it expands.
    expect(printed.related.find((r) => r.id === 'amazon-anthropic-2024')).toMatchObject({ relation: 'expands', status: 'completed' });
    const { ledger } = await openLedger({ dbPath: t.db, datasetDir: null });
    try {
      const res = await createApp({ ledger, webDir: null, version: '0' }).request('/api/deals/amazon-anthropic-2023');
      expect(res.status).toBe(200);
      expect(printed).toEqual(await res.json());
    } finally {
      await ledger.store.close();
    }
  });

  it('refuses bad options with exit code 2 and a message, not a stack trace', async () => {
    for (const args of [['deals', '--status', 'maybe'], ['deals', '--as-of', '2025-02-30'], ['deals', '--type', 'gift'], ['loops', '--max-length', 'x']]) {
      const r = await cli(args, { db: t.db });
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(/^roundtrip: /);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
    const missing = await cli(['deal', 'no-such-deal'], { db: t.db });
    expect(missing.code).toBe(3);
    const company = await cli(['deals', '--company', 'Nvidiaa'], { db: t.db });
    expect(company.code).toBe(3);
    expect(company.stderr).toMatch(/nvidia/);
  });

  it('rejects every bad dataset file with exit code 4 and leaves the store unchanged', async () => {
    const before = (await cli(['deals', '--json'], { db: t.db })).stdout;
    for (const file of ['bad-field.json', 'unknown-company.json', 'duplicate-id.json', 'negative-amount.json', 'bad-date.json', 'empty.json', 'binary.json', 'invalid-json.json', 'wrong-shape.json']) {
      const r = await cli(['import', join(FIXTURES, file)], { db: t.db });
      expect(r.code, file).toBe(4);
      expect(r.stderr, file).toMatch(/roundtrip: .+/);
    }
    expect((await cli(['deals', '--json'], { db: t.db })).stdout).toBe(before);
  });

  it('imports a valid dataset file idempotently', async () => {
    const first = await cli(['import', join(FIXTURES, 'valid.json'), '--json'], { db: t.db });
    expect(first.code).toBe(0);
    const second = (await cli(['import', join(FIXTURES, 'valid.json'), '--json'], { db: t.db })).json<{ summary: { deals: { added: number } } }>();
    expect(second.summary.deals.added).toBe(0);
  });
});

describe('databases roundtrip cannot use', () => {
  it('refuses a file that is not SQLite (exit 6) and leaves it byte for byte', async () => {
    const t = await tempDb();
    try {
      const path = join(t.dir, 'notes.txt');
      await writeFile(path, 'these are my notes, not a database\n');
      const r = await cli(['deals', '--db', path]);
      expect(r.code).toBe(6);
      expect(r.stderr).toMatch(/notes\.txt/);
      expect(await readFile(path, 'utf8')).toBe('these are my notes, not a database\n');
    } finally {
      await t.cleanup();
    }
  });

  it('init --empty creates a ledger with no deals and refuses to wipe one without --force', async () => {
    const t = await tempDb();
    try {
      expect((await cli(['init', '--empty'], { db: t.db })).code).toBe(0);
      expect((await cli(['deals', '--json'], { db: t.db })).json<{ count: number }>().count).toBe(0);
      expect((await cli(['init'], { db: t.db })).code).toBe(0);
      expect((await cli(['deals', '--json'], { db: t.db })).json<{ count: number }>().count).toBeGreaterThanOrEqual(80);
      expect((await cli(['init', '--empty'], { db: t.db })).code).toBe(5);
      expect((await cli(['init', '--empty', '--force'], { db: t.db })).code).toBe(0);
      expect((await cli(['deals', '--json'], { db: t.db })).json<{ count: number }>().count).toBe(0);
    } finally {
      await t.cleanup();
    }
  });
});
