import { describe, it, expect } from 'vitest';
import { InputError } from '../core/errors.js';
import { entityId } from '../core/ids.js';
import { type EdgeRow, graphFromEdgeList } from './edge-list.js';
import { findLoops } from './find-loops.js';

const row = (from: string, to: string, amount: number | null, date?: string): EdgeRow => ({
  from, to, amount: amount === null ? null : BigInt(amount), ...(date ? { date } : {}),
});

describe('findLoops', () => {
  it('reports a node sequence once, with parallel legs summed per hop', () => {
    const view = graphFromEdgeList([row('a', 'b', 10), row('a', 'b', 5), row('b', 'c', 20), row('c', 'a', 30), row('b', 'a', 1)]);
    const loops = findLoops(view);
    expect(loops.map((l) => [l.id, l.amount])).toEqual([['a>b>c', 15n], ['a>b', 1n]]);
    expect(loops[0]?.hops.map((h) => h.legs.length)).toEqual([2, 1, 1]);
    expect(loops[0]?.legs).toHaveLength(4);
  });

  it('starts every loop at its smallest id', () => {
    const loops = findLoops(graphFromEdgeList([row('z', 'm', 1), row('m', 'b', 1), row('b', 'z', 1)]));
    expect(loops[0]?.id).toBe('b>z>m');
    expect(loops[0]?.nodes).toEqual(['b', 'z', 'm']);
  });

  it('drops hops below the minimum amount but keeps undisclosed ones', () => {
    const view = graphFromEdgeList([row('a', 'b', 100), row('b', 'a', 50), row('b', 'c', null), row('c', 'a', 100)]);
    expect(findLoops(view, { minAmount: 60n }).map((l) => l.id)).toEqual(['a>b>c']);
    const partial = findLoops(view, { minAmount: 60 })[0]!;
    expect(partial).toMatchObject({ amount: 100n, partial: true, undisclosedHops: 1 });
  });

  it('bounds the length and the number of loops', () => {
    const ring = (n: number) => Array.from({ length: n }, (_, i) => row(`n${i}`, `n${(i + 1) % n}`, 1));
    expect(findLoops(graphFromEdgeList(ring(7)))).toEqual([]);
    expect(findLoops(graphFromEdgeList(ring(7)), { maxLength: 7 })).toHaveLength(1);
    const dense = graphFromEdgeList(['a', 'b', 'c', 'd'].flatMap((x) => ['a', 'b', 'c', 'd'].map((y) => row(x, y, 1))));
    expect(findLoops(dense, { limit: 3 })).toHaveLength(3);
    expect(() => findLoops(dense, { maxCycles: 5 })).toThrow(InputError);
    for (const bad of [{ maxLength: 1 }, { maxLength: 2.5 }, { minAmount: -1n }, { limit: -1 }, { temporal: { windowDays: -3 } }]) {
      expect(() => findLoops(dense, bad)).toThrow(InputError);
    }
  });

  it('keeps only loops that run in date order within the window in temporal mode', () => {
    const view = graphFromEdgeList([
      row('a', 'b', 10, '2025-01-01'), row('b', 'c', 10, '2025-01-10'), row('c', 'a', 10, '2025-01-20'), // in order
      row('c', 'd', 10, '2025-03-01'), row('d', 'c', 10, '2025-02-01'), // in order from d
      row('a', 'e', 10, '2025-05-01'), row('e', 'a', 10, '2024-01-01'), row('e', 'a', 10, '2025-05-01'), // same day via a parallel leg
    ]);
    expect(findLoops(view, { temporal: { windowDays: 30 } }).map((l) => l.id).sort()).toEqual(['a>b>c', 'a>e', 'c>d']);
    expect(findLoops(view, { temporal: { windowDays: 15 } }).map((l) => l.id).sort()).toEqual(['a>e']);
    expect(findLoops(view, { temporal: { windowDays: 30, strict: true } }).map((l) => l.id).sort()).toEqual(['a>b>c', 'c>d']);
  });

  it('filters loops through one company', () => {
    const view = graphFromEdgeList([row('a', 'b', 1), row('b', 'a', 1), row('c', 'd', 1), row('d', 'c', 1)]);
    expect(findLoops(view, { through: entityId('d') }).map((l) => l.id)).toEqual(['c>d']);
    expect(findLoops(view, { through: entityId('nobody') })).toEqual([]);
  });

  it('reports the span, weakest hop and sources', () => {
    const view = graphFromEdgeList([
      { from: 'a', to: 'b', amount: 5n, date: '2024-03', status: 'announced' },
      { from: 'b', to: 'a', amount: 7n, date: '2025-06-02' },
      { from: 'b', to: 'a', amount: 1n, date: '2023', status: 'rumoured' },
    ]);
    const [loop] = findLoops(view);
    expect(loop).toMatchObject({ span: { from: '2023', to: '2025-06-02' }, weakestStatus: 'announced', amount: 5n, sourceCount: 0 });
    expect(loop?.hops[1]).toMatchObject({ status: 'signed', amount: 8n });
  });
});
