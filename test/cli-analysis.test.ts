/** The loops the product exists to show, found on the bundled dataset through the CLI. */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, tempDb } from './helpers/cli.js';

interface LoopJson {
  id: string;
  nodes: string[];
  amount: number | null;
  weakestStatus: string;
  hops: { from: string; to: string; legs: { dealId: string; asset: string; from: string; to: string; sources: { url: string | null }[] }[] }[];
}

describe('loops on the bundled dataset', () => {
  let t: Awaited<ReturnType<typeof tempDb>>;
  const loops = async (...args: string[]) => (await cli(['loops', '--json', ...args], { db: t.db })).json<{ loops: LoopJson[] }>().loops;
  beforeAll(async () => {
    t = await tempDb();
    await cli(['init'], { db: t.db });
  });
  afterAll(async () => t.cleanup());

  it('finds Nvidia → OpenAI → Oracle → Nvidia with the deals behind each hop', async () => {
    const loop = (await loops()).find((l) => l.id === 'nvidia>openai>oracle');
    expect(loop).toBeDefined();
    expect(loop!.nodes).toEqual(['nvidia', 'openai', 'oracle']);
    const hop = (from: string, to: string) => loop!.hops.find((h) => h.from === from && h.to === to)!;
    expect(hop('nvidia', 'openai').legs.map((l) => l.dealId)).toContain('nvidia-openai-2025-loi');
    expect(hop('openai', 'oracle').legs.map((l) => l.dealId)).toContain('openai-oracle-2025');
    expect(hop('oracle', 'nvidia').legs.map((l) => l.dealId)).toContain('oracle-nvidia-2025');
    for (const h of loop!.hops) for (const l of h.legs) {
      expect(l.asset).toBe('cash');
      expect(l.sources.some((s) => /^https?:/.test(s.url ?? ''))).toBe(true);
    }
    // The bottleneck is Oracle's ~$40B chip order.
    expect(loop!.amount).toBe(40e9);
  });

  it('finds the two-company loops: Microsoft ⇄ OpenAI, Amazon ⇄ Anthropic, Nvidia ⇄ CoreWeave (money view)', async () => {
    const ids = (await loops()).map((l) => l.id);
    expect(ids).toEqual(expect.arrayContaining(['microsoft>openai', 'amazon>anthropic', 'coreweave>nvidia']));
    // Anthropic's AWS purchases roll up into Amazon.
    const amazon = (await loops()).find((l) => l.id === 'amazon>anthropic')!;
    expect(amazon.hops.find((h) => h.from === 'anthropic')!.legs.some((l) => l.to === 'amazon')).toBe(true);
  });

  it('finds AMD ⇄ OpenAI only in the value view (the warrant is not cash)', async () => {
    expect((await loops()).map((l) => l.id)).not.toContain('amd>openai');
    const amd = (await loops('--view', 'value')).find((l) => l.id === 'amd>openai');
    expect(amd).toBeDefined();
    expect(amd!.hops.find((h) => h.from === 'amd')!.legs.some((l) => l.asset === 'warrant')).toBe(true);
  });

  it('drops loops whose legs were not yet reported as of an earlier date', async () => {
    const early = await loops('--as-of', '2024-12-31');
    expect(early.map((l) => l.id)).not.toContain('nvidia>openai>oracle');
    expect(early.length).toBeGreaterThan(0);
    expect((await loops('--as-of', '2025-12-31')).map((l) => l.id)).toContain('nvidia>openai>oracle');
  });

  it('analyses a CSV edge list without a store', async () => {
    const csv = join(t.dir, 'edges.csv');
    await writeFile(csv, 'from,to,amount\na,b,100\nb,c,50\nc,a,70\nc,d,5\n');
    const r = await cli(['loops', '--edges', csv, '--json']);
    expect(r.code).toBe(0);
    const [loop, ...rest] = r.json<{ loops: LoopJson[] }>().loops;
    expect(rest).toHaveLength(0);
    expect(loop!.nodes).toEqual(['a', 'b', 'c']);
    expect(loop!.amount).toBe(50);
    await writeFile(csv, 'from,to,amount\na,b,lots\n');
    const bad = await cli(['loops', '--edges', csv]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/line 2/);
  });
});

describe('volume, metrics, schedule and stress on the bundled dataset', () => {
  let t: Awaited<ReturnType<typeof tempDb>>;
  beforeAll(async () => {
    t = await tempDb();
    await cli(['init'], { db: t.db });
  });
  afterAll(async () => t.cleanup());

  it('clears part of the gross flow around loops, and the ranges bracket it', async () => {
    const v = (await cli(['volume', '--range', '--json'], { db: t.db })).json<{ gross: number; cleared: number; net: number; circularShare: number; range: { low: number; high: number } }>();
    expect(v.cleared).toBeGreaterThan(0);
    expect(v.cleared).toBeLessThan(v.gross);
    expect(v.circularShare).toBeCloseTo(v.cleared / v.gross, 6);
    expect(v.range.low).toBeLessThanOrEqual(v.cleared);
    expect(v.range.high).toBeGreaterThanOrEqual(v.cleared);
  });

  it("measures Oracle's concentration on OpenAI", async () => {
    const m = (await cli(['metrics', 'Oracle', '--json'], { db: t.db })).json<{ id: string; inflow: { topShare: number; byCounterparty: { id: string }[] } }>();
    expect(m.id).toBe('oracle');
    expect(m.inflow.byCounterparty[0]!.id).toBe('openai');
    expect(m.inflow.topShare).toBeGreaterThan(0.9);
  });

  it("spreads OpenAI's commitments over the years of their terms", async () => {
    const s = (await cli(['schedule', 'openai', '--json'], { db: t.db })).json<{ years: { year: number; outgoing: number }[] }>();
    const paying = s.years.filter((y) => y.outgoing > 0).map((y) => y.year);
    expect(paying.length).toBeGreaterThan(3);
    expect(Math.max(...paying)).toBeGreaterThanOrEqual(2030);
  });

  it('pays everyone in full without a shock, and a shocked company comes up short', async () => {
    const calm = (await cli(['stress', '--json'], { db: t.db })).json<{ defaulted: string[]; totalShortfall: number }>();
    expect(calm.defaulted).toEqual([]);
    expect(calm.totalShortfall).toBeLessThan(1);
    const shocked = (await cli(['stress', '--shock', 'openai=0.5', '--json'], { db: t.db })).json<{ defaulted: string[]; companies: { id: string; shortfall: number; shocked: boolean }[] }>();
    expect(shocked.defaulted).toContain('openai');
    expect(shocked.companies.find((c) => c.id === 'openai')!.shocked).toBe(true);
    expect((await cli(['stress', '--shock', 'openai=2'], { db: t.db })).code).toBe(2);
  });
});
