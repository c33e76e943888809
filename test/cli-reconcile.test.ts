/** Reconciliation and review through the CLI: the seeds become one deal, review moves it onto the map. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SEEDS, cli, tempDb } from './helpers/cli.js';

interface DealJson {
  id: string;
  type: string;
  from: { id: string };
  to: { id: string };
  status: string;
  version: number;
  amount: { lower: number | null; lowerInclusive: boolean; upper: number | null; mayBeZero: boolean } | null;
  claims: { id: string; review: string; terms?: { valuation?: { lower: number } } }[] | string[];
  sources: { independent: boolean; outlet: string | null; repeats?: string }[];
  terms: { valuation?: { lower: number | null; upper: number | null } };
}

const amazonOpenai = (deals: DealJson[]) => deals.filter((d) => d.from.id === 'amazon' && d.to.id === 'openai' && d.type === 'equity_investment');

describe('the two seed articles in an empty ledger', () => {
  let t: Awaited<ReturnType<typeof tempDb>>;
  beforeEach(async () => {
    t = await tempDb();
    expect((await cli(['init', '--empty'], { db: t.db })).code).toBe(0);
  });
  afterEach(async () => t.cleanup());

  it('reconcile into one Amazon → OpenAI deal with both reports', async () => {
    const ingest = await cli(['ingest', ...SEEDS, '--json'], { db: t.db });
    expect(ingest.code).toBe(0);
    const { deals } = (await cli(['deals', '--include-unreviewed', '--json'], { db: t.db })).json<{ deals: DealJson[] }>();
    const [deal, ...others] = amazonOpenai(deals);
    expect(others).toHaveLength(0);
    expect(deal!.claims).toHaveLength(2);
    expect(deal!.amount).toMatchObject({ lower: 10e9, lowerInclusive: false, mayBeZero: true });
    expect(deal!.amount!.upper).not.toBeNull();
    expect(deal!.amount!.upper!).toBeGreaterThan(10e9);
    expect(deal!.status).toBe('in_talks');
    expect(deal!.sources.filter((s) => s.independent)).toHaveLength(2);
    const valuation = deal!.terms.valuation;
    expect(valuation?.lower).toBe(500e9);
    const stakes = deals.filter((d) => d.type === 'stake' && d.from.id === 'microsoft' && d.to.id === 'openai');
    expect(stakes).toHaveLength(1);
    expect(stakes[0]!.claims).toHaveLength(2);
  });

  it('are not on the map until reviewed, and accepting puts the deal there (undoably)', async () => {
    await cli(['ingest', ...SEEDS], { db: t.db });
    expect(amazonOpenai((await cli(['deals', '--json'], { db: t.db })).json<{ deals: DealJson[] }>().deals)).toHaveLength(0);
    const inbox = (await cli(['review', '--json', '--limit', '100'], { db: t.db })).json<{ items: { claim: { id: string; from: { id: string }; to: { id: string }; type: string } }[] }>();
    const claim = inbox.items.find((i) => i.claim.from.id === 'amazon' && i.claim.type === 'equity_investment')!.claim;
    const accepted = await cli(['review', 'accept', claim.id, '--json'], { db: t.db });
    expect(accepted.code).toBe(0);
    const actionId = accepted.json<{ action: { id: string } }>().action.id;
    const [onMap] = amazonOpenai((await cli(['deals', '--json'], { db: t.db })).json<{ deals: DealJson[] }>().deals);
    expect(onMap).toBeDefined();
    expect((await cli(['review', 'undo', actionId], { db: t.db })).code).toBe(0);
    expect(amazonOpenai((await cli(['deals', '--json'], { db: t.db })).json<{ deals: DealJson[] }>().deals)).toHaveLength(0);
    expect((await cli(['review', 'undo', actionId], { db: t.db })).code).toBe(5);
  });

  it('refuses the second of two concurrent edits, naming the version it missed', async () => {
    await cli(['ingest', ...SEEDS], { db: t.db });
    const { deals } = (await cli(['deals', '--include-unreviewed', '--json'], { db: t.db })).json<{ deals: DealJson[] }>();
    const deal = amazonOpenai(deals)[0]!;
    const [a, b] = deal.claims as string[];
    const seen = deal.version;
    expect((await cli(['review', 'accept', a!, '--deal-version', String(seen)], { db: t.db })).code).toBe(0);
    const second = await cli(['review', 'reject', b!, '--deal-version', String(seen)], { db: t.db });
    expect(second.code).toBe(5);
    expect(second.stderr).toContain(`version ${seen}`);
  });

  it('re-ingesting changes nothing, and the other order gives the same deals', async () => {
    await cli(['ingest', ...SEEDS], { db: t.db });
    const before = (await cli(['deals', '--include-unreviewed', '--json'], { db: t.db })).stdout;
    const again = (await cli(['ingest', ...SEEDS, '--json'], { db: t.db })).json<{ results: { result: string }[] }>();
    expect(again.results.map((r) => r.result)).toEqual(['duplicate', 'duplicate']);
    expect((await cli(['deals', '--include-unreviewed', '--json'], { db: t.db })).stdout).toBe(before);

    const u = await tempDb();
    try {
      await cli(['init', '--empty'], { db: u.db });
      await cli(['ingest', SEEDS[1]!], { db: u.db });
      await cli(['ingest', SEEDS[0]!], { db: u.db });
      const reversed = (await cli(['deals', '--include-unreviewed', '--json'], { db: u.db })).json<{ deals: DealJson[] }>().deals;
      const original = JSON.parse(before).deals as DealJson[];
      const shape = (ds: DealJson[]) => ds.map((d) => `${d.id} ${d.status} ${JSON.stringify(d.amount)} ${(d.claims as string[]).length}`).sort();
      expect(shape(reversed)).toEqual(shape(original));
    } finally {
      await u.cleanup();
    }
  });

  it('as of the day before publication, the deal did not exist', async () => {
    await cli(['ingest', ...SEEDS], { db: t.db });
    const before = (await cli(['deals', '--include-unreviewed', '--as-of', '2025-12-16', '--json'], { db: t.db })).json<{ deals: DealJson[] }>();
    expect(amazonOpenai(before.deals)).toHaveLength(0);
    const on = (await cli(['deals', '--include-unreviewed', '--as-of', '2025-12-17', '--json'], { db: t.db })).json<{ deals: DealJson[] }>();
    expect(amazonOpenai(on.deals)).toHaveLength(1);
  });
});

describe('the seeds in the default (bundled) ledger', () => {
  it('merge into the bundled Amazon → OpenAI deal instead of creating a second one', async () => {
    const t = await tempDb();
    try {
      await cli(['init'], { db: t.db });
      await cli(['ingest', ...SEEDS], { db: t.db });
      const { deals } = (await cli(['deals', '--include-unreviewed', '--json'], { db: t.db })).json<{ deals: DealJson[] }>();
      const matches = amazonOpenai(deals).filter((d) => d.status === 'in_talks');
      expect(matches.map((d) => d.id)).toEqual(['amazon-openai-2025-talks']);
      // The curated claims plus one from each seed article.
      const { claims } = (await cli(['deal', 'amazon-openai-2025-talks', '--include-unreviewed', '--json'], { db: t.db })).json<{ claims: { origin: string; inDeal: boolean }[] }>();
      expect(claims.filter((c) => c.inDeal && c.origin === 'rules@1')).toHaveLength(2);
      expect(claims.filter((c) => c.inDeal && c.origin === 'dataset').length).toBeGreaterThanOrEqual(1);
    } finally {
      await t.cleanup();
    }
  });
});
