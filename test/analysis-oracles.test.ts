// Our loops and clearing against trusted oracles on generated graphs: an exhaustive canonical DFS,
// NetworkX (python3) and LEMON (g++ + liblemon-dev). CI installs these; a missing peer fails the test.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, it, expect } from 'vitest';
import {
  aiIndustry, chungLu, completeDigraph, diamondChain, erdosRenyi, type GenGraph, networkx8265, plantedLoops, reciprocal, toCsv,
} from '../bench/analysis/generators.js';
import { canonicalCycle, naiveCycles } from '../bench/analysis/naive-cycles.js';
import { lemonClear, networkxClear, networkxCycles, peerBuildError } from '../bench/analysis/peers.js';
import { circularVolume } from '../src/analysis/circular-volume.js';
import { graphFromEdgeList } from '../src/analysis/edge-list.js';
import { findLoops } from '../src/analysis/find-loops.js';
import type { GraphView } from '../src/analysis/graph-view.js';

const dir = mkdtempSync(join(tmpdir(), 'roundtrip-oracles-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function view(g: GenGraph): GraphView {
  const rows = Array.from(g.from, (f, i) => ({ from: String(f), to: String(g.to[i]), amount: BigInt(g.amount[i]!) }));
  return graphFromEdgeList(rows);
}

function csvFile(g: GenGraph): string {
  const path = join(dir, `${g.name}.csv`);
  writeFileSync(path, toCsv(g));
  return path;
}

/** Loops as canonical strings over the generator's node names (smallest name first). */
function ourCycles(g: GenGraph, k: number): string[] {
  return findLoops(view(g), { maxLength: k, maxCycles: 1_000_000 }).map((l) => l.id).sort();
}

function exhaustive(g: GenGraph, k: number): string[] {
  const succ: number[][] = Array.from({ length: g.n }, () => []);
  g.from.forEach((f, i) => succ[f]!.push(g.to[i]!));
  const out: string[] = [];
  naiveCycles(succ, k, (path) => {
    const names = path.map(String);
    let best = 0;
    for (let i = 1; i < names.length; i++) if (names[i]! < names[best]!) best = i;
    out.push([...names.slice(best), ...names.slice(0, best)].join('>'));
  });
  return out.sort();
}

describe('loops against the exhaustive canonical DFS', () => {
  it('finds exactly the same cycles on random graphs', () => {
    const arb = fc.record({
      n: fc.integer({ min: 2, max: 12 }),
      density: fc.double({ min: 0.5, max: 4, noNaN: true }),
      k: fc.integer({ min: 2, max: 12 }),
      seed: fc.integer({ min: 1, max: 1_000_000 }),
    });
    fc.assert(
      fc.property(arb, ({ n, density, k, seed }) => {
        const g = erdosRenyi(n, Math.round(n * density), seed);
        expect(ourCycles(g, k)).toEqual(exhaustive(g, k));
      }),
      { numRuns: 300 },
    );
  });

  it('agrees on heavy-tailed, planted and adversarial graphs', () => {
    const cases: [GenGraph, number][] = [
      [chungLu(150, 600, 3), 5], [reciprocal(120, 400, 0.5, 4), 6], [aiIndustry(60, 5), 4],
      [networkx8265(), 5], [completeDigraph(6), 6], [diamondChain(8), 17], [diamondChain(8), 16],
    ];
    for (const [g, k] of cases) expect(ourCycles(g, k), g.name).toEqual(exhaustive(g, k));
  });

  it('recovers every planted loop and nothing else', () => {
    const g = plantedLoops(400, 1500, 25, 9);
    const ours = findLoops(view(g), { maxLength: 8 }).map((l) => l.id);
    expect(new Set(ours)).toEqual(new Set(g.planted.map((c) => canonicalCycle(c.map(String)))));
    expect(ours).toHaveLength(g.planted.length);
  });
});

describe('loops against NetworkX simple_cycles', () => {
  it('lists the same cycles for each length bound', () => {
    const graphs: [GenGraph, number[]][] = [
      [chungLu(200, 700, 11), [2, 3, 4, 6]],
      [reciprocal(150, 500, 0.4, 12), [3, 5]],
      [aiIndustry(80, 13), [4]],
      [networkx8265(), [3, 5, 0]],
      [diamondChain(10), [20, 21]],
    ];
    for (const [g, ks] of graphs) {
      const csv = csvFile(g);
      for (const k of ks) {
        const nx = networkxCycles(csv, k, { list: true });
        expect(nx.ok, `networkx on ${g.name}: ${nx.error ?? ''}`).toBe(true);
        expect(ourCycles(g, k === 0 ? Infinity : k), `${g.name} k=${k}`).toEqual(nx.result!.cycles);
      }
    }
  });
});

describe('clearing against NetworkX network_simplex and LEMON', () => {
  const graphs = (): GenGraph[] => [
    ...Array.from({ length: 12 }, (_, i) => erdosRenyi(5 + i, 10 + 4 * i, 100 + i)),
    chungLu(300, 1200, 21), chungLu(1000, 5000, 22), reciprocal(300, 1000, 0.5, 23), reciprocal(800, 4000, 0.3, 24),
    aiIndustry(200, 25), plantedLoops(300, 1200, 20, 26), completeDigraph(8),
  ];

  it('reaches the same exact optimum as both', () => {
    for (const g of graphs()) {
      const csv = csvFile(g);
      const ours = circularVolume(view(g));
      const lemon = lemonClear(csv);
      expect(lemon.ok, `LEMON on ${g.name}: ${lemon.error ?? peerBuildError()}`).toBe(true);
      for (const solver of ['ns', 'ns_circ', 'cs', 'cs_sup']) {
        const r = lemon.result![solver] as { cleared: number; ok: boolean };
        expect(r.ok).toBe(true);
        expect(ours.cleared, `${g.name} LEMON ${solver}`).toBe(BigInt(r.cleared));
      }
      expect(ours.gross).toBe(BigInt(lemon.result!.gross));
    }
    for (const g of graphs().slice(0, 14)) {
      const nx = networkxClear(csvFile(g));
      expect(nx.ok, `networkx on ${g.name}: ${nx.error ?? ''}`).toBe(true);
      expect(circularVolume(view(g)).cleared, g.name).toBe(BigInt(nx.result!.cleared));
    }
  });

  it('clears exactly the planted loops when they are the only cycles', () => {
    const g = plantedLoops(500, 2000, 30, 31);
    const want = g.planted.reduce((sum, nodes) => {
      const amounts = nodes.map((u, i) => {
        const v = nodes[(i + 1) % nodes.length]!;
        const e = Array.from(g.from).findIndex((f, j) => f === u && g.to[j] === v);
        return g.amount[e]!;
      });
      return sum + BigInt(Math.min(...amounts)) * BigInt(nodes.length);
    }, 0n);
    expect(circularVolume(view(g)).cleared).toBe(want);
  });
});
