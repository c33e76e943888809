import fc from 'fast-check';
import { describe, it, expect } from 'vitest';
import { type FlowProblem, minCostFlow } from './network-simplex.js';

type Arc = readonly [from: number, to: number, cap: number, cost: number];

function problem(n: number, arcs: readonly Arc[], supply?: readonly number[]): FlowProblem {
  return {
    n,
    from: Int32Array.from(arcs.map((a) => a[0])),
    to: Int32Array.from(arcs.map((a) => a[1])),
    cap: Float64Array.from(arcs.map((a) => a[2])),
    cost: Float64Array.from(arcs.map((a) => a[3])),
    ...(supply ? { supply: Float64Array.from(supply) } : {}),
  };
}

/** Feasibility plus complementary slackness: a proof that the flow is optimal. */
function checkOptimal(p: FlowProblem, flow: Float64Array, pi: Int32Array): void {
  const balance = new Float64Array(p.n);
  for (let e = 0; e < p.from.length; e++) {
    const f = flow[e]!;
    expect(Number.isInteger(f)).toBe(true);
    expect(f).toBeGreaterThanOrEqual(0);
    expect(f).toBeLessThanOrEqual(p.cap[e]!);
    balance[p.from[e]!]! += f;
    balance[p.to[e]!]! -= f;
    const rc = p.cost[e]! + pi[p.from[e]!]! - pi[p.to[e]!]!;
    if (f < p.cap[e]!) expect(rc).toBeGreaterThanOrEqual(0);
    if (f > 0) expect(rc).toBeLessThanOrEqual(0);
  }
  for (let u = 0; u < p.n; u++) expect(balance[u]).toBe(p.supply ? p.supply[u] : 0);
}

const arcs = (n: number) =>
  fc
    .array(fc.tuple(fc.nat(n - 1), fc.nat(n - 1), fc.integer({ min: 1, max: 1000 }), fc.integer({ min: -5, max: 5 })), { maxLength: 30 })
    .map((as) => as.filter(([a, b]) => a !== b));

describe('minCostFlow', () => {
  it('prefers the longer loop when the short one would block it', () => {
    // a→b 10, b→c 10, c→a 10, b→a 10: the triangle clears 30, the two-cycle only 20.
    const p = problem(3, [[0, 1, 10, -1], [1, 2, 10, -1], [2, 0, 10, -1], [1, 0, 10, -1]]);
    const s = minCostFlow(p);
    expect(Array.from(s.flow)).toEqual([10, 10, 10, 0]);
    expect(s.cost).toBe(-30);
    checkOptimal(p, s.flow, s.pi);
  });

  it('clears antiparallel obligations (where npm min-cost-flow fails)', () => {
    const p = problem(2, [[0, 1, 7, -1], [1, 0, 5, -1]]);
    expect(Array.from(minCostFlow(p).flow)).toEqual([5, 5]);
  });

  it('returns an optimal integer circulation with a certificate on random problems', () => {
    const arb = fc.integer({ min: 2, max: 9 }).chain((n) => fc.tuple(fc.constant(n), arcs(n)));
    fc.assert(
      fc.property(arb, ([n, as]) => {
        const p = problem(n, as);
        const s = minCostFlow(p);
        expect(s.feasible).toBe(true);
        checkOptimal(p, s.flow, s.pi);
      }),
      { numRuns: 400 },
    );
  });

  it('meets feasible supplies optimally and reports infeasible ones', () => {
    const arb = fc.integer({ min: 2, max: 9 }).chain((n) =>
      fc.tuple(fc.constant(n), arcs(n)).chain(([n2, as]) => fc.tuple(fc.constant(n2), fc.constant(as), fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: as.length, maxLength: as.length }))),
    );
    fc.assert(
      fc.property(arb, ([n, as, share]) => {
        // Supplies from a flow that fits the capacities, so a solution exists.
        const supply = new Array<number>(n).fill(0);
        as.forEach(([a, b, cap], i) => {
          const f = Math.floor(cap * share[i]!);
          supply[a]! += f;
          supply[b]! -= f;
        });
        const p = problem(n, as, supply);
        const s = minCostFlow(p);
        expect(s.feasible).toBe(true);
        checkOptimal(p, s.flow, s.pi);
      }),
      { numRuns: 400 },
    );
    expect(minCostFlow(problem(2, [[0, 1, 3, 1]], [5, -5])).feasible).toBe(false);
  });

  it('handles large amounts exactly', () => {
    const big = 2 ** 50;
    const p = problem(3, [[0, 1, big + 1, -1], [1, 2, big + 3, -1], [2, 0, big + 2, -1], [2, 1, 5, -1]]);
    const s = minCostFlow(p);
    expect(Array.from(s.flow)).toEqual([big + 1, big + 3, big + 1, 2]);
    checkOptimal(p, s.flow, s.pi);
  });
});
