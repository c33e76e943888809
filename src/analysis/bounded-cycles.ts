/**
 * Internal: every elementary cycle of length ≤ k in a simple digraph, each exactly once.
 * A Johnson-style search with numeric locks in the spirit of Gupta–Suzumura as corrected by
 * Bauernöppel–Sack (2025): locks are lower bounds on the distance back to the start vertex
 * avoiding the current path, set exactly when a vertex is popped and relaxed along reverse
 * edges when a vertex leaves the path.
 */
import { sccIndex } from './strongly-connected-components.js';

/** A digraph in CSR form, both directions, no self-loops, no parallel arcs. */
export interface Csr {
  readonly n: number;
  readonly outStart: Int32Array;
  readonly outAdj: Int32Array;
  readonly inStart: Int32Array;
  readonly inAdj: Int32Array;
}

export interface CycleSearchStats {
  readonly cycles: number;
  /** Vertices pushed on the search path: the work measure (polynomial in cycles, n and e). */
  readonly pushes: number;
  /** Lock decreases during relaxation. */
  readonly relaxations: number;
  /** True when the callback asked to stop. */
  readonly stopped: boolean;
}

/**
 * Call `onCycle(path, length)` for every elementary cycle of at most `maxLength` arcs; `path[0..length)`
 * lists its vertices starting at the one searched from. Return false from the callback to stop.
 * The path buffer is reused: copy it if kept.
 *
 * Invariant (checked by the property tests): for every vertex u off the current path P,
 * lock[u] ≤ the length of the shortest path from u back to the start avoiding P. Pruning an arc
 * to w when the remaining budget is ≤ lock[w] therefore never loses a cycle, and a search that
 * fails raises the lock so the same dead end is not explored again until a path vertex is freed.
 */
export function enumerateSimpleCycles(
  g: Csr,
  maxLength: number,
  onCycle: (path: Int32Array, length: number) => boolean | void,
): CycleSearchStats {
  const { n, label, outStart, outAdj, inStart, inAdj, maxComp } = reduce(g);
  const k = Math.max(0, Math.min(Number.isFinite(maxLength) ? Math.floor(maxLength) : maxComp, maxComp));
  let cycles = 0;
  let pushes = 0;
  let relaxations = 0;
  if (k < 2) return { cycles, pushes, relaxations, stopped: false };

  // lock[u] == k means "cannot get back in time from any depth".
  const lock = new Int32Array(n).fill(k);
  const touched = new Int32Array(n);
  const isTouched = new Uint8Array(n);
  let nTouched = 0;
  const onPath = new Uint8Array(n);
  const pathV = new Int32Array(k + 1);
  const pathE = new Int32Array(k + 1);
  const pathB = new Int32Array(k + 1);
  const out = new Int32Array(k + 1);
  const queue = new Int32Array(n + 1);
  const INF = 0x3fffffff;

  const touch = (u: number) => {
    if (!isTouched[u]) {
      isTouched[u] = 1;
      touched[nTouched++] = u;
    }
  };

  // Vertices are relabelled so that the allowed ones for start s are exactly those > s, and every
  // adjacency list is sorted in decreasing order: scans stop at the first vertex <= s.
  for (let s = 0; s < n; s++) {
    // Exact distances back to s over vertices > s, up to k-1.
    let qh = 0;
    let qt = 0;
    lock[s] = 0;
    touch(s);
    queue[qt++] = s;
    while (qh < qt) {
      const z = queue[qh++]!;
      const dz = lock[z]! + 1;
      if (dz >= k) continue;
      for (let i = inStart[z]!, end = inStart[z + 1]!; i < end; i++) {
        const y = inAdj[i]!;
        if (y <= s) break;
        if (lock[y]! <= dz) continue;
        lock[y] = dz;
        touch(y);
        queue[qt++] = y;
      }
    }

    let d = 0;
    pathV[0] = s;
    pathE[0] = outStart[s]!;
    pathB[0] = INF;
    onPath[s] = 1;
    let stopped = false;
    while (d >= 0) {
      const v = pathV[d]!;
      const e = pathE[d]!;
      if (e < outStart[v + 1]!) {
        const w = outAdj[e]!;
        if (w < s) {
          pathE[d] = outStart[v + 1]!;
          continue;
        }
        pathE[d] = e + 1;
        if (w === s) {
          cycles++;
          if (pathB[d]! > 1) pathB[d] = 1;
          for (let i = 0; i <= d; i++) out[i] = label[pathV[i]!]!;
          if (onCycle(out, d + 1) === false) { stopped = true; break; }
          continue;
        }
        if (onPath[w] || lock[w]! >= k - d) continue;
        d++;
        pushes++;
        pathV[d] = w;
        pathE[d] = outStart[w]!;
        pathB[d] = INF;
        onPath[w] = 1;
        continue;
      }
      if (d === 0) break;
      // v is done: its search saw every path back to s avoiding the rest of the path.
      const b = pathB[d]!;
      onPath[v] = 0;
      lock[v] = b < INF ? b : Math.min(k, k - d + 1);
      touch(v);
      // Freeing v may open shorter ways back for its predecessors.
      qh = 0;
      qt = 0;
      queue[qt++] = v;
      while (qh < qt) {
        const z = queue[qh++]!;
        const dz = lock[z]! + 1;
        if (dz >= k) continue;
        for (let i = inStart[z]!, end = inStart[z + 1]!; i < end; i++) {
          const y = inAdj[i]!;
          if (y <= s) break;
          if (onPath[y] || lock[y]! <= dz) continue;
          lock[y] = dz;
          relaxations++;
          touch(y);
          queue[qt++] = y;
        }
      }
      d--;
      if (b < INF && pathB[d]! > b + 1) pathB[d] = b + 1;
    }
    for (let i = 0; i <= d; i++) onPath[pathV[i]!] = 0;
    onPath[s] = 0;
    for (let i = 0; i < nTouched; i++) {
      const u = touched[i]!;
      lock[u] = k;
      isTouched[u] = 0;
    }
    nTouched = 0;
    if (stopped) return { cycles, pushes, relaxations, stopped: true };
  }
  return { cycles, pushes, relaxations, stopped: false };
}

/**
 * Keep the vertices of components with a cycle and the arcs inside them, relabelled hubs first
 * (so each later search runs in a graph with the hubs removed), adjacency sorted decreasing.
 */
function reduce(g: Csr): Csr & { label: Int32Array; maxComp: number } {
  const { n, outStart, outAdj, inStart } = g;
  const { comp } = sccIndex(n, outStart, outAdj);
  const compSize = new Int32Array(n);
  for (let u = 0; u < n; u++) compSize[comp[u]!]!++;
  let maxComp = 0;
  let r = 0;
  for (let u = 0; u < n; u++) {
    const size = compSize[comp[u]!]!;
    if (size > 1) r++;
    if (size > maxComp) maxComp = size;
  }
  // Sort keys: higher degree first, then lower original index.
  const key = new Float64Array(r);
  for (let u = 0, i = 0; u < n; u++) {
    if (compSize[comp[u]!]! < 2) continue;
    const degree = outStart[u + 1]! - outStart[u]! + inStart[u + 1]! - inStart[u]!;
    key[i++] = -degree * n + u;
  }
  key.sort();
  const label = new Int32Array(r);
  const newOf = new Int32Array(n).fill(-1);
  for (let i = 0; i < r; i++) {
    const u = ((key[i]! % n) + n) % n;
    label[i] = u;
    newOf[u] = i;
  }
  // Intra-component arcs, relabelled, grouped by source (unsorted).
  const s0 = new Int32Array(r + 1);
  for (let i = 0; i < r; i++) {
    const u = label[i]!;
    let c = 0;
    for (let e = outStart[u]!; e < outStart[u + 1]!; e++) if (comp[outAdj[e]!] === comp[u]) c++;
    s0[i + 1] = s0[i]! + c;
  }
  const m = s0[r]!;
  const a0 = new Int32Array(m);
  for (let i = 0, k = 0; i < r; i++) {
    const u = label[i]!;
    for (let e = outStart[u]!; e < outStart[u + 1]!; e++) if (comp[outAdj[e]!] === comp[u]) a0[k++] = newOf[outAdj[e]!]!;
  }
  // Sources in decreasing order give in-lists sorted decreasing; then targets in decreasing order
  // over those give out-lists sorted decreasing.
  const inS = new Int32Array(r + 1);
  for (let e = 0; e < m; e++) inS[a0[e]! + 1]!++;
  for (let i = 0; i < r; i++) inS[i + 1]! += inS[i]!;
  const inA = new Int32Array(m);
  const fill = inS.slice(0, r);
  for (let i = r - 1; i >= 0; i--) for (let e = s0[i]!; e < s0[i + 1]!; e++) inA[fill[a0[e]!]!++] = i;
  const outS = s0;
  const outA = new Int32Array(m);
  fill.set(outS.subarray(0, r));
  for (let j = r - 1; j >= 0; j--) for (let e = inS[j]!; e < inS[j + 1]!; e++) outA[fill[inA[e]!]!++] = j;
  return { n: r, label, outStart: outS, outAdj: outA, inStart: inS, inAdj: inA, maxComp };
}
