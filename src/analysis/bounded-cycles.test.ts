import fc from 'fast-check';
import { describe, it, expect } from 'vitest';
import { type Csr, enumerateSimpleCycles } from './bounded-cycles.js';

function csr(n: number, arcs: readonly (readonly [number, number])[]): Csr {
  const seen = new Set<number>();
  const out: number[][] = Array.from({ length: n }, () => []);
  const inn: number[][] = Array.from({ length: n }, () => []);
  for (const [a, b] of arcs) {
    if (a === b || seen.has(a * n + b)) continue;
    seen.add(a * n + b);
    out[a]!.push(b);
    inn[b]!.push(a);
  }
  const flat = (lists: number[][]) => {
    const start = new Int32Array(n + 1);
    lists.forEach((l, i) => (start[i + 1] = start[i]! + l.length));
    return [start, Int32Array.from(lists.flat())] as const;
  };
  const [outStart, outAdj] = flat(out);
  const [inStart, inAdj] = flat(inn);
  return { n, outStart, outAdj, inStart, inAdj };
}

function cycles(g: Csr, k: number): string[] {
  const found: string[] = [];
  enumerateSimpleCycles(g, k, (path, length) => {
    const p = Array.from(path.subarray(0, length));
    const r = p.indexOf(Math.min(...p));
    found.push([...p.slice(r), ...p.slice(0, r)].join('>'));
  });
  return found.sort();
}

/** Diamond chain (NetworkX #8737): t diamonds closed into a cycle of length 2t+1. */
function diamondChain(t: number): Csr {
  const arcs: [number, number][] = [];
  for (let i = 0; i < t; i++) {
    const a = 3 * i;
    arcs.push([a, a + 1], [a, a + 2], [a + 1, a + 3], [a + 2, a + 3]);
  }
  arcs.push([3 * t, 0]);
  return csr(3 * t + 1, arcs);
}

describe('enumerateSimpleCycles', () => {
  it('finds the 6 cycles of the NetworkX #8265 graph within length 5', () => {
    // A→D,E; B→D,E; C→A,B; D→A,B; E→C with A..E = 0..4
    const g = csr(5, [[0, 3], [0, 4], [1, 3], [1, 4], [2, 0], [2, 1], [3, 0], [3, 1], [4, 2]]);
    expect(cycles(g, 5)).toEqual(['0>3', '0>3>1>4>2', '0>4>2', '0>4>2>1>3', '1>3', '1>4>2']);
    expect(cycles(g, 3)).toEqual(['0>3', '0>4>2', '1>3', '1>4>2']);
  });

  it('counts the cycles of complete digraphs exactly', () => {
    const count = (n: number, k: number) => {
      let total = 0;
      for (let L = 2; L <= Math.min(n, k); L++) {
        let c = 1;
        for (let i = 0; i < L; i++) c = (c * (n - i)) / (i + 1);
        for (let i = 2; i < L; i++) c *= i;
        total += Math.round(c);
      }
      return total;
    };
    for (let n = 2; n <= 7; n++) {
      const arcs: [number, number][] = [];
      for (let a = 0; a < n; a++) for (let b = 0; b < n; b++) arcs.push([a, b]);
      for (let k = 2; k <= n + 1; k++) {
        expect(enumerateSimpleCycles(csr(n, arcs), k, () => {}).cycles).toBe(count(n, k));
      }
    }
    // K_7 as an undirected graph has 1172 cycles (OEIS A002807); each runs both ways, plus 21 two-cycles.
    expect(count(7, 7)).toBe(2 * 1172 + 21);
  });

  it('does no work on the diamond chain when the bound is one short (NetworkX #8737)', () => {
    for (const t of [14, 22, 60]) {
      expect(enumerateSimpleCycles(diamondChain(t), 2 * t, () => {})).toMatchObject({ cycles: 0, pushes: 0 });
    }
    expect(enumerateSimpleCycles(diamondChain(10), 21, () => {}).cycles).toBe(1024);
  });

  it('lists every cycle when unbounded and stops when asked', () => {
    const g = csr(4, [[0, 1], [1, 2], [2, 0], [2, 3], [3, 0], [1, 0]]);
    expect(cycles(g, Infinity)).toEqual(['0>1', '0>1>2', '0>1>2>3']);
    let seen = 0;
    const stats = enumerateSimpleCycles(g, Infinity, () => ++seen < 2);
    expect(stats).toMatchObject({ cycles: 2, stopped: true });
  });

  it('does work polynomial in its output on random graphs', () => {
    const graph = fc.integer({ min: 1, max: 12 }).chain((n) =>
      fc.tuple(fc.constant(n), fc.array(fc.tuple(fc.nat(n - 1), fc.nat(n - 1)), { maxLength: 4 * n }), fc.integer({ min: 2, max: 12 })),
    );
    fc.assert(
      fc.property(graph, ([n, arcs, k]) => {
        const stats = enumerateSimpleCycles(csr(n, arcs), k, () => {});
        expect(stats.pushes).toBeLessThanOrEqual((stats.cycles + 1) * k * n);
      }),
      { numRuns: 300 },
    );
  });
});
