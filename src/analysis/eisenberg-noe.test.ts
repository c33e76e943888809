import fc from 'fast-check';
import { describe, it, expect } from 'vitest';
import { InputError } from '../core/errors.js';
import { type EntityId, entityId } from '../core/ids.js';
import { type EdgeRow, graphFromEdgeList } from './edge-list.js';
import { eisenbergNoe } from './eisenberg-noe.js';

const row = (from: string, to: string, amount: number): EdgeRow => ({ from, to, amount: BigInt(amount) });
const shock = (pairs: [string, number][]) => new Map(pairs.map(([id, s]) => [entityId(id), s] as [EntityId, number]));
const graphs = fc.array(fc.tuple(fc.integer({ min: 0, max: 7 }), fc.integer({ min: 0, max: 7 }), fc.integer({ min: 1, max: 1000 })), { minLength: 1, maxLength: 25 })
  .map((rows) => graphFromEdgeList(rows.map(([a, b, x]) => row(`n${a}`, `n${b}`, x))))
  .filter((v) => v.nodes.length > 0);

describe('eisenbergNoe', () => {
  it('passes a shock down a chain, one round per step', () => {
    const v = graphFromEdgeList([row('a', 'b', 100), row('b', 'c', 100), row('c', 'd', 40)]);
    const r = eisenbergNoe(v, shock([['a', 0.5]]));
    expect(r.defaulted).toEqual(['a', 'b']);
    // c receives 50 and pays its 40 in full: the shock stops there.
    expect(r.companies.map((c) => [c.id, c.paid, c.round])).toEqual([['a', 50, 0], ['b', 50, 1], ['c', 40, null], ['d', 0, null]]);
    expect(r.rounds).toBe(1);
    expect(r.totalShortfall).toBe(100);
  });

  it('settles a loop with a leak at the fixed point', () => {
    // a owes b 100 and c 50; b owes a 100. b pays half: a gets 50 + 50 and pays 100 of 150.
    const v = graphFromEdgeList([row('a', 'b', 100), row('b', 'a', 100), row('a', 'c', 50)]);
    const r = eisenbergNoe(v, shock([['b', 0.5]]), { tolerance: 1e-9 });
    const paid = new Map<string, number>(r.companies.map((c) => [c.id, c.paid]));
    expect(paid.get('a')).toBeCloseTo(100, 6);
    expect(paid.get('b')).toBeCloseTo(50, 6);
    expect(r.converged).toBe(true);
  });

  it('pays everyone in full without a shock', () => {
    fc.assert(
      fc.property(graphs, (v) => {
        const r = eisenbergNoe(v, new Map());
        expect(r.defaulted).toEqual([]);
        expect(r.totalShortfall).toBe(0);
        for (const c of r.companies) expect(c.paid).toBe(c.obligations);
      }),
    );
  });

  it('ends at a clearing vector, and a harder shock never raises a payment', () => {
    fc.assert(
      fc.property(graphs, fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), (v, s1, s2) => {
        const target = v.nodes[0]!;
        const [soft, hard] = s1 >= s2 ? [s1, s2] : [s2, s1];
        const a = eisenbergNoe(v, new Map([[target, soft]]), { tolerance: 1e-9, maxIterations: 100_000 });
        const b = eisenbergNoe(v, new Map([[target, hard]]), { tolerance: 1e-9, maxIterations: 100_000 });
        const paidA = new Map(a.companies.map((c) => [c.id, c.paid]));
        for (const c of b.companies) expect(c.paid).toBeLessThanOrEqual(paidA.get(c.id)! + 1e-6);
        // Fixed point: paid = min(cap, external + received), external = max(0, owed − claims).
        const received = new Map<string, number>();
        const owed = new Map<string, number>();
        const claims = new Map<string, number>();
        for (const e of v.edges) {
          owed.set(e.from, (owed.get(e.from) ?? 0) + Number(e.amount));
          claims.set(e.to, (claims.get(e.to) ?? 0) + Number(e.amount));
        }
        const ratio = new Map(b.companies.map((c) => [c.id, c.ratio]));
        for (const e of v.edges) received.set(e.to, (received.get(e.to) ?? 0) + Number(e.amount) * ratio.get(e.from)!);
        for (const c of b.companies) {
          if (c.obligations === 0) continue;
          const cap = c.id === target ? hard * c.obligations : c.obligations;
          const external = Math.max(0, (owed.get(c.id) ?? 0) - (claims.get(c.id) ?? 0));
          expect(c.paid).toBeCloseTo(Math.min(cap, external + (received.get(c.id) ?? 0)), 4);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('rejects unknown companies and shares outside 0..1', () => {
    const v = graphFromEdgeList([row('a', 'b', 1)]);
    expect(() => eisenbergNoe(v, shock([['zz', 0.5]]))).toThrow(InputError);
    expect(() => eisenbergNoe(v, shock([['a', 1.5]]))).toThrow(InputError);
    expect(() => eisenbergNoe(v, new Map(), { maxIterations: 0 })).toThrow(InputError);
  });

  it('lets outside resources absorb a shock', () => {
    const v = graphFromEdgeList([row('a', 'b', 100), row('b', 'c', 100)]);
    const r = eisenbergNoe(v, shock([['a', 0.5]]), { external: new Map([[entityId('b'), 60n]]) });
    expect(r.defaulted).toEqual(['a']);
  });
});
