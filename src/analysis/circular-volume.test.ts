import fc from 'fast-check';
import { describe, it, expect } from 'vitest';
import ai from '../../test/fixtures/graphs/ai-small.json' with { type: 'json' };
import type { Deal } from '../core/deal.js';
import type { Entity } from '../core/entity.js';
import { DataError } from '../core/errors.js';
import { circularVolume, circularVolumeRange } from './circular-volume.js';
import { type EdgeRow, graphFromEdgeList } from './edge-list.js';
import { buildGraphView } from './graph-view.js';

const fixture = ai as unknown as { entities: Entity[]; deals: Deal[] };
const row = (from: string, to: string, amount: number | null): EdgeRow => ({ from, to, amount: amount === null ? null : BigInt(amount) });

const edgeRows = fc.array(
  fc.tuple(fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 6 }), fc.option(fc.integer({ min: 0, max: 1000 }), { nil: null })),
  { maxLength: 25 },
);

describe('circularVolume', () => {
  it('clears the longer loop when a two-cycle would block it', () => {
    const v = circularVolume(graphFromEdgeList([row('a', 'b', 10), row('b', 'c', 10), row('c', 'a', 10), row('b', 'a', 10)]));
    expect(v).toMatchObject({ gross: 40n, cleared: 30n, remaining: 10n, net: 10n, circularShare: 0.75 });
    expect(v.flows.map((f) => `${f.from}>${f.to}:${f.cleared}`)).toEqual(['a>b:10', 'b>a:0', 'b>c:10', 'c>a:10']);
    expect(v.perCompany.find((c) => c.id === 'a')).toMatchObject({ inflow: 20n, outflow: 10n, clearedInflow: 10n, share: 0.5 });
  });

  it('merges parallel legs, skips undisclosed ones and clears nothing without loops', () => {
    const v = circularVolume(graphFromEdgeList([row('a', 'b', 3), row('a', 'b', 4), row('b', 'a', 9), row('b', 'c', null)]));
    expect(v).toMatchObject({ gross: 16n, cleared: 14n, undisclosedLegs: 1 });
    expect(circularVolume(graphFromEdgeList([row('a', 'b', 3), row('b', 'c', 4)]))).toMatchObject({ cleared: 0n, circularShare: 0 });
    expect(circularVolume(graphFromEdgeList([]))).toMatchObject({ gross: 0n, cleared: 0n, perCompany: [], flows: [] });
  });

  it('never changes a net position and never raises an edge', () => {
    fc.assert(
      fc.property(edgeRows, (rows) => {
        const v = circularVolume(graphFromEdgeList(rows.map(([a, b, x]) => row(`n${a}`, `n${b}`, x))));
        const balance = new Map<string, bigint>();
        let total = 0n;
        for (const f of v.flows) {
          expect(f.cleared >= 0n && f.cleared <= f.gross).toBe(true);
          balance.set(f.from, (balance.get(f.from) ?? 0n) - f.cleared);
          balance.set(f.to, (balance.get(f.to) ?? 0n) + f.cleared);
          total += f.cleared;
        }
        for (const b of balance.values()) expect(b).toBe(0n);
        expect(total).toBe(v.cleared);
        expect(v.net <= v.remaining && v.remaining === v.gross - v.cleared).toBe(true);
        for (const c of v.perCompany) expect(c.clearedInflow <= c.inflow).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('clears at least every two-cycle and every disjoint loop', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 1, max: 100 }), fc.integer({ min: 1, max: 100 })), { maxLength: 6 }), (pairs) => {
        // Disjoint two-cycles clear exactly twice their smaller side.
        const rows = pairs.flatMap(([x, y], i) => [row(`a${i}`, `b${i}`, x), row(`b${i}`, `a${i}`, y)]);
        const want = pairs.reduce((s, [x, y]) => s + 2n * BigInt(Math.min(x, y)), 0n);
        expect(circularVolume(graphFromEdgeList(rows)).cleared).toBe(want);
      }),
    );
  });

  it('brackets the cleared amount between the low and high ends of the intervals', () => {
    const view = buildGraphView(fixture.deals, fixture.entities);
    const { low, high } = circularVolumeRange(view);
    const stated = circularVolume(view);
    expect(low.cleared <= stated.cleared && stated.cleared <= high.cleared).toBe(true);
    expect(stated.cleared).toBeGreaterThan(0n);
    fc.assert(
      fc.property(edgeRows, fc.array(fc.integer({ min: 0, max: 500 }), { minLength: 25, maxLength: 25 }), (rows, widen) => {
        const lowView = graphFromEdgeList(rows.map(([a, b, x]) => row(`n${a}`, `n${b}`, x)));
        const edges = lowView.edges.map((e, i) => (e.amount === null ? e : { ...e, high: e.amount + BigInt(widen[i]!) }));
        const r = circularVolumeRange({ ...lowView, edges });
        expect(r.low.cleared <= r.high.cleared).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('refuses sums beyond exact double arithmetic', () => {
    const huge = 2n ** 52n;
    const view = graphFromEdgeList([{ from: 'a', to: 'b', amount: huge }, { from: 'b', to: 'a', amount: huge }]);
    expect(() => circularVolume(view)).toThrow(DataError);
  });
});
