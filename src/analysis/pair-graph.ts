/** Internal: a graph view compacted into typed arrays, parallel edges merged into company pairs. */
import { DataError } from '../core/errors.js';
import type { EntityId } from '../core/ids.js';
import type { GraphEdge, GraphView } from './graph-view.js';

/**
 * Nodes are indices into `ids`; pairs are distinct (from, to) with at least one edge, sorted by
 * from then to, so the out-pairs of node u are `outStart[u] .. outStart[u+1]`.
 */
export interface PairGraph {
  readonly n: number;
  readonly ids: readonly EntityId[];
  readonly indexOf: ReadonlyMap<EntityId, number>;
  /** Number of pairs. */
  readonly m: number;
  readonly pairFrom: Int32Array;
  readonly pairTo: Int32Array;
  /** The view edges of pair p are `pairEdges[pairEdgeStart[p] .. pairEdgeStart[p+1]]`. */
  readonly pairEdgeStart: Int32Array;
  readonly pairEdges: Int32Array;
  readonly outStart: Int32Array;
  /** In-pairs of node v: `inPair[inStart[v] .. inStart[v+1]]`, pair ids. */
  readonly inStart: Int32Array;
  readonly inPair: Int32Array;
}

const cache = new WeakMap<GraphView, PairGraph>();

/** The compact form of a view, built once per view object. */
export function pairGraph(view: GraphView): PairGraph {
  let pg = cache.get(view);
  if (!pg) {
    pg = buildPairGraph(view);
    cache.set(view, pg);
  }
  return pg;
}

function buildPairGraph(view: GraphView): PairGraph {
  const ids = view.nodes;
  const n = ids.length;
  const indexOf = new Map<EntityId, number>();
  ids.forEach((id, i) => indexOf.set(id, i));
  const edges = view.edges;
  const E = edges.length;
  const ef = new Int32Array(E);
  const et = new Int32Array(E);
  for (let i = 0; i < E; i++) {
    const e = edges[i]!;
    const f = indexOf.get(e.from);
    const t = indexOf.get(e.to);
    if (f === undefined || t === undefined) {
      throw new DataError(`graph view: edge ${i} (${e.from} → ${e.to}) names a node missing from view.nodes`, { edge: i });
    }
    ef[i] = f;
    et[i] = t;
  }
  // Counting sort by target, then stable counting sort by source: edges ordered by (from, to).
  const byTo = countingSort(et, n, identity(E));
  const order = countingSort(ef, n, byTo);
  const pairEdgeStartArr: number[] = [];
  const pf: number[] = [];
  const pt: number[] = [];
  for (let k = 0; k < E; k++) {
    const e = order[k]!;
    const prev = k > 0 ? order[k - 1]! : -1;
    if (prev < 0 || ef[prev] !== ef[e] || et[prev] !== et[e]) {
      pairEdgeStartArr.push(k);
      pf.push(ef[e]!);
      pt.push(et[e]!);
    }
  }
  const m = pf.length;
  pairEdgeStartArr.push(E);
  const pairFrom = Int32Array.from(pf);
  const pairTo = Int32Array.from(pt);
  const outStart = new Int32Array(n + 1);
  const inStart = new Int32Array(n + 1);
  for (let p = 0; p < m; p++) {
    outStart[pairFrom[p]! + 1]!++;
    inStart[pairTo[p]! + 1]!++;
  }
  for (let u = 0; u < n; u++) {
    outStart[u + 1]! += outStart[u]!;
    inStart[u + 1]! += inStart[u]!;
  }
  const inPair = new Int32Array(m);
  const fill = inStart.slice(0, n);
  for (let p = 0; p < m; p++) inPair[fill[pairTo[p]!]!++] = p;
  return {
    n, ids, indexOf, m, pairFrom, pairTo,
    pairEdgeStart: Int32Array.from(pairEdgeStartArr), pairEdges: order,
    outStart, inStart, inPair,
  };
}

function identity(n: number): Int32Array {
  const a = new Int32Array(n);
  for (let i = 0; i < n; i++) a[i] = i;
  return a;
}

/** Stable counting sort of `items` by `key[item]` in [0, n). */
function countingSort(key: Int32Array, n: number, items: Int32Array): Int32Array {
  const count = new Int32Array(n + 1);
  for (let i = 0; i < items.length; i++) count[key[items[i]!]! + 1]!++;
  for (let u = 0; u < n; u++) count[u + 1]! += count[u]!;
  const out = new Int32Array(items.length);
  for (let i = 0; i < items.length; i++) {
    const it = items[i]!;
    out[count[key[it]!]!++] = it;
  }
  return out;
}

/** Which number an analysis reads off an edge. */
export type EdgeAmountKey = 'amount' | 'low' | 'high';

/**
 * Per pair: the sum of the disclosed amounts and whether any leg was undisclosed.
 * Sums are exact bigints.
 */
export function pairAmounts(view: GraphView, pg: PairGraph, key: EdgeAmountKey = 'amount'): { sum: bigint[]; undisclosed: Uint8Array } {
  const sum: bigint[] = new Array<bigint>(pg.m);
  const undisclosed = new Uint8Array(pg.m);
  const edges: readonly GraphEdge[] = view.edges;
  for (let p = 0; p < pg.m; p++) {
    let s = 0n;
    for (let k = pg.pairEdgeStart[p]!; k < pg.pairEdgeStart[p + 1]!; k++) {
      const a = edges[pg.pairEdges[k]!]![key];
      if (a === null) undisclosed[p] = 1;
      else s += a;
    }
    sum[p] = s;
  }
  return { sum, undisclosed };
}
