import fc from 'fast-check';
import { describe, it, expect } from 'vitest';
import { InputError } from '../core/errors.js';
import { type EntityId, entityId } from '../core/ids.js';
import { debtRank } from './debt-rank.js';
import { type EdgeRow, graphFromEdgeList } from './edge-list.js';

const row = (from: string, to: string, amount: number): EdgeRow => ({ from, to, amount: BigInt(amount) });
const shock = (id: string, paid: number) => new Map<EntityId, number>([[entityId(id), paid]]);

describe('debtRank', () => {
  it('spreads distress from a debtor to its creditors, in steps', () => {
    // b's equity (its net claims) is 50 and its claim on a 100, so a's distress passes on in full.
    const v = graphFromEdgeList([row('a', 'b', 100), row('b', 'c', 50), row('c', 'x', 1)]);
    const r = debtRank(v, shock('a', 0.5));
    const d = new Map<string, (typeof r.companies)[number]>(r.companies.map((c) => [c.id, c]));
    expect(d.get('a')).toMatchObject({ distress: 0.5, step: 0 });
    expect(d.get('b')).toMatchObject({ distress: 0.5, step: 1 });
    expect(d.get('c')).toMatchObject({ distress: 0.5, step: 2 });
    expect(d.get('x')).toMatchObject({ distress: 0.5, step: 3 });
    const buffered = debtRank(v, shock('a', 0.5), { buffer: 3 });
    // b now holds 50 + 3·50 = 200 of equity: a claim of 100 at half distress costs it a quarter.
    expect(buffered.companies.find((c) => c.id === 'b')?.distress).toBeCloseTo(0.25, 12);
    expect(r.steps).toBe(3);
    expect(r.debtRank).toBeGreaterThan(0);
  });

  it('propagates each company once, so loops end', () => {
    const v = graphFromEdgeList([row('a', 'b', 10), row('b', 'a', 10)]);
    const r = debtRank(v, shock('a', 0.9), { buffer: 1 });
    expect(r.companies.every((c) => c.distress >= 0 && c.distress <= 1)).toBe(true);
    expect(r.steps).toBe(1);
  });

  it('stays at zero without a shock and within 0..1 always', () => {
    const graphs = fc.array(fc.tuple(fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 6 }), fc.integer({ min: 1, max: 100 })), { minLength: 1, maxLength: 20 })
      .map((rows) => graphFromEdgeList(rows.map(([a, b, x]) => row(`n${a}`, `n${b}`, x))))
      .filter((v) => v.nodes.length > 0);
    fc.assert(
      fc.property(graphs, fc.double({ min: 0, max: 1, noNaN: true }), (v, paid) => {
        expect(debtRank(v, new Map()).debtRank).toBe(0);
        const r = debtRank(v, new Map([[v.nodes[0]!, paid]]));
        for (const c of r.companies) expect(c.distress >= 0 && c.distress <= 1).toBe(true);
        expect(r.debtRank).toBeGreaterThanOrEqual(-1e-12);
      }),
    );
    expect(() => debtRank(graphFromEdgeList([row('a', 'b', 1)]), shock('q', 0.5))).toThrow(InputError);
  });
});
