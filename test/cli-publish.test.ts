/** Publishing through the CLI: pictures of a loop, and exports that come back in unchanged. */
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, tempDb } from './helpers/cli.js';

describe('render and export from the bundled ledger', () => {
  let t: Awaited<ReturnType<typeof tempDb>>;
  beforeAll(async () => {
    t = await tempDb();
    await cli(['init'], { db: t.db });
  });
  afterAll(async () => t.cleanup());

  it('draws the Nvidia → OpenAI → Oracle loop as SVG, PNG and PDF, named in any rotation', async () => {
    const svgPath = join(t.dir, 'loop.svg');
    const r = await cli(['render', '--loop', 'Oracle,Nvidia,OpenAI', '--out', svgPath, '--alt'], { db: t.db });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Nvidia → OpenAI → Oracle → Nvidia/);
    const svg = await readFile(svgPath, 'utf8');
    for (const label of ['~$300B', '~$40B', 'up to $100B']) expect(svg).toContain(label);
    const png = join(t.dir, 'loop.png');
    expect((await cli(['render', '--loop', 'nvidia>openai>oracle', '--out', png], { db: t.db })).code).toBe(0);
    expect((await readFile(png)).subarray(1, 4).toString()).toBe('PNG');
    const pdf = join(t.dir, 'loop.pdf');
    expect((await cli(['render', '--loop', 'nvidia>openai>oracle', '--out', pdf, '--theme', 'print'], { db: t.db })).code).toBe(0);
    expect((await readFile(pdf)).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('refuses a loop that is not there, and an unknown picture format', async () => {
    const missing = await cli(['render', '--loop', 'apple,openai', '--out', join(t.dir, 'x.svg')], { db: t.db });
    expect(missing.code).toBe(3);
    expect(missing.stderr).toMatch(/loops here include/);
    expect((await cli(['render', '--out', join(t.dir, 'x.gif')], { db: t.db })).code).toBe(2);
  });

  it('exports the dataset as JSON that imports into an empty ledger with the same deals', async () => {
    const out = join(t.dir, 'dataset.json');
    expect((await cli(['export', out], { db: t.db })).code).toBe(0);
    const u = await tempDb();
    try {
      await cli(['init', '--empty'], { db: u.db });
      expect((await cli(['import', out], { db: u.db })).code).toBe(0);
      const shape = async (db: string) =>
        (await cli(['deals', '--json'], { db })).json<{ deals: { id: string; type: string; status: string; amount: unknown; from: { id: string }; to: { id: string } }[] }>().deals.map((d) => JSON.stringify([d.id, d.type, d.status, d.from.id, d.to.id, d.amount]));
      expect(await shape(u.db)).toEqual(await shape(t.db));
    } finally {
      await u.cleanup();
    }
  });

  it('writes every export format, CSV as a folder of tables with formulas neutralised', async () => {
    for (const format of ['gexf', 'graphml', 'dot', 'ftm', 'cypher']) {
      const out = join(t.dir, `x.${format}`);
      expect((await cli(['export', '--format', format, '--out', out], { db: t.db })).code, format).toBe(0);
      expect((await stat(out)).size, format).toBeGreaterThan(1000);
    }
    const dir = join(t.dir, 'csv');
    expect((await cli(['export', '--format', 'csv', '--out', dir, '--status', 'signed'], { db: t.db })).code).toBe(0);
    const deals = await readFile(join(dir, 'deals.csv'), 'utf8');
    expect(deals.split('\n')[0]).toMatch(/^id,/);
    expect(deals).not.toMatch(/(^|,)=/m);
  });
});
