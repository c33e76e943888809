import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { byTok, sortSmall } from './small-sort.js';

describe('sortSmall', () => {
  it('orders by token and keeps ties in their order', () => {
    const list = [{ tok: 3, id: 'a' }, { tok: 1, id: 'b' }, { tok: 3, id: 'c' }, { tok: 1, id: 'd' }];
    expect(sortSmall(list, byTok).map((x) => x.id)).toEqual(['b', 'd', 'a', 'c']);
  });

  it('gives what Array.prototype.sort gives', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ tok: fc.integer({ min: 0, max: 12 }), id: fc.nat() }), { maxLength: 200 }), (list) => {
        const cmp = (a: { tok: number; id: number }, b: { tok: number; id: number }) => byTok(a, b) || (a.id % 3) - (b.id % 3);
        expect(sortSmall([...list], cmp)).toEqual([...list].sort(cmp));
      }),
    );
  });

  it('sorts a long reversed list in place, stably (the built-in path)', () => {
    const list = Array.from({ length: 5000 }, (_, i) => ({ tok: Math.floor((5000 - i) / 2), id: i }));
    const out = sortSmall(list, byTok);
    expect(out).toBe(list);
    expect(out[0]).toEqual({ tok: 0, id: 4999 });
    expect(out.slice(1, 3).map((x) => x.id)).toEqual([4997, 4998]);
  });
});
