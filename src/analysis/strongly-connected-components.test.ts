import fc from 'fast-check';
import { describe, it, expect } from 'vitest';
import { InputError } from '../core/errors.js';
import { graphFromEdgeList } from './edge-list.js';
import { stronglyConnectedComponents } from './strongly-connected-components.js';

const view = (pairs: [string, string][]) => graphFromEdgeList(pairs.map(([from, to]) => ({ from, to, amount: 1n })));

describe('stronglyConnectedComponents', () => {
  it('groups companies money can circle between, largest first', () => {
    const v = view([['a', 'b'], ['b', 'c'], ['c', 'a'], ['c', 'd'], ['d', 'e'], ['e', 'd'], ['f', 'a']]);
    expect(stronglyConnectedComponents(v)).toEqual([['a', 'b', 'c'], ['d', 'e'], ['f']]);
    expect(stronglyConnectedComponents(v, { minSize: 2 })).toEqual([['a', 'b', 'c'], ['d', 'e']]);
    expect(() => stronglyConnectedComponents(v, { minSize: 0 })).toThrow(InputError);
  });

  it('puts two nodes together exactly when each reaches the other', () => {
    const arb = fc.array(fc.tuple(fc.integer({ min: 0, max: 7 }), fc.integer({ min: 0, max: 7 })), { maxLength: 20 });
    fc.assert(
      fc.property(arb, (arcs) => {
        const v = view(arcs.map(([a, b]) => [`n${a}`, `n${b}`]));
        const reach = new Map(v.nodes.map((u) => [u, new Set([u])]));
        for (let changed = true; changed; ) {
          changed = false;
          for (const e of v.edges) {
            for (const x of reach.get(e.to)!) {
              if (!reach.get(e.from)!.has(x)) { reach.get(e.from)!.add(x); changed = true; }
            }
          }
        }
        const compOf = new Map<string, number>();
        stronglyConnectedComponents(v).forEach((c, i) => c.forEach((u) => compOf.set(u, i)));
        for (const a of v.nodes) {
          for (const b of v.nodes) {
            const mutual = reach.get(a)!.has(b) && reach.get(b)!.has(a);
            expect(compOf.get(a) === compOf.get(b)).toBe(mutual);
          }
        }
      }),
    );
  });
});
