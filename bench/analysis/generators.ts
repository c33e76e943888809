/** Seeded graph generators for the analysis benchmarks and property tests (D-algorithms.md §7.1). */

/** A generated graph: integer nodes 0..n-1, distinct arcs, integer amounts, optional day numbers. */
export interface GenGraph {
  readonly name: string;
  readonly n: number;
  readonly from: Int32Array;
  readonly to: Int32Array;
  readonly amount: Float64Array;
  /** Days since 2019-01-01, when the generator dates its edges. */
  readonly day?: Int32Array;
}

/** mulberry32: small, fast, good enough for benchmarks. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function normal(r: () => number): number {
  const u = 1 - r();
  const v = r();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

/** Lognormal integer amount, median `median`, shape sigma; at least 1. */
function lognormal(r: () => number, median: number, sigma: number): number {
  return Math.max(1, Math.round(median * Math.exp(sigma * normal(r))));
}

class ArcSet {
  readonly from: number[] = [];
  readonly to: number[] = [];
  readonly amount: number[] = [];
  readonly day: number[] = [];
  private readonly seen = new Set<number>();
  constructor(private readonly n: number) {}
  has(a: number, b: number): boolean {
    return this.seen.has(a * this.n + b);
  }
  /** Adds a→b unless it is a self-loop or a duplicate; true when added. */
  add(a: number, b: number, amount: number, day = 0): boolean {
    if (a === b || this.has(a, b)) return false;
    this.seen.add(a * this.n + b);
    this.from.push(a);
    this.to.push(b);
    this.amount.push(amount);
    this.day.push(day);
    return true;
  }
  get size(): number {
    return this.from.length;
  }
  build(name: string, dated: boolean): GenGraph {
    return {
      name, n: this.n,
      from: Int32Array.from(this.from), to: Int32Array.from(this.to), amount: Float64Array.from(this.amount),
      ...(dated ? { day: Int32Array.from(this.day) } : {}),
    };
  }
}

/** Sampler for an index with probability proportional to weight (cumulative sums + binary search). */
function weightedSampler(w: Float64Array, r: () => number): () => number {
  const cum = new Float64Array(w.length);
  let s = 0;
  for (let i = 0; i < w.length; i++) cum[i] = s += w[i]!;
  return () => {
    const x = r() * s;
    let lo = 0;
    let hi = w.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cum[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

function pareto(r: () => number, alpha: number, n: number): Float64Array {
  const w = new Float64Array(n);
  for (let i = 0; i < n; i++) w[i] = Math.pow(1 - r(), -1 / alpha);
  return w;
}

/** G1: directed Chung–Lu with Pareto(1.5) in/out weights, lognormal amounts (median 22k, σ 2). */
export function chungLu(n: number, m: number, seed = 1): GenGraph {
  const r = rng(seed);
  const out = weightedSampler(pareto(r, 1.5, n), r);
  const inn = weightedSampler(pareto(r, 1.5, n), r);
  const arcs = new ArcSet(n);
  for (let tries = 0; arcs.size < m && tries < m * 20; tries++) arcs.add(out(), inn(), lognormal(r, 22_000, 2));
  return arcs.build(`chung-lu-${n}-${m}`, false);
}

/** G2: Erdős–Rényi with exactly m arcs, uniform amounts 1..1e6. */
export function erdosRenyi(n: number, m: number, seed = 1): GenGraph {
  const r = rng(seed);
  const arcs = new ArcSet(n);
  while (arcs.size < Math.min(m, n * (n - 1))) {
    arcs.add(Math.floor(r() * n), Math.floor(r() * n), 1 + Math.floor(r() * 1e6));
  }
  return arcs.build(`erdos-renyi-${n}-${m}`, false);
}

/**
 * G3: a layered supply chain (arcs only go to later layers, so it has no cycles of its own) plus
 * `loops` planted cycles of length 2..8 on fresh vertices, with known amounts; optional noise arcs
 * between the cycles' vertices and the chain that create no further cycles.
 */
export function plantedLoops(n: number, m: number, loops: number, seed = 1): GenGraph & { planted: number[][]; plantedAmount: number[] } {
  const r = rng(seed);
  const arcs = new ArcSet(n);
  const planted: number[][] = [];
  const plantedAmount: number[] = [];
  const perm = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [perm[i], perm[j]] = [perm[j]!, perm[i]!];
  }
  let next = 0;
  for (let c = 0; c < loops && next + 8 <= n / 2; c++) {
    const len = 2 + Math.floor(r() * 7);
    const nodes = perm.slice(next, next + len);
    next += len;
    const amount = lognormal(r, 1e6, 1);
    nodes.forEach((u, i) => arcs.add(u, nodes[(i + 1) % len]!, amount + Math.floor(r() * amount)));
    planted.push(nodes);
    plantedAmount.push(amount);
  }
  // The rest form a DAG in perm order (position = layer), so every cycle is a planted one.
  const rest = perm.slice(next);
  const pos = new Int32Array(n).fill(-1);
  rest.forEach((u, i) => (pos[u] = i));
  for (let tries = 0; arcs.size < m && tries < m * 20; tries++) {
    const a = Math.floor(r() * rest.length);
    const b = Math.min(rest.length - 1, a + 1 + Math.floor(r() * 20));
    if (a === b) continue;
    arcs.add(rest[a]!, rest[b]!, lognormal(r, 22_000, 2));
  }
  return { ...arcs.build(`planted-${n}-${m}-${loops}`, false), planted, plantedAmount };
}

/** G4: G1 with dates over 2019–2026, plus `loops` planted temporal cycles with increasing dates within `windowDays`. */
export function temporal(n: number, m: number, loops: number, windowDays: number, seed = 1): GenGraph {
  const base = chungLu(n, m, seed);
  const r = rng(seed + 101);
  const arcs = new ArcSet(n);
  const span = 8 * 365;
  for (let i = 0; i < base.from.length; i++) arcs.add(base.from[i]!, base.to[i]!, base.amount[i]!, Math.floor(r() * span));
  for (let c = 0; c < loops; c++) {
    const len = 2 + Math.floor(r() * 5);
    const nodes = new Set<number>();
    while (nodes.size < len) nodes.add(Math.floor(r() * n));
    const list = [...nodes];
    let day = Math.floor(r() * (span - windowDays));
    const step = Math.max(1, Math.floor(windowDays / len));
    list.forEach((u, i) => {
      arcs.add(u, list[(i + 1) % len]!, lognormal(r, 1e6, 1), day);
      day += 1 + Math.floor(r() * step);
    });
  }
  return arcs.build(`temporal-${n}-${m}`, true);
}

/** G5(i): the diamond chain of NetworkX #8737: t diamonds closed into one cycle of length 2t+1. */
export function diamondChain(t: number): GenGraph {
  const arcs = new ArcSet(3 * t + 1);
  // a_i = 3i, b_i = 3i+1, c_i = 3i+2, a_{i+1} = 3i+3.
  for (let i = 0; i < t; i++) {
    const a = 3 * i;
    arcs.add(a, a + 1, 1);
    arcs.add(a, a + 2, 1);
    arcs.add(a + 1, a + 3, 1);
    arcs.add(a + 2, a + 3, 1);
  }
  arcs.add(3 * t, 0, 1);
  return arcs.build(`diamond-chain-${t}`, false);
}

/** G5(ii): NetworkX #8265: A→D,E; B→D,E; C→A,B; D→A,B; E→C (6 cycles with length ≤ 5). */
export function networkx8265(): GenGraph {
  const [A, B, C, D, E] = [0, 1, 2, 3, 4];
  const arcs = new ArcSet(5);
  for (const [a, b] of [[A, D], [A, E], [B, D], [B, E], [C, A], [C, B], [D, A], [D, B], [E, C]] as const) arcs.add(a, b, 1);
  return arcs.build('networkx-8265', false);
}

/** G5(iv): the complete digraph K_n. */
export function completeDigraph(n: number): GenGraph {
  const arcs = new ArcSet(n);
  for (let a = 0; a < n; a++) for (let b = 0; b < n; b++) arcs.add(a, b, 1 + ((a * 7 + b * 13) % 10));
  return arcs.build(`complete-${n}`, false);
}

/** Cycles of length exactly L in K_n: C(n, L)·(L−1)!. */
export function completeDigraphCycles(n: number, maxLength: number): number {
  let total = 0;
  for (let L = 2; L <= Math.min(n, maxLength); L++) {
    let c = 1;
    for (let i = 0; i < L; i++) c = (c * (n - i)) / (i + 1);
    let f = 1;
    for (let i = 2; i < L; i++) f *= i;
    total += Math.round(c * f);
  }
  return total;
}

/**
 * G6: AI-industry-like: a few mega-hubs (chip vendor, clouds, labs) that trade heavily with each
 * other and with everyone, 3–10 arcs per firm, amounts from 1e6 to 1e11 with dates over 2019–2026.
 */
export function aiIndustry(n: number, seed = 1): GenGraph {
  const r = rng(seed);
  const hubs = Math.max(4, Math.round(n / 25));
  const arcs = new ArcSet(n);
  for (let a = 0; a < hubs; a++) {
    for (let b = 0; b < hubs; b++) {
      if (r() < 0.5) arcs.add(a, b, Math.round(Math.pow(10, 9 + 2 * r())), Math.floor(r() * 8 * 365));
    }
  }
  for (let u = hubs; u < n; u++) {
    const k = 3 + Math.floor(r() * 8);
    for (let i = 0; i < k; i++) {
      const hub = Math.floor(Math.pow(r(), 2) * hubs);
      const other = r() < 0.8 ? hub : hubs + Math.floor(r() * (n - hubs));
      const amount = Math.round(Math.pow(10, 6 + 4 * r()));
      if (r() < 0.5) arcs.add(u, other, amount, Math.floor(r() * 8 * 365));
      else arcs.add(other, u, amount, Math.floor(r() * 8 * 365));
    }
  }
  return arcs.build(`ai-industry-${n}`, true);
}

/** G7: G1 where a share of the arcs (30–50 %) also run the other way, with their own amounts. */
export function reciprocal(n: number, m: number, share = 0.4, seed = 1): GenGraph {
  const base = chungLu(n, Math.round(m / (1 + share)), seed);
  const r = rng(seed + 7);
  const arcs = new ArcSet(n);
  for (let i = 0; i < base.from.length; i++) arcs.add(base.from[i]!, base.to[i]!, base.amount[i]!);
  for (let i = 0; i < base.from.length && arcs.size < m; i++) {
    if (r() < share) arcs.add(base.to[i]!, base.from[i]!, lognormal(r, 22_000, 2));
  }
  return arcs.build(`reciprocal-${n}-${m}`, false);
}

/** The graph as edge-list CSV (`from,to,amount[,date]`), the format every peer reads. */
export function toCsv(g: GenGraph): string {
  const lines = [g.day ? 'from,to,amount,date' : 'from,to,amount'];
  for (let i = 0; i < g.from.length; i++) {
    const base = `${g.from[i]},${g.to[i]},${g.amount[i]}`;
    lines.push(g.day ? `${base},${dayToIso(g.day[i]!)}` : base);
  }
  return lines.join('\n') + '\n';
}

/** Days since 2019-01-01 as YYYY-MM-DD. */
export function dayToIso(day: number): string {
  return new Date(Date.UTC(2019, 0, 1) + day * 86_400_000).toISOString().slice(0, 10);
}
