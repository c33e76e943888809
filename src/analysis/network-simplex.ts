/**
 * Internal: primal network simplex for min-cost flows with integer data (block-search
 * pivoting, strongly feasible spanning trees kept as parent + thread + subtree sizes). Amounts are
 * integers held in doubles, exact while every sum stays below 2^53; the caller checks that.
 */

/** A min-cost flow problem: arcs with capacity and cost, and node supplies summing to zero. */
export interface FlowProblem {
  readonly n: number;
  readonly from: Int32Array;
  readonly to: Int32Array;
  /** Positive integer capacities. */
  readonly cap: Float64Array;
  /** Integer costs per unit of flow. */
  readonly cost: Float64Array;
  /** Integer supply per node (positive sends, negative receives); all zero when absent. */
  readonly supply?: Float64Array;
}

export interface FlowSolution {
  /** False when the supplies cannot be met within the capacities (then flow is not meaningful). */
  readonly feasible: boolean;
  /** Optimal flow per arc. */
  readonly flow: Float64Array;
  /** Node potentials proving optimality: reduced cost cost + pi[from] − pi[to] is ≥ 0 on arcs at 0, ≤ 0 at capacity, 0 between. */
  readonly pi: Int32Array;
  readonly cost: number;
  readonly pivots: number;
}

const LOWER = 1;
const TREE = 0;
const UPPER = -1;

/**
 * Minimum-cost flow meeting the supplies. Obligation clearing is the flow with cost 1 per unit and
 * each company's net position as supply: what must remain owed; the rest clears.
 */
export function minCostFlow(p: FlowProblem): FlowSolution {
  const n = p.n;
  const m = p.from.length;
  const root = n;
  const N = n + 1;
  const M = m + n;
  const src = new Int32Array(M);
  const tgt = new Int32Array(M);
  const cap = new Float64Array(M);
  const cost = new Int32Array(M);
  const flow = new Float64Array(M);
  const state = new Int8Array(M);
  src.set(p.from);
  tgt.set(p.to);
  cap.set(p.cap);
  cost.set(p.cost);
  state.fill(LOWER, 0, m);

  const pi = new Int32Array(N);
  const parent = new Int32Array(N);
  const pred = new Int32Array(N);
  /** 1 when the tree arc to the parent points up (node → parent). */
  const predUp = new Uint8Array(N);
  /** Subtree sizes: the subtree of u is the `succNum[u]` nodes from u along the thread. */
  const succNum = new Int32Array(N);
  const thread = new Int32Array(N);
  const revThread = new Int32Array(N);
  // Initial strongly feasible tree: every node hangs off the root by an artificial arc carrying its
  // supply, towards the root at zero cost for senders, from the root at a prohibitive cost for
  // receivers (LEMON's start). Optimal flows leave them empty unless the supplies are infeasible.
  let maxCost = 0;
  for (let e = 0; e < m; e++) maxCost = Math.max(maxCost, Math.abs(cost[e]!));
  const artCost = (maxCost + 1) * N;
  // NOTE: potentials are 32-bit integers (twice as fast as doubles here); |pi| stays below 2·artCost.
  if (!(4 * artCost < 2 ** 31)) throw new Error(`internal: costs up to ${maxCost} on ${n} nodes overflow 32-bit potentials`);
  parent[root] = -1;
  pred[root] = -1;
  succNum[root] = N;
  let last = root;
  for (let u = 0; u < n; u++) {
    const e = m + u;
    const s = p.supply ? p.supply[u]! : 0;
    if (s >= 0) {
      src[e] = u;
      tgt[e] = root;
      flow[e] = s;
      predUp[u] = 1;
      pi[u] = 0;
    } else {
      src[e] = root;
      tgt[e] = u;
      flow[e] = -s;
      cost[e] = artCost;
      predUp[u] = 0;
      pi[u] = artCost;
    }
    cap[e] = Infinity;
    state[e] = TREE;
    parent[u] = root;
    pred[u] = e;
    succNum[u] = 1;
    thread[last] = u;
    revThread[u] = last;
    last = u;
  }
  thread[last] = root;
  revThread[root] = last;

  // Scratch for re-hanging subtrees.
  const stem = new Int32Array(N);
  const stemSize = new Int32Array(N);
  const endPos = new Int32Array(N);
  const lastOf = new Int32Array(N);
  const pieceFirst = new Int32Array(2 * N);
  const pieceLast = new Int32Array(2 * N);

  const blockSize = Math.max(10, Math.ceil(Math.sqrt(m)));
  let next = 0;
  let pivots = 0;

  for (;;) {
    // Block search over the real arcs: scan a block, take the most negative reduced cost once a
    // block ends with one. NOTE: artificial arcs are not priced (as in LEMON): once empty they
    // could only re-enter in degenerate pivots, and feasibility is checked at the end.
    let inArc = -1;
    let best = 0;
    let count = blockSize;
    let e = next;
    for (let k = 0; k < m; k++) {
      const c = state[e]! * (cost[e]! + pi[src[e]!]! - pi[tgt[e]!]!);
      if (c < best) {
        best = c;
        inArc = e;
      }
      if (++e === m) e = 0;
      if (--count === 0) {
        if (inArc >= 0) break;
        count = blockSize;
      }
    }
    next = e;
    if (inArc < 0) break;
    pivots++;

    const uIn = src[inArc]!;
    const vIn = tgt[inArc]!;
    const dir = state[inArc]!;
    const first = dir === LOWER ? uIn : vIn;
    const second = dir === LOWER ? vIn : uIn;
    let a = uIn;
    let b = vIn;
    // An ancestor's subtree is strictly larger, so climbing the smaller side never passes the join.
    while (a !== b) {
      if (succNum[a]! < succNum[b]!) a = parent[a]!;
      else b = parent[b]!;
    }
    const join = a;

    // Leaving arc: the last blocking arc met going round the cycle from the join, which keeps
    // the tree strongly feasible (ties on the first side lose to the entering arc and the second side).
    let delta = cap[inArc]!;
    let uOut = -1;
    let outOnFirst = false;
    for (let x = first; x !== join; x = parent[x]!) {
      const e = pred[x]!;
      const r = predUp[x] ? flow[e]! : cap[e]! - flow[e]!;
      if (r < delta) {
        delta = r;
        uOut = x;
        outOnFirst = true;
      }
    }
    for (let x = second; x !== join; x = parent[x]!) {
      const e = pred[x]!;
      const r = predUp[x] ? cap[e]! - flow[e]! : flow[e]!;
      if (r <= delta) {
        delta = r;
        uOut = x;
        outOnFirst = false;
      }
    }
    if (delta === Infinity) throw new Error('internal: unbounded circulation (a negative-cost cycle without capacity)');

    if (delta > 0) {
      const val = dir * delta;
      flow[inArc] = flow[inArc]! + val;
      for (let x = uIn; x !== join; x = parent[x]!) {
        const e = pred[x]!;
        flow[e] = flow[e]! + (predUp[x] ? -val : val);
      }
      for (let x = vIn; x !== join; x = parent[x]!) {
        const e = pred[x]!;
        flow[e] = flow[e]! + (predUp[x] ? val : -val);
      }
    }

    if (uOut < 0) {
      state[inArc] = -dir as -1 | 1;
      continue;
    }
    const outArc = pred[uOut]!;
    state[inArc] = TREE;
    state[outArc] = flow[outArc] === 0 ? LOWER : UPPER;

    // The subtree S below the leaving arc holds one end of the entering arc: re-root S at that end
    // and hang it under the other end.
    const uNew = outOnFirst ? first : second;
    const vNew = outOnFirst ? second : first;
    const rc = cost[inArc]! + pi[uIn]! - pi[vIn]!;
    const sigma = uNew === uIn ? -rc : rc;

    // Stem: uNew = w0 and its old ancestors up to w_t = uOut, with their old subtree sizes.
    let t = 0;
    for (let x = uNew; ; x = parent[x]!) {
      stem[t] = x;
      stemSize[t] = succNum[x]!;
      if (x === uOut) break;
      t++;
    }
    const size = stemSize[t]!;
    // S leaves the subtrees of uOut's old ancestors below the join and joins those of vNew's.
    for (let x = parent[uOut]!; x !== join; x = parent[x]!) succNum[x] = succNum[x]! - size;
    for (let x = vNew; x !== join; x = parent[x]!) succNum[x] = succNum[x]! + size;
    // Re-rooted at w0, w_i keeps its old subtree minus w_{i-1}'s, plus w_{i+1}'s new one.
    succNum[stem[0]!] = size;
    let above = 0;
    for (let i = t; i >= 1; i--) {
      above += stemSize[i]! - stemSize[i - 1]!;
      succNum[stem[i]!] = above;
    }

    // One pass over S in old thread order: shift potentials and note where each stem node's old
    // subtree ends. Stem nodes come in the order w_t, w_{t-1}, ..., w_0, each inside the last.
    const before = revThread[uOut]!;
    let top = t; // open subtrees are those of stem[top .. t]
    endPos[t] = size - 1;
    let nextStem = t - 1;
    let expect = t >= 1 ? stem[t - 1]! : -1;
    let prevNode = -1;
    let x = uOut;
    for (let j = 0; j < size; j++) {
      while (j > endPos[top]!) {
        lastOf[top] = prevNode;
        top++;
      }
      if (x === expect) {
        top = nextStem;
        endPos[top] = j + stemSize[top]! - 1;
        nextStem--;
        expect = nextStem >= 0 ? stem[nextStem]! : -1;
      }
      pi[x] = pi[x]! + sigma;
      prevNode = x;
      x = thread[x]!;
    }
    const after = x;
    for (; top <= t; top++) lastOf[top] = prevNode;

    // New thread inside S: [w0's old subtree], then for i = 1..t: [w_i .. just before w_{i-1}],
    // [just after w_{i-1}'s old subtree .. end of w_i's old subtree]. Read old links first.
    let nPieces = 0;
    pieceFirst[nPieces] = stem[0]!;
    pieceLast[nPieces++] = lastOf[0]!;
    for (let i = 1; i <= t; i++) {
      pieceFirst[nPieces] = stem[i]!;
      pieceLast[nPieces++] = revThread[stem[i - 1]!]!;
      if (lastOf[i] !== lastOf[i - 1]) {
        pieceFirst[nPieces] = thread[lastOf[i - 1]!]!;
        pieceLast[nPieces++] = lastOf[i]!;
      }
    }

    // Reverse the stem's parent links (read each old link before it is overwritten).
    for (let i = t; i >= 1; i--) {
      const wi = stem[i]!;
      const wPrev = stem[i - 1]!;
      parent[wi] = wPrev;
      pred[wi] = pred[wPrev]!;
      predUp[wi] = predUp[wPrev] ? 0 : 1;
    }
    const w0 = stem[0]!;
    parent[w0] = vNew;
    pred[w0] = inArc;
    predUp[w0] = src[inArc] === w0 ? 1 : 0;

    // Splice S out of the thread and back in, re-pieced, right after vNew.
    thread[before] = after;
    revThread[after] = before;
    const nxt = thread[vNew]!;
    let prev = vNew;
    for (let i = 0; i < nPieces; i++) {
      thread[prev] = pieceFirst[i]!;
      revThread[pieceFirst[i]!] = prev;
      prev = pieceLast[i]!;
    }
    thread[prev] = nxt;
    revThread[nxt] = prev;
  }

  const out = flow.slice(0, m);
  let total = 0;
  for (let e = 0; e < m; e++) total += out[e]! * cost[e]!;
  let feasible = true;
  for (let e = m; e < M; e++) if (flow[e] !== 0) feasible = false;
  return { feasible, flow: out, pi: pi.slice(0, n), cost: total, pivots };
}
