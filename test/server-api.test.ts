/** The API's read routes against a real ledger seeded from the bundled dataset. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Hono } from 'hono';
import { createApp } from '../src/server/app.js';
import { type TestLedger, openTestLedger } from './fixtures/web/test-ledger.js';

let t: TestLedger;
let app: Hono;

beforeAll(async () => {
  t = await openTestLedger();
  app = createApp({ ledger: t.ledger, webDir: null, version: '9.9.9' });
});
afterAll(async () => t.close());

async function get<T = Record<string, unknown>>(path: string, status = 200): Promise<T> {
  const res = await app.request(path);
  expect(res.status, `${path}: ${res.status}`).toBe(status);
  expect(res.headers.get('content-type')).toMatch(/^application\/json/);
  return (await res.json()) as T;
}

interface GraphJson {
  nodes: { id: string; name: string; inflow: number; outflow: number; members: { id: string }[] }[];
  edges: {
    id: string;
    from: string;
    to: string;
    dealId: string;
    asset: string;
    status: string;
    amount: number | null;
    low: number | null;
    high: number | null;
    label: string | null;
  }[];
  deals: Record<string, { title: string; amountText: string }>;
  options: { view: string; policy: string; rollup: boolean };
}

interface LoopsJson {
  count: number;
  loops: {
    id: string;
    amount: number | null;
    partial: boolean;
    weakestStatus: string;
    hops: { from: string; to: string; legs: { dealId: string }[] }[];
  }[];
  deals: Record<
    string,
    { sources: { outlet: string | null; url: string | null; publishedAt: string | null }[] }
  >;
}

describe('meta', () => {
  it('reports version, vocabulary with colours and the dates the data covers', async () => {
    const meta = await get<{
      version: string;
      writesNeedToken: boolean;
      types: { id: string; colour: string }[];
      statuses: { id: string; line: string; default: boolean }[];
      dataRange: { first: string; last: string };
    }>('/api/meta');
    expect(meta.version).toBe('9.9.9');
    expect(meta.writesNeedToken).toBe(false);
    expect(meta.types.find((x) => x.id === 'equity_investment')?.colour).toMatch(/^#[0-9a-f]{6}$/);
    expect(meta.statuses.find((s) => s.id === 'announced')).toMatchObject({
      line: 'dashed',
      default: true,
    });
    expect(meta.statuses.find((s) => s.id === 'rumoured')).toMatchObject({
      line: 'dotted',
      default: false,
    });
    expect(meta.dataRange.first <= meta.dataRange.last).toBe(true);
    expect(meta.dataRange.first.startsWith('2019')).toBe(true);
  });

  it('answers health with the row counts', async () => {
    const h = await get<{ ok: boolean; stats: { deals: number } }>('/api/health');
    expect(h.ok).toBe(true);
    expect(h.stats.deals).toBeGreaterThan(100);
  });
});

describe('companies and deals', () => {
  it('lists companies, filtered by kind', async () => {
    const all = await get<{ count: number; companies: { id: string; kind: string }[] }>(
      '/api/companies',
    );
    const outlets = await get<{ count: number; companies: { id: string; kind: string }[] }>(
      '/api/companies?kind=outlet',
    );
    expect(all.companies.some((c) => c.id === 'nvidia')).toBe(true);
    expect(outlets.count).toBeGreaterThan(0);
    expect(outlets.count).toBeLessThan(all.count);
    expect(outlets.companies.every((c) => c.kind === 'outlet')).toBe(true);
  });

  it('filters deals like the CLI: company with subsidiaries, status, type, as-of', async () => {
    const amazon = await get<{ deals: { id: string }[] }>('/api/deals?company=Amazon');
    expect(amazon.deals.map((d) => d.id)).toContain('openai-aws-2025');
    const signed = await get<{ deals: { status: string }[] }>(
      '/api/deals?statuses=signed,completed',
    );
    expect(signed.deals.length).toBeGreaterThan(0);
    expect(new Set(signed.deals.map((d) => d.status))).toEqual(new Set(['signed', 'completed']));
    const chips = await get<{ deals: { type: string }[] }>('/api/deals?types=hardware_purchase');
    expect(chips.deals.every((d) => d.type === 'hardware_purchase')).toBe(true);
    const early = await get<{ count: number; asOf: string }>('/api/deals?asOf=2023-06-30');
    const now = await get<{ count: number }>('/api/deals');
    expect(early.asOf).toBe('2023-06-30');
    expect(early.count).toBeGreaterThan(0);
    expect(early.count).toBeLessThan(now.count);
  });

  it('shows one deal with its sources, claims, history and amount label', async () => {
    const d = await get<{
      id: string;
      amountText: string;
      sources: { outlet: string; url: string }[];
      claims: { id: string; inDeal: boolean; document: { outlet: string } | null }[];
      history: { status: { status: string }[] };
    }>('/api/deals/openai-oracle-2025');
    expect(d.id).toBe('openai-oracle-2025');
    expect(d.amountText).toBe('~$300B');
    expect(d.sources.length).toBe(5);
    expect(d.sources.every((s) => s.url.startsWith('https://'))).toBe(true);
    expect(d.claims.every((c) => c.inDeal && c.document !== null)).toBe(true);
    expect(d.history.status[0]?.status).toBe('signed');
  });

  it('answers 404 with a code and suggestions for an unknown deal', async () => {
    const body = await get<{ error: { code: string; details: { suggestions: string[] } } }>(
      '/api/deals/openai-oracle',
      404,
    );
    expect(body.error.code).toBe('not_found');
    expect(body.error.details.suggestions).toContain('openai-oracle-2025');
  });
});

describe('graph view', () => {
  it('draws cash legs in the money view, with flows per company and the deals behind the edges', async () => {
    const g = await get<GraphJson>('/api/graph');
    expect(g.options).toMatchObject({ view: 'money', policy: 'stated', rollup: true });
    expect(g.edges.length).toBeGreaterThan(20);
    expect(g.edges.every((e) => e.asset === 'cash')).toBe(true);
    const oracle = g.edges.find((e) => e.dealId === 'openai-oracle-2025');
    expect(oracle).toMatchObject({
      from: 'openai',
      to: 'oracle',
      amount: 300e9,
      low: 270e9,
      high: 330e9,
      label: '~$300B',
    });
    expect(g.deals['openai-oracle-2025']?.amountText).toBe('~$300B');
    const openai = g.nodes.find((n) => n.id === 'openai');
    const out = g.edges.filter((e) => e.from === 'openai').reduce((s, e) => s + (e.amount ?? 0), 0);
    expect(openai?.outflow).toBe(out);
    expect(g.nodes.find((n) => n.id === 'amazon')?.members.map((m) => m.id)).toContain('aws');
  });

  it('takes the view options as query parameters', async () => {
    const value = await get<GraphJson>('/api/graph?view=value');
    expect(value.edges.some((e) => e.asset === 'equity')).toBe(true);
    const low = await get<GraphJson>('/api/graph?policy=low');
    expect(low.edges.find((e) => e.dealId === 'openai-oracle-2025')?.amount).toBe(270e9);
    const flat = await get<GraphJson>('/api/graph?rollup=false');
    expect(flat.nodes.some((n) => n.id === 'aws')).toBe(true);
    const rumours = await get<GraphJson>('/api/graph?statuses=rumoured,in_talks');
    expect(rumours.edges.every((e) => e.status === 'rumoured' || e.status === 'in_talks')).toBe(
      true,
    );
    const equity = await get<GraphJson>('/api/graph?types=equity_investment');
    expect(Object.keys(equity.deals).length).toBeGreaterThan(0);
  });

  it('drops a deal before the date it was first reported (as of)', async () => {
    const before = await get<GraphJson>('/api/graph?asOf=2025-06-01');
    const after = await get<GraphJson>('/api/graph?asOf=2025-10-01');
    expect(before.edges.some((e) => e.dealId === 'openai-oracle-2025')).toBe(false);
    expect(after.edges.some((e) => e.dealId === 'openai-oracle-2025')).toBe(true);
  });
});

describe('loops', () => {
  it('finds the press loops, ranked by circular amount, with legs and their sources', async () => {
    const l = await get<LoopsJson>('/api/loops');
    const ids = l.loops.map((x) => x.id);
    expect(ids).toContain('nvidia>openai>oracle');
    expect(ids).toContain('microsoft>openai');
    // Fully disclosed loops first, then those with a leg of unknown size, then undisclosed; largest first in each.
    const tier = (x: { amount: number | null; partial: boolean }) =>
      x.amount === null ? 2 : x.partial ? 1 : 0;
    const order = l.loops.map((x) => [tier(x), -(x.amount ?? 0)] as const);
    expect([...order].sort((a, b) => a[0] - b[0] || a[1] - b[1])).toEqual(order);
    expect(l.loops[0]?.partial).toBe(false);
    const nor = l.loops.find((x) => x.id === 'nvidia>openai>oracle')!;
    expect(nor.hops.map((h) => `${h.from}>${h.to}`)).toEqual([
      'nvidia>openai',
      'openai>oracle',
      'oracle>nvidia',
    ]);
    for (const leg of nor.hops.flatMap((h) => h.legs)) {
      expect(l.deals[leg.dealId]?.sources.length).toBeGreaterThan(0);
    }
    expect(l.count).toBe(l.loops.length);
  });

  it('limits, filters through a company and caps the length', async () => {
    const two = await get<LoopsJson>('/api/loops?limit=2');
    expect(two.loops.length).toBe(2);
    expect(two.count).toBeGreaterThan(2);
    const ms = await get<LoopsJson>('/api/loops?through=Microsoft');
    expect(ms.loops.every((x) => x.id.split('>').includes('microsoft'))).toBe(true);
    const short = await get<LoopsJson>('/api/loops?maxLength=2');
    expect(short.loops.every((x) => x.hops.length === 2)).toBe(true);
  });
});

describe('diff', () => {
  it('lists deals added between two dates', async () => {
    const d = await get<{ added: { id: string }[] }>('/api/diff?from=2025-06-01&to=2025-10-01');
    expect(d.added.map((x) => x.id)).toContain('openai-oracle-2025');
  });
});

describe('company', () => {
  it('shows exposure: money in and out by counterparty and type, concentration, circular share, commitments per year', async () => {
    const c = await get<{
      company: { id: string; name: string };
      node: string;
      inflow: {
        total: number;
        byCounterparty: { id: string; amount: number; share: number }[];
        byType: { type: string; amount: number }[];
        topShare: number;
      };
      concentration: { id: string; share: number } | null;
      circular: { share: number } | null;
      schedule: { years: { year: number; incoming: number; outgoing: number }[] };
      loops: { count: number; top: { id: string }[] };
      deals: { id: string }[];
    }>('/api/companies/Oracle');
    expect(c.company.id).toBe('oracle');
    const openai = c.inflow.byCounterparty.find((r) => r.id === 'openai');
    expect(openai?.amount).toBeGreaterThanOrEqual(300e9);
    expect(
      c.inflow.byType.find((t) => t.type === 'compute_purchase')?.amount,
    ).toBeGreaterThanOrEqual(300e9);
    expect(c.inflow.total).toBe(c.inflow.byCounterparty.reduce((s, r) => s + r.amount, 0));
    expect(c.concentration?.id).toBe('openai');
    expect(c.concentration?.share).toBe(c.inflow.topShare);
    expect(c.concentration?.share).toBeGreaterThan(0.5);
    expect(c.circular?.share).toBeGreaterThan(0);
    expect(c.circular?.share).toBeLessThanOrEqual(1);
    expect(c.schedule.years.some((y) => y.year >= 2027 && y.incoming > 0)).toBe(true);
    expect(c.loops.top.map((l) => l.id)).toContain('nvidia>openai>oracle');
    expect(c.deals.map((d) => d.id)).toContain('openai-oracle-2025');
  });

  it('counts a subsidiary under its parent when rolled up, alone when not', async () => {
    const rolled = await get<{ node: string; subsidiaries: { id: string }[] }>(
      '/api/companies/amazon',
    );
    expect(rolled.node).toBe('amazon');
    expect(rolled.subsidiaries.map((s) => s.id)).toContain('aws');
    const viaChild = await get<{ node: string }>('/api/companies/aws');
    expect(viaChild.node).toBe('amazon');
    const aws = await get<{ node: string }>('/api/companies/aws?rollup=false');
    expect(aws.node).toBe('aws');
  });
});

describe('answer caching', () => {
  it('tags answers, answers 304 to a matching If-None-Match, and gzips when asked', async () => {
    const first = await app.request('/api/graph?view=value');
    const etag = first.headers.get('etag');
    expect(etag).toMatch(/^"[\w-]{20,}"$/);
    const again = await app.request('/api/graph?view=value', {
      headers: { 'If-None-Match': etag! },
    });
    expect(again.status).toBe(304);
    const zipped = await app.request('/api/graph?view=value', {
      headers: { 'Accept-Encoding': 'gzip, br' },
    });
    expect(zipped.headers.get('content-encoding')).toBe('gzip');
    const { gunzipSync } = await import('node:zlib');
    const plain = await first.text();
    expect(gunzipSync(new Uint8Array(await zipped.arrayBuffer())).toString('utf8')).toBe(plain);
    expect(JSON.parse(plain).edges.length).toBeGreaterThan(0);
  });
});
