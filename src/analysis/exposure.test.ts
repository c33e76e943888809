import { describe, it, expect } from 'vitest';
import ai from '../../test/fixtures/graphs/ai-small.json' with { type: 'json' };
import type { Deal } from '../core/deal.js';
import type { Entity } from '../core/entity.js';
import { InputError } from '../core/errors.js';
import { entityId } from '../core/ids.js';
import { graphFromEdgeList } from './edge-list.js';
import { exposure } from './exposure.js';
import { buildGraphView } from './graph-view.js';

const fixture = ai as unknown as { entities: Entity[]; deals: Deal[] };
const B = 1_000_000_000n;

describe('exposure', () => {
  const view = buildGraphView(fixture.deals, fixture.entities);

  it('splits inflows by counterparty and type with concentration', () => {
    const oracle = exposure(view, entityId('oracle'));
    expect(oracle.inflow.total).toBe(300n * B);
    expect(oracle.inflow.byCounterparty.map((c) => [c.id, c.share])).toEqual([['openai', 1]]);
    expect(oracle.inflow).toMatchObject({ topShare: 1, hhi: 1 });
    const openai = exposure(view, entityId('openai'));
    expect(openai.inflow.byCounterparty.map((c) => [c.id, c.amount])).toEqual([['nvidia', 100n * B], ['microsoft', 13n * B]]);
    expect(openai.inflow.hhi).toBeCloseTo((100 / 113) ** 2 + (13 / 113) ** 2, 12);
    expect(openai.outflow.byType.map((t) => t.type)).toEqual(['compute_purchase', 'hardware_purchase']);
    expect(openai.outflow.byCounterparty[0]).toMatchObject({ id: 'oracle', amount: 300n * B });
  });

  it('measures vendor financing: inflow from companies it pays', () => {
    const openai = exposure(view, entityId('openai'));
    // OpenAI pays Microsoft (Azure) and Microsoft invested in it; Nvidia is not paid by OpenAI directly.
    expect(openai.vendorFinancedInflow).toBe(13n * B);
    expect(openai.vendorFinancedShare).toBeCloseTo(13 / 113, 12);
    const nvidia = exposure(view, entityId('nvidia'));
    // Nvidia receives from CoreWeave and Oracle, and pays CoreWeave.
    expect(nvidia.vendorFinancedInflow).toBe(7n * B);
  });

  it('counts undisclosed legs without amounts and rejects rolled-up ids', () => {
    const anthropic = exposure(view, entityId('anthropic'));
    expect(anthropic.outflow).toMatchObject({ total: 0n, legs: 1, undisclosedLegs: 1 });
    expect(anthropic.vendorFinancedInflow).toBe(8n * B);
    expect(() => exposure(view, entityId('aws'))).toThrow(InputError);
    expect(exposure(view, entityId('nobody'))).toMatchObject({ inflow: { total: 0n, legs: 0, topShare: 0, hhi: 0 } });
  });

  it('computes top-3 share over many counterparties', () => {
    const v = graphFromEdgeList([5, 4, 3, 2, 1].map((x, i) => ({ from: `c${i}`, to: 'hub', amount: BigInt(x) })));
    const e = exposure(v, entityId('hub'));
    expect(e.inflow.topShare).toBeCloseTo(5 / 15, 12);
    expect(e.inflow.top3Share).toBeCloseTo(12 / 15, 12);
  });
});
