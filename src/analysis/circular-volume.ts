/** Circular volume: how much of the gross flow can be cancelled around loops (obligation clearing). */
import { DataError } from '../core/errors.js';
import type { EntityId } from '../core/ids.js';
import type { GraphView } from './graph-view.js';
import { minCostFlow } from './network-simplex.js';
import { type EdgeAmountKey, pairAmounts, pairGraph } from './pair-graph.js';
import { sccIndex } from './strongly-connected-components.js';

export interface CompanyCircularity {
  readonly id: EntityId;
  readonly inflow: bigint;
  readonly outflow: bigint;
  /** Inflow that is part of the clearing circulation (equal to the cleared outflow). */
  readonly clearedInflow: bigint;
  /** clearedInflow / inflow; 0 without inflow. */
  readonly share: number;
}

export interface PairFlow {
  readonly from: EntityId;
  readonly to: EntityId;
  /** Sum of the pair's disclosed legs. */
  readonly gross: bigint;
  readonly cleared: bigint;
}

export interface CircularVolume {
  /** Sum of all disclosed amounts (undisclosed legs count 0). */
  readonly gross: bigint;
  /** The largest amount that cancels around loops with every company's net position unchanged. */
  readonly cleared: bigint;
  /** gross − cleared: what would still be owed after clearing. */
  readonly remaining: bigint;
  /** Net flow: Σ max(0, net inflow) over companies, the part no clearing can remove (≤ remaining). */
  readonly net: bigint;
  /** cleared / gross; 0 when gross is 0. */
  readonly circularShare: number;
  /** Companies with any flow, in node order. */
  readonly perCompany: readonly CompanyCircularity[];
  /** Every company pair with a disclosed amount, in (from, to) order. */
  readonly flows: readonly PairFlow[];
  /** Legs left out because their amount is unknown. */
  readonly undisclosedLegs: number;
}

/**
 * The exact maximum circulation under the view's amounts: solved as a minimum-cost flow (cost 1
 * per unit still owed, each company's net position as its supply) by network simplex on the
 * strongly connected parts. The optimum is unique; which flows realise it is not, so per-company
 * and per-pair shares are those of the solver's (deterministic) solution.
 * @example circularVolume(view).circularShare // 0.31
 */
export function circularVolume(view: GraphView): CircularVolume {
  return clear(view, 'amount');
}

/**
 * Clearing at both ends of every amount interval. The maximum circulation grows with the capacities,
 * so the cleared amount for any values inside the intervals lies between `low.cleared` and `high.cleared`.
 */
export function circularVolumeRange(view: GraphView): { readonly low: CircularVolume; readonly high: CircularVolume } {
  return { low: clear(view, 'low'), high: clear(view, 'high') };
}

function clear(view: GraphView, key: EdgeAmountKey): CircularVolume {
  const pg = pairGraph(view);
  const { sum } = pairAmounts(view, pg, key);
  let undisclosedLegs = 0;
  for (const e of view.edges) if (e[key] === null) undisclosedLegs++;
  let gross = 0n;
  for (let p = 0; p < pg.m; p++) gross += sum[p]!;
  if (gross > BigInt(Number.MAX_SAFE_INTEGER)) {
    throw new DataError(`clearing: the gross flow ${gross} exceeds 2^53 currency units; amounts that large cannot be cleared exactly here`, { gross: String(gross) });
  }
  const cleared = solve(pg.n, pg.pairFrom, pg.pairTo, sum);

  const inflow = new Array<bigint>(pg.n).fill(0n);
  const outflow = new Array<bigint>(pg.n).fill(0n);
  const clearedIn = new Array<bigint>(pg.n).fill(0n);
  const flows: PairFlow[] = [];
  let total = 0n;
  for (let p = 0; p < pg.m; p++) {
    const a = sum[p]!;
    const x = BigInt(cleared[p]!);
    const u = pg.pairFrom[p]!;
    const v = pg.pairTo[p]!;
    outflow[u]! += a;
    inflow[v]! += a;
    clearedIn[v]! += x;
    total += x;
    if (a > 0n) flows.push({ from: pg.ids[u]!, to: pg.ids[v]!, gross: a, cleared: x });
  }
  let net = 0n;
  const perCompany: CompanyCircularity[] = [];
  for (let u = 0; u < pg.n; u++) {
    const b = inflow[u]! - outflow[u]!;
    if (b > 0n) net += b;
    if (inflow[u]! === 0n && outflow[u]! === 0n) continue;
    perCompany.push({ id: pg.ids[u]!, inflow: inflow[u]!, outflow: outflow[u]!, clearedInflow: clearedIn[u]!, share: ratio(clearedIn[u]!, inflow[u]!) });
  }
  return { gross, cleared: total, remaining: gross - total, net, circularShare: ratio(total, gross), perCompany, flows, undisclosedLegs };
}

/** The cleared amount per pair (as exact integers in doubles). */
function solve(n: number, pairFrom: Int32Array, pairTo: Int32Array, sum: readonly bigint[]): Float64Array {
  const m = pairFrom.length;
  const cleared = new Float64Array(m);
  // NOTE: only arcs inside a strongly connected component lie on a cycle; the rest can never clear.
  const outStart = new Int32Array(n + 1);
  for (let p = 0; p < m; p++) if (sum[p]! > 0n) outStart[pairFrom[p]! + 1]!++;
  for (let u = 0; u < n; u++) outStart[u + 1]! += outStart[u]!;
  const adj = new Int32Array(outStart[n]!);
  const fill = outStart.slice(0, n);
  for (let p = 0; p < m; p++) if (sum[p]! > 0n) adj[fill[pairFrom[p]!]!++] = pairTo[p]!;
  const { comp } = sccIndex(n, outStart, adj);
  const arcs: number[] = [];
  for (let p = 0; p < m; p++) if (sum[p]! > 0n && comp[pairFrom[p]!] === comp[pairTo[p]!]) arcs.push(p);
  if (arcs.length === 0) return cleared;
  const local = new Int32Array(n).fill(-1);
  let k = 0;
  for (const p of arcs) {
    for (const u of [pairFrom[p]!, pairTo[p]!]) if (local[u] === -1) local[u] = k++;
  }
  const from = new Int32Array(arcs.length);
  const to = new Int32Array(arcs.length);
  const cap = new Float64Array(arcs.length);
  const supply = new Float64Array(k);
  arcs.forEach((p, i) => {
    from[i] = local[pairFrom[p]!]!;
    to[i] = local[pairTo[p]!]!;
    cap[i] = Number(sum[p]!);
    supply[from[i]!]! += cap[i]!;
    supply[to[i]!]! -= cap[i]!;
  });
  const s = minCostFlow({ n: k, from, to, cap, cost: new Float64Array(arcs.length).fill(1), supply });
  if (!s.feasible) throw new Error('internal: clearing problem reported infeasible');
  arcs.forEach((p, i) => (cleared[p] = cap[i]! - s.flow[i]!));
  return cleared;
}

function ratio(a: bigint, b: bigint): number {
  return b === 0n ? 0 : Number(a) / Number(b);
}
