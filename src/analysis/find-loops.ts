/** Loops: every elementary cycle of companies up to a length, with its legs, amount, dates and status. */
import { type DealStatus, STATUS_RANK } from '../core/deal-status.js';
import { InputError } from '../core/errors.js';
import { dateEnd, dateStart, type IsoDate } from '../core/fuzzy-date.js';
import type { EntityId } from '../core/ids.js';
import { type Csr, enumerateSimpleCycles } from './bounded-cycles.js';
import type { GraphEdge, GraphView } from './graph-view.js';
import { type PairGraph, pairAmounts, pairGraph } from './pair-graph.js';
import { type TemporalOptions, temporallyOrdered } from './temporal-order.js';

export interface LoopOptions {
  /** Longest loop, in hops; default 6. `Infinity` lists every loop (mind the count). */
  readonly maxLength?: number;
  /** Drop hops whose disclosed total is below this (whole currency units); hops with an undisclosed leg stay. */
  readonly minAmount?: bigint | number;
  /** Only loops whose legs can be taken in date order within a window. */
  readonly temporal?: TemporalOptions;
  /** Only loops through this company. */
  readonly through?: EntityId;
  /** Keep the first `limit` loops after ranking. */
  readonly limit?: number;
  /** Stop with an InputError past this many loops (default 100,000): lower maxLength or raise minAmount. */
  readonly maxCycles?: number;
}

/** One step of a loop: every leg from one company to the next (parallel deals are listed, not multiplied). */
export interface LoopHop {
  readonly from: EntityId;
  readonly to: EntityId;
  /** Sum of the disclosed legs under the view's policy; null when no leg is disclosed. */
  readonly amount: bigint | null;
  readonly low: bigint | null;
  readonly high: bigint | null;
  /** True when at least one leg of the hop has no known amount. */
  readonly undisclosed: boolean;
  /** The firmest status among the hop's legs: the hop exists if any of its deals does. */
  readonly status: DealStatus;
  readonly legs: readonly GraphEdge[];
}

export interface Loop {
  /** Node ids in canonical rotation (smallest id first) joined by ">": "nvidia>openai>oracle". */
  readonly id: string;
  readonly nodes: readonly EntityId[];
  readonly hops: readonly LoopHop[];
  /** All legs of all hops, in hop order. */
  readonly legs: readonly GraphEdge[];
  /**
   * The circular amount: the smallest hop amount among the hops with a disclosed amount (null when
   * none is). When `partial` is true some leg is undisclosed and the true bottleneck may differ.
   */
  readonly amount: bigint | null;
  /** The same bottleneck from each hop's low and high ends. */
  readonly low: bigint | null;
  readonly high: bigint | null;
  readonly partial: boolean;
  /** Hops with no disclosed leg at all. */
  readonly undisclosedHops: number;
  /** Earliest leg start (or report) and latest leg end (or start, or report). */
  readonly span: { readonly from: IsoDate | null; readonly to: IsoDate | null };
  /** The weakest hop status: a loop is as firm as its least firm hop. */
  readonly weakestStatus: DealStatus;
  /** Distinct independent sources behind all legs. */
  readonly sourceCount: number;
}

/**
 * Every loop of the view up to `maxLength` hops, ranked by circular amount (largest first), loops
 * whose every hop is disclosed before loops with a hop of unknown size (their amount is only an
 * upper bound), loops with no disclosed amount last, then by length; deterministic for a view.
 * @example findLoops(view, { maxLength: 4, minAmount: 1_000_000_000n })[0]?.id // 'nvidia>openai>oracle'
 */
export function findLoops(view: GraphView, options: LoopOptions = {}): Loop[] {
  const o = resolveLoopOptions(options);
  const pg = pairGraph(view);
  const amounts = pairAmounts(view, pg, 'amount');
  const keep = new Uint8Array(pg.m);
  for (let p = 0; p < pg.m; p++) keep[p] = o.minAmount === null || amounts.undisclosed[p] || amounts.sum[p]! >= o.minAmount ? 1 : 0;
  const csr = pairCsr(pg, keep);
  const throughIndex = o.through === null ? -1 : (pg.indexOf.get(o.through) ?? -2);
  if (throughIndex === -2) return [];

  const loops: Loop[] = [];
  const nodes: number[] = [];
  // NOTE: a hop is the same object in every loop through its pair, so it is built once.
  const hops = new Array<HopInfo | undefined>(pg.m);
  const hopOf = (p: number): HopInfo => (hops[p] ??= makeHop(pairLegs(view, pg, p)));
  enumerateSimpleCycles(csr, o.maxLength, (path, length) => {
    nodes.length = 0;
    for (let i = 0; i < length; i++) nodes.push(path[i]!);
    if (throughIndex >= 0 && !nodes.includes(throughIndex)) return true;
    const pairs = nodes.map((u, i) => findPair(pg, u, nodes[(i + 1) % length]!));
    if (o.temporal && !temporallyOrdered(pairs.map((p) => pairLegs(view, pg, p)), o.temporal)) return true;
    if (loops.length >= o.maxCycles) {
      throw new InputError(`loops: more than ${o.maxCycles} loops; lower maxLength (${o.maxLength}) or raise minAmount`, {
        option: 'maxCycles', value: o.maxCycles,
      });
    }
    loops.push(makeLoop(pg, nodes, pairs, hopOf));
    return true;
  });
  const ranked = rank(loops);
  return o.limit === null ? ranked : ranked.slice(0, o.limit);
}

interface ResolvedLoopOptions {
  readonly maxLength: number;
  readonly minAmount: bigint | null;
  readonly temporal: TemporalOptions | null;
  readonly through: EntityId | null;
  readonly limit: number | null;
  readonly maxCycles: number;
}

function resolveLoopOptions(options: LoopOptions): ResolvedLoopOptions {
  const maxLength = options.maxLength ?? 6;
  if (!(maxLength === Infinity || (Number.isInteger(maxLength) && maxLength >= 2))) {
    throw new InputError(`loops: maxLength ${String(maxLength)} must be an integer of at least 2`, { option: 'maxLength', value: maxLength });
  }
  let minAmount: bigint | null = null;
  if (options.minAmount !== undefined) {
    const v = options.minAmount;
    if (typeof v === 'number' && !Number.isSafeInteger(v)) {
      throw new InputError(`loops: minAmount ${v} must be a whole number of currency units`, { option: 'minAmount', value: v });
    }
    minAmount = BigInt(v);
    if (minAmount < 0n) throw new InputError(`loops: minAmount ${v} must not be negative`, { option: 'minAmount', value: String(v) });
  }
  const limit = options.limit ?? null;
  if (limit !== null && !(Number.isInteger(limit) && limit >= 0)) {
    throw new InputError(`loops: limit ${limit} must be a non-negative integer`, { option: 'limit', value: limit });
  }
  const maxCycles = options.maxCycles ?? 100_000;
  if (!(Number.isInteger(maxCycles) && maxCycles >= 1)) {
    throw new InputError(`loops: maxCycles ${maxCycles} must be a positive integer`, { option: 'maxCycles', value: maxCycles });
  }
  const t = options.temporal ?? null;
  if (t !== null && !(Number.isFinite(t.windowDays) && t.windowDays >= 0)) {
    throw new InputError(`loops: temporal window ${t.windowDays} days must be a non-negative number`, { option: 'temporal.windowDays', value: t.windowDays });
  }
  return { maxLength, minAmount, temporal: t, through: options.through ?? null, limit, maxCycles };
}

/** The kept pairs as a CSR digraph over the view's nodes. */
function pairCsr(pg: PairGraph, keep: Uint8Array): Csr {
  const n = pg.n;
  const outStart = new Int32Array(n + 1);
  const inStart = new Int32Array(n + 1);
  let m = 0;
  for (let p = 0; p < pg.m; p++) {
    if (!keep[p]) continue;
    m++;
    outStart[pg.pairFrom[p]! + 1]!++;
    inStart[pg.pairTo[p]! + 1]!++;
  }
  for (let u = 0; u < n; u++) {
    outStart[u + 1]! += outStart[u]!;
    inStart[u + 1]! += inStart[u]!;
  }
  const outAdj = new Int32Array(m);
  const inAdj = new Int32Array(m);
  const fo = outStart.slice(0, n);
  const fi = inStart.slice(0, n);
  for (let p = 0; p < pg.m; p++) {
    if (!keep[p]) continue;
    outAdj[fo[pg.pairFrom[p]!]!++] = pg.pairTo[p]!;
    inAdj[fi[pg.pairTo[p]!]!++] = pg.pairFrom[p]!;
  }
  return { n, outStart, outAdj, inStart, inAdj };
}

/** The pair id of u→v (pairs are sorted by from, then to). */
function findPair(pg: PairGraph, u: number, v: number): number {
  let lo = pg.outStart[u]!;
  let hi = pg.outStart[u + 1]! - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const t = pg.pairTo[mid]!;
    if (t === v) return mid;
    if (t < v) lo = mid + 1;
    else hi = mid - 1;
  }
  throw new Error(`internal: no pair ${u}→${v}`);
}

function pairLegs(view: GraphView, pg: PairGraph, p: number): GraphEdge[] {
  const legs: GraphEdge[] = [];
  for (let k = pg.pairEdgeStart[p]!; k < pg.pairEdgeStart[p + 1]!; k++) legs.push(view.edges[pg.pairEdges[k]!]!);
  return legs;
}

/** A hop with what loops need from it precomputed. */
interface HopInfo {
  readonly hop: LoopHop;
  readonly sources: ReadonlySet<string>;
  readonly first: IsoDate | null;
  readonly last: IsoDate | null;
}

function makeLoop(pg: PairGraph, path: readonly number[], pairs: readonly number[], hopOf: (p: number) => HopInfo): Loop {
  const L = path.length;
  // Canonical rotation: start at the smallest id (ids are sorted, so at the smallest index).
  let r = 0;
  for (let i = 1; i < L; i++) if (path[i]! < path[r]!) r = i;
  const nodes: EntityId[] = [];
  const hops: LoopHop[] = [];
  const legs: GraphEdge[] = [];
  let sources: Set<string> | null = null;
  let from: IsoDate | null = null;
  let to: IsoDate | null = null;
  let weakest: DealStatus | null = null;
  let partial = false;
  let undisclosedHops = 0;
  for (let i = 0; i < L; i++) {
    const j = (r + i) % L;
    nodes.push(pg.ids[path[j]!]!);
    const info = hopOf(pairs[j]!);
    const h = info.hop;
    hops.push(h);
    for (const e of h.legs) legs.push(e);
    if (info.sources.size) {
      sources ??= new Set();
      for (const s of info.sources) sources.add(s);
    }
    if (info.first && (from === null || dateStart(info.first) < dateStart(from))) from = info.first;
    if (info.last && (to === null || dateEnd(info.last) > dateEnd(to))) to = info.last;
    if (weakest === null || STATUS_RANK[h.status] < STATUS_RANK[weakest]) weakest = h.status;
    if (h.undisclosed) partial = true;
    if (h.amount === null) undisclosedHops++;
  }
  return {
    id: nodes.join('>'),
    nodes, hops, legs,
    amount: bottleneck(hops, 'amount'), low: bottleneck(hops, 'low'), high: bottleneck(hops, 'high'),
    partial, undisclosedHops,
    span: { from, to },
    weakestStatus: weakest!,
    sourceCount: sources ? sources.size : 0,
  };
}

function makeHop(legs: readonly GraphEdge[]): HopInfo {
  let amount: bigint | null = null;
  let low: bigint | null = null;
  let high: bigint | null = null;
  let status = legs[0]!.status;
  let undisclosed = false;
  const sources = new Set<string>();
  let first: IsoDate | null = null;
  let last: IsoDate | null = null;
  for (const e of legs) {
    if (e.amount !== null) amount = (amount ?? 0n) + e.amount;
    else undisclosed = true;
    if (e.low !== null) low = (low ?? 0n) + e.low;
    if (e.high !== null) high = (high ?? 0n) + e.high;
    if (STATUS_RANK[e.status] > STATUS_RANK[status]) status = e.status;
    for (const s of e.sourceIds) sources.add(s);
    const f = e.start ?? e.reportedAt;
    const l = e.end ?? f;
    if (f && (first === null || dateStart(f) < dateStart(first))) first = f;
    if (l && (last === null || dateEnd(l) > dateEnd(last))) last = l;
  }
  return {
    hop: { from: legs[0]!.from, to: legs[0]!.to, amount, low, high, undisclosed, status, legs },
    sources, first, last,
  };
}

function bottleneck(hops: readonly LoopHop[], key: 'amount' | 'low' | 'high'): bigint | null {
  let min: bigint | null = null;
  for (const h of hops) {
    const a = h[key];
    if (a !== null && (min === null || a < min)) min = a;
  }
  return min;
}

/**
 * Fully disclosed loops first, then partial ones (an unknown hop makes the amount an upper bound
 * only), then undisclosed; within each tier the largest circular amount first, then shorter; ties
 * keep the search order (deterministic).
 */
function rank(loops: Loop[]): Loop[] {
  // NOTE: sorting on numeric keys avoids a bigint comparison per step; exact order only where doubles tie.
  const key = new Float64Array(loops.length);
  const tier = new Uint8Array(loops.length);
  for (let i = 0; i < loops.length; i++) {
    const l = loops[i]!;
    key[i] = l.amount === null ? -1 : Number(l.amount);
    tier[i] = l.amount === null ? 2 : l.partial ? 1 : 0;
  }
  const order = Array.from(loops.keys());
  order.sort((i, j) => tier[i]! - tier[j]! || key[j]! - key[i]! || exact(loops[i]!, loops[j]!) || loops[i]!.nodes.length - loops[j]!.nodes.length);
  return order.map((i) => loops[i]!);
}

function exact(a: Loop, b: Loop): number {
  if (a.amount === b.amount || a.amount === null || b.amount === null) return 0;
  return a.amount > b.amount ? -1 : 1;
}
