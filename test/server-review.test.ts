/** Ingest and review through the API: a pasted seed article becomes claims, then accepted deals on the map. */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Hono } from 'hono';
import { acceptClaim } from '../src/ledger/review.js';
import { createApp } from '../src/server/app.js';
import { type TestLedger, openTestLedger, steppingClock } from './fixtures/web/test-ledger.js';

const SEED = readFileSync(
  new URL('./fixtures/web/seed-amazon-openai.txt', import.meta.url),
  'utf8',
);
const HOSTILE = readFileSync(
  new URL('./fixtures/web/hostile-article.txt', import.meta.url),
  'utf8',
);

let t: TestLedger;
let app: Hono;

beforeAll(async () => {
  t = await openTestLedger({ now: steppingClock() });
  app = createApp({ ledger: t.ledger, webDir: null });
});
afterAll(async () => t.close());

async function post<T = Record<string, unknown>>(
  path: string,
  body: unknown,
  status = 200,
): Promise<T> {
  const res = await app.request(path, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  const json = (await res.json()) as T;
  expect(res.status, `${path}: ${JSON.stringify(json).slice(0, 300)}`).toBe(status);
  return json;
}
const get = async <T>(path: string): Promise<T> => (await (await app.request(path)).json()) as T;

interface Claim {
  id: string;
  review: string;
  status: string;
  type: string;
  amount: { text: string } | null;
  from: { id: string };
  to: { id: string };
  evidence: { quote: string; before: string; after: string }[];
}
interface Inbox {
  count: number;
  items: {
    claim: Claim & { document: { id: string } | null };
    suggestedDeal: { id: string; title: string } | null;
  }[];
  documents: Record<string, { text: string; outlet: string | null }>;
}
interface Graph {
  edges: { dealId: string }[];
}
interface Action {
  action: { id: string; kind: string };
  deal: { id: string; status: string; version: number } | null;
}

describe('ingest', () => {
  it('turns a pasted seed article into claims awaiting review, with evidence in context', async () => {
    const r = await post<{
      items: { kind: string; document: { id: string; publishedAt: string }; claims: Claim[] }[];
    }>('/api/ingest', { text: SEED, outlet: 'Reuters' });
    const item = r.items[0]!;
    expect(item.kind).toBe('stored');
    expect(item.document.publishedAt).toBe('2025-12-17');
    expect(item.claims.length).toBeGreaterThan(3);
    expect(item.claims.every((c) => c.review === 'unreviewed')).toBe(true);
    const amazon = item.claims.find(
      (c) => c.from.id === 'amazon' && c.to.id === 'openai' && c.type === 'equity_investment',
    );
    expect(amazon?.amount?.text).toBe('more than $10 billion');
    expect(amazon?.evidence[0]?.quote).toContain('$10 billion');
    expect(SEED).toContain(
      `${amazon?.evidence[0]?.before ?? ''}${amazon?.evidence[0]?.quote ?? ''}`,
    );
  });

  it('stores the same article once', async () => {
    const r = await post<{ items: { kind: string }[] }>('/api/ingest', { text: SEED });
    expect(r.items[0]?.kind).toBe('duplicate');
  });

  it('keeps hostile markup as text, byte for byte', async () => {
    const r = await post<{ items: { document: { id: string } }[] }>('/api/ingest', {
      text: HOSTILE,
      publishedAt: '2025-11-04',
    });
    const doc = await get<{ text: string }>(`/api/documents/${r.items[0]!.document.id}`);
    expect(doc.text).toContain('<script>window.__pwned = true; alert("x")</script>');
    expect(doc.text).toContain('<img src=x onerror="window.__pwned = true">');
  });

  it('refuses an empty paste and a body without text or url', async () => {
    const empty = await post<{ error: { code: string } }>('/api/ingest', { text: '   ' }, 400);
    expect(empty.error.code).toBe('invalid_input');
    const none = await post<{ error: { code: string } }>('/api/ingest', {}, 400);
    expect(none.error.code).toBe('invalid_input');
  });
});

describe('review', () => {
  it('lists the inbox with each article once, full text included', async () => {
    const inbox = await get<Inbox>('/api/review/inbox');
    expect(inbox.count).toBeGreaterThan(3);
    const docIds = new Set(inbox.items.map((i) => i.claim.document?.id));
    for (const id of docIds) expect(inbox.documents[id!]?.text.length).toBeGreaterThan(100);
  });

  it('accepting a claim puts its deal on the map; undo takes it off again', async () => {
    const inbox = await get<Inbox>('/api/review/inbox');
    const before = await get<Graph>(
      '/api/graph?statuses=in_talks,announced,signed,completed,amended',
    );
    const onMap = new Set(before.edges.map((e) => e.dealId));
    const pick = inbox.items.find(
      (i) =>
        i.suggestedDeal &&
        !onMap.has(i.suggestedDeal.id) &&
        i.claim.from.id &&
        i.claim.to.id &&
        ['in_talks', 'announced', 'signed', 'completed'].includes(i.claim.status),
    );
    expect(pick, 'a claim founding a new deal').toBeDefined();
    const dealId = pick!.suggestedDeal!.id;
    const accepted = await post<Action>(
      `/api/review/claims/${encodeURIComponent(pick!.claim.id)}/accept`,
      {},
    );
    expect(accepted.action.kind).toBe('review.accept');
    expect(accepted.deal?.id).toBe(dealId);
    const after = await get<Graph>(
      '/api/graph?statuses=in_talks,announced,signed,completed,amended&view=value',
    );
    expect(after.edges.some((e) => e.dealId === dealId)).toBe(true);
    const inboxAfter = await get<Inbox>('/api/review/inbox');
    expect(inboxAfter.count).toBe(inbox.count - 1);
    const undone = await post<Action>(
      `/api/review/actions/${encodeURIComponent(accepted.action.id)}/undo`,
      {},
    );
    expect(undone.action.kind).toBe('undo.review.accept');
    const reverted = await get<Graph>(
      '/api/graph?statuses=in_talks,announced,signed,completed,amended&view=value',
    );
    expect(reverted.edges.some((e) => e.dealId === dealId)).toBe(false);
    const again = await post<{ error: { code: string } }>(
      `/api/review/actions/${encodeURIComponent(accepted.action.id)}/undo`,
      {},
      409,
    );
    expect(again.error.code).toBe('conflict');
  });

  it('rejects, edits with an amount phrase, and refuses a stale version', async () => {
    const inbox = await get<Inbox>('/api/review/inbox');
    const [a, b, c] = inbox.items.filter((i) => i.suggestedDeal);
    const rejected = await post<Action>(
      `/api/review/claims/${encodeURIComponent(a!.claim.id)}/reject`,
      {},
    );
    expect(rejected.action.kind).toBe('review.reject');
    const claim = await get<Claim>(`/api/claims/${encodeURIComponent(a!.claim.id)}`);
    expect(claim.review).toBe('rejected');

    const edited = await post<Action>(
      `/api/review/claims/${encodeURIComponent(b!.claim.id)}/edit`,
      { patch: { amount: 'about $12 billion', status: 'signed' } },
    );
    expect(edited.action.kind).toBe('review.edit');
    const history = await get<{ actions: { kind: string }[] }>('/api/review/history');
    expect(history.actions.slice(0, 2).map((x) => x.kind)).toEqual([
      'review.edit',
      'review.reject',
    ]);

    const badAmount = await post<{ error: { code: string } }>(
      `/api/review/claims/${encodeURIComponent(c!.claim.id)}/edit`,
      { patch: { amount: 'a lot' } },
      400,
    );
    expect(badAmount.error.code).toBe('invalid_input');
    const stale = await post<{ error: { code: string; details: { actualVersion: number } } }>(
      `/api/review/claims/${encodeURIComponent(c!.claim.id)}/accept`,
      { expectedVersion: 999 },
      409,
    );
    expect(stale.error.code).toBe('conflict');
    expect(stale.error.details.actualVersion).toBeGreaterThan(0);
  });

  it('merges a claim into another deal and splits it out again', async () => {
    const inbox = await get<Inbox>('/api/review/inbox');
    const item = inbox.items.find((i) => i.suggestedDeal)!;
    const merged = await post<Action>(
      `/api/review/claims/${encodeURIComponent(item.claim.id)}/merge`,
      { dealId: 'openai-oracle-2025' },
    );
    expect(merged.deal?.id).toBe('openai-oracle-2025');
    const split = await post<Action>(
      `/api/review/claims/${encodeURIComponent(item.claim.id)}/split`,
      {},
    );
    expect(split.deal?.id).not.toBe('openai-oracle-2025');
    const missing = await post<{ error: { code: string } }>(
      `/api/review/claims/${encodeURIComponent(item.claim.id)}/merge`,
      { dealId: 'no-such-deal' },
      404,
    );
    expect(missing.error.code).toBe('not_found');
  });

  it('records review through the API as "web", not as whoever opened the ledger', async () => {
    const inbox = await get<Inbox>('/api/review/inbox');
    const [first, second] = inbox.items.filter((i) => i.suggestedDeal);
    const merged = await post<Action>(
      `/api/review/claims/${encodeURIComponent(first!.claim.id)}/merge`,
      { dealId: 'openai-oracle-2025' },
    );
    const deal = await get<{ judgements: { claimId: string; user: string }[] }>(
      '/api/deals/openai-oracle-2025?includeUnreviewed=true',
    );
    expect(deal.judgements.find((j) => j.claimId === first!.claim.id)?.user).toBe('web');
    await post<Action>(`/api/review/actions/${encodeURIComponent(merged.action.id)}/undo`, {});
    const history = await get<{ actions: { id: string; kind: string; who: string }[] }>(
      '/api/review/history?limit=2',
    );
    expect(history.actions.map((a) => [a.kind, a.who])).toEqual([
      ['undo.review.merge', 'web'],
      ['review.merge', 'web'],
    ]);
    // The ledger API without an actor still records the ledger's own user (the CLI's "cli").
    const direct = await acceptClaim(t.ledger, second!.claim.id);
    expect([t.ledger.user, direct.action.who]).toEqual(['human:test', 'human:test']);
  });

  it('answers 404 for an unknown claim', async () => {
    const r = await post<{ error: { code: string } }>('/api/review/claims/nope/accept', {}, 404);
    expect(r.error.code).toBe('not_found');
  });
});

describe('ingest by address', () => {
  it('fetches an article from a URL and stores its claims', async () => {
    const { createServer } = await import('node:http');
    const page = `<!doctype html><html><head><title>Nvidia backs Mistral</title><meta property="article:published_time" content="2025-09-09"></head>
      <body><article><h1>Nvidia backs Mistral</h1><p>Nvidia will invest $2 billion in Mistral AI, the companies said on Tuesday, in a deal that values the French start-up at about $14 billion.</p>
      <p>The investment is part of a larger funding round led by European investors, people familiar with the matter said, and follows months of talks between the chipmaker and the Paris-based developer of open-weight language models.</p></article></body></html>`;
    const site = createServer((req, res) => {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      res.end(req.url === '/login' ? '<html><body><form>Sign in</form></body></html>' : page);
    });
    await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve));
    const port = (site.address() as { port: number }).port;
    try {
      const r = await post<{
        items: {
          kind: string;
          document?: { url: string | null; publishedAt: string | null };
          claims?: Claim[];
        }[];
      }>('/api/ingest', {
        url: `http://127.0.0.1:${port}/nvidia-mistral`,
      });
      expect(r.items[0]?.kind, JSON.stringify(r.items[0]).slice(0, 400)).toBe('stored');
      expect(r.items[0]?.document?.url).toBe(`http://127.0.0.1:${port}/nvidia-mistral`);
      expect(
        r.items[0]?.claims?.some(
          (c) => c.from.id === 'nvidia' && c.amount?.text.includes('$2 billion'),
        ),
      ).toBe(true);
      // A page with no article is one item with its error, not a failed request.
      const login = await post<{ items: { kind: string; error?: { code: string } }[] }>(
        '/api/ingest',
        { url: `http://127.0.0.1:${port}/login` },
      );
      expect(login.items[0]).toMatchObject({ kind: 'error', error: { code: 'extract' } });
    } finally {
      await new Promise<void>((resolve) => site.close(() => resolve()));
    }
  });
});
