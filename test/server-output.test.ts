/** Metrics, stress, pictures and exports through the API. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Hono } from 'hono';
import { createApp } from '../src/server/app.js';
import { type TestLedger, openTestLedger } from './fixtures/web/test-ledger.js';

let t: TestLedger;
let app: Hono;

beforeAll(async () => {
  t = await openTestLedger();
  app = createApp({ ledger: t.ledger, webDir: null });
});
afterAll(async () => t.close());

describe('metrics', () => {
  it('reports the circular volume with its range and each company’s circular share', async () => {
    const res = await app.request('/api/metrics');
    expect(res.status).toBe(200);
    const m = (await res.json()) as {
      volume: {
        gross: number;
        cleared: number;
        remaining: number;
        circularShare: number;
        range: { low: { cleared: number }; high: { cleared: number } };
      };
      components: { id: string }[][];
      companies: { id: string; circularShare: number; topPayer: { id: string } | null }[];
    };
    expect(m.volume.cleared).toBeGreaterThan(0);
    expect(m.volume.cleared + m.volume.remaining).toBe(m.volume.gross);
    expect(m.volume.circularShare).toBeCloseTo(m.volume.cleared / m.volume.gross, 6);
    expect(m.volume.range.low.cleared).toBeLessThanOrEqual(m.volume.cleared);
    expect(m.volume.range.high.cleared).toBeGreaterThanOrEqual(m.volume.cleared);
    expect(
      m.components.some((c) =>
        ['nvidia', 'openai', 'oracle'].every((id) => c.some((x) => x.id === id)),
      ),
    ).toBe(true);
    expect(m.companies.find((c) => c.id === 'oracle')?.topPayer?.id).toBe('openai');
  });

  it('stresses a shock and names who comes up short', async () => {
    const res = await app.request('/api/stress?shock=OpenAI:0.5');
    expect(res.status).toBe(200);
    const s = (await res.json()) as {
      shocks: { id: string; pays: number }[];
      defaulted: { id: string }[];
      totalShortfall: number;
      companies: { id: string; shortfall: number; round: number | null }[];
    };
    expect(s.shocks).toEqual([{ id: 'openai', name: 'OpenAI', pays: 0.5 }]);
    expect(s.defaulted.map((d) => d.id)).toContain('openai');
    expect(s.totalShortfall).toBeGreaterThan(0);
    expect(s.companies.find((c) => c.id === 'openai')?.round).toBe(0);
    const bad = await app.request('/api/stress?shock=openai:half');
    expect(bad.status).toBe(400);
  });
});

describe('pictures', () => {
  it('draws a loop as SVG with its companies and a download name', async () => {
    const res = await app.request('/api/render?loop=nvidia%3Eopenai%3Eoracle');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/svg+xml');
    expect(res.headers.get('content-disposition')).toBe(
      'attachment; filename="roundtrip-nvidia-openai-oracle.svg"',
    );
    const svg = await res.text();
    expect(svg.startsWith('<svg') || svg.startsWith('<?xml')).toBe(true);
    for (const name of ['Nvidia', 'OpenAI', 'Oracle']) expect(svg).toContain(name);
  });

  it('draws PNG and PDF, and refuses an unknown loop', async () => {
    const png = new Uint8Array(
      await (await app.request('/api/render?loop=microsoft%3Eopenai&format=png')).arrayBuffer(),
    );
    expect([...png.slice(1, 4)].map((b) => String.fromCharCode(b)).join('')).toBe('PNG');
    const pdf = new Uint8Array(
      await (await app.request('/api/render?company=oracle&format=pdf')).arrayBuffer(),
    );
    expect(new TextDecoder().decode(pdf.slice(0, 5))).toBe('%PDF-');
    const missing = await app.request('/api/render?loop=apple%3Eopenai');
    expect(missing.status).toBe(404);
  });
});

describe('exports', () => {
  it('exports what the map shows, or everything', async () => {
    const view = await app.request('/api/export?format=json&asOf=2025-06-01');
    expect(view.status).toBe(200);
    expect(view.headers.get('content-disposition')).toContain('.json');
    const json = (await view.json()) as { deals: { id: string }[] };
    expect(json.deals.some((d) => d.id === 'openai-oracle-2025')).toBe(false);
    const all = (await (await app.request('/api/export?format=json&scope=all')).json()) as {
      deals: { id: string }[];
    };
    expect(all.deals.length).toBeGreaterThan(json.deals.length);
  });

  it('writes GEXF and a CSV table', async () => {
    const gexf = await app.request('/api/export?format=gexf');
    expect(gexf.headers.get('content-type')).toContain('application/gexf+xml');
    expect(await gexf.text()).toContain('<gexf');
    const csv = await app.request('/api/export?format=csv&table=legs.csv');
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect((await csv.text()).split('\n')[0]).toContain('leg_id');
  });
});
