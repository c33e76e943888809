import { describe, it, expect } from 'vitest';
import { makeAmount } from '../core/amount.js';
import type { Deal } from '../core/deal.js';
import type { Entity } from '../core/entity.js';
import { InputError } from '../core/errors.js';
import ai from '../../test/fixtures/graphs/ai-small.json' with { type: 'json' };
import { buildGraphView } from './graph-view.js';

const fixture = ai as unknown as { entities: Entity[]; deals: Deal[] };
const { deals, entities } = fixture;
const deal = (id: string) => deals.find((d) => d.id === id)!;
const edgesOf = (view: ReturnType<typeof buildGraphView>, dealId: string) => view.edges.filter((e) => e.dealId === dealId);

describe('buildGraphView', () => {
  it('keeps cash legs in the money view and every leg in the value view', () => {
    const money = buildGraphView(deals, entities);
    const value = buildGraphView(deals, entities, { view: 'value' });
    expect(money.edges.every((e) => e.asset === 'cash')).toBe(true);
    expect(edgesOf(money, 'openai-amd-chips').map((e) => `${e.from}>${e.to}`)).toEqual(['openai>amd']);
    expect(edgesOf(value, 'openai-amd-chips').map((e) => `${e.from}>${e.to}:${e.asset}`).sort()).toEqual([
      'amd>openai:hardware', 'openai>amd:cash',
    ]);
    expect(money.dropped.asset).toBeGreaterThan(0);
    expect(value.dropped.asset).toBe(0);
  });

  it('includes announced or firmer by default and counts what it drops', () => {
    const view = buildGraphView(deals, entities);
    expect(edgesOf(view, 'amazon-openai-talks')).toEqual([]);
    expect(view.dropped.status).toBe(1);
    const all = buildGraphView(deals, entities, { statuses: ['in_talks', 'announced', 'signed', 'completed'] });
    expect(edgesOf(all, 'amazon-openai-talks')).toHaveLength(1);
  });

  it('rolls subsidiaries up into their parent on request', () => {
    const rolled = buildGraphView(deals, entities);
    const [leg] = edgesOf(rolled, 'anthropic-aws-compute');
    expect(leg).toMatchObject({ from: 'anthropic', to: 'amazon', via: { from: 'anthropic', to: 'aws' } });
    expect(rolled.nodes).not.toContain('aws');
    expect(rolled.rolledUp.get('aws' as never)).toBe('amazon');
    const flat = buildGraphView(deals, entities, { rollup: false });
    expect(edgesOf(flat, 'anthropic-aws-compute')[0]).toMatchObject({ to: 'aws' });
    expect(edgesOf(flat, 'anthropic-aws-compute')[0]?.via).toBeUndefined();
  });

  it('reads each amount interval under the policy, exactly, and keeps both ends', () => {
    const stated = buildGraphView(deals, entities);
    expect(edgesOf(stated, 'openai-oracle-compute')[0]).toMatchObject({
      amount: 300_000_000_000n, low: 270_000_000_000n, high: 330_000_000_000n, term: 'P5Y',
    });
    expect(edgesOf(stated, 'nvidia-openai-investment')[0]).toMatchObject({ amount: 100_000_000_000n, low: 0n });
    const low = buildGraphView(deals, entities, { policy: 'low' });
    expect(edgesOf(low, 'openai-oracle-compute')[0]?.amount).toBe(270_000_000_000n);
    expect(edgesOf(stated, 'anthropic-aws-compute')[0]?.amount).toBeNull();
  });

  it('counts may-be-zero as 0 under the low policy', () => {
    const d = deal('microsoft-openai-investment');
    const amount = makeAmount('exact', '13000000000', '$13 billion or nothing', { mayBeZero: true });
    const changed = { ...d, amount, legs: d.legs.map((l) => (l.amount ? { ...l, amount } : l)) };
    expect(buildGraphView([changed], entities, { policy: 'low' }).edges[0]?.amount).toBe(0n);
    expect(buildGraphView([changed], entities, { policy: 'high' }).edges[0]?.amount).toBe(13_000_000_000n);
  });

  it('shows the graph as known on a date, replaying statuses', () => {
    const early = buildGraphView(deals, entities, { asOf: '2023-06-30' });
    expect(early.edges.map((e) => e.dealId)).toEqual(['microsoft-openai-investment']);
    expect(early.edges[0]?.status).toBe('announced');
    expect(buildGraphView(deals, entities, { asOf: '2024' }).edges.find((e) => e.dealId === 'microsoft-openai-investment')?.status).toBe('completed');
  });

  it('keeps legs whose dates overlap the window and drops undated ones', () => {
    const view = buildGraphView(deals, entities, { window: { from: '2026' } });
    const ids = new Set<string | null>(view.edges.map((e) => e.dealId));
    expect(ids.has('openai-oracle-compute')).toBe(true); // 2027–2031
    expect(ids.has('nvidia-coreweave-capacity')).toBe(true); // 2025-09 to 2032-04
    expect(ids.has('microsoft-openai-investment')).toBe(false); // 2019–2023
    expect(ids.has('openai-azure-commitment')).toBe(false); // reported 2025-10, no term
    const narrow = buildGraphView(deals, entities, { window: { from: '2023-01', to: '2023-01' } });
    expect(narrow.edges.map((e) => e.dealId)).toEqual(['microsoft-openai-investment']);
  });

  it('filters by deal type and drops undisclosed legs on request', () => {
    const chips = buildGraphView(deals, entities, { types: ['hardware_purchase'] });
    expect(new Set(chips.edges.map((e) => e.type))).toEqual(new Set(['hardware_purchase']));
    const disclosed = buildGraphView(deals, entities, { includeUndisclosed: false });
    expect(disclosed.edges.every((e) => e.amount !== null)).toBe(true);
    expect(disclosed.dropped.undisclosed).toBe(1);
  });

  it('treats amounts in another currency as undisclosed', () => {
    const d = deal('microsoft-openai-investment');
    const eur = makeAmount('exact', '5000000000', '€5 billion', { currency: 'EUR' });
    const changed = { ...d, legs: d.legs.map((l) => (l.amount ? { ...l, amount: eur } : l)) };
    const view = buildGraphView([changed], entities);
    expect(view.edges[0]).toMatchObject({ amount: null, low: null, high: null });
    expect(view.dropped.currency).toBe(1);
  });

  it('drops legs that become self-loops after roll-up', () => {
    const d = deal('anthropic-aws-compute');
    const internal = { ...d, legs: d.legs.map((l) => ({ ...l, from: 'amazon' as never, to: 'aws' as never })) };
    const view = buildGraphView([internal], entities, { view: 'value' });
    expect(view.edges).toEqual([]);
    expect(view.dropped.selfLoop).toBe(2);
  });

  it('rejects bad options with InputError', () => {
    const bad = [
      { asOf: '2025-13-01' }, { statuses: ['maybe' as never] }, { view: 'both' as never }, { policy: 'mid' as never },
      { window: { from: '2026', to: '2025' } }, { types: ['gift' as never] }, { currency: 'usd' },
    ];
    for (const options of bad) {
      expect(() => buildGraphView(deals, entities, options)).toThrow(InputError);
    }
  });

  it('is deterministic whatever the order of the deals', () => {
    const a = buildGraphView(deals, entities);
    const b = buildGraphView([...deals].reverse(), entities);
    expect(b.edges).toEqual(a.edges);
    expect(b.nodes).toEqual(a.nodes);
  });
});
