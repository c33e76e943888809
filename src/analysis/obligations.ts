/** Internal: a view as an obligation network in typed arrays (who owes whom how much, disclosed legs only). */
import { DataError } from '../core/errors.js';
import type { EntityId } from '../core/ids.js';
import type { GraphView } from './graph-view.js';
import { pairAmounts, pairGraph } from './pair-graph.js';

export interface ObligationNetwork {
  readonly n: number;
  readonly ids: readonly EntityId[];
  readonly indexOf: ReadonlyMap<EntityId, number>;
  /** Creditors' view: the obligations owed to v are `inFrom/inAmount[inStart[v] .. inStart[v+1]]`. */
  readonly inStart: Int32Array;
  readonly inFrom: Int32Array;
  readonly inAmount: Float64Array;
  /** Debtors' view: what u owes is `outTo/outAmount[outStart[u] .. outStart[u+1]]`. */
  readonly outStart: Int32Array;
  readonly outTo: Int32Array;
  readonly outAmount: Float64Array;
  /** Total each company owes (p̄) and is owed. */
  readonly owed: Float64Array;
  readonly claims: Float64Array;
}

const cache = new WeakMap<GraphView, ObligationNetwork>();

/** The obligations of a view: parallel legs summed, undisclosed legs left out. */
export function obligationNetwork(view: GraphView): ObligationNetwork {
  const hit = cache.get(view);
  if (hit) return hit;
  const pg = pairGraph(view);
  const { sum } = pairAmounts(view, pg, 'amount');
  let gross = 0n;
  for (const s of sum) gross += s;
  if (gross > BigInt(Number.MAX_SAFE_INTEGER)) {
    throw new DataError(`stress: the gross flow ${gross} exceeds 2^53 currency units`, { gross: String(gross) });
  }
  const n = pg.n;
  const amount = Float64Array.from(sum, Number);
  const owed = new Float64Array(n);
  const claims = new Float64Array(n);
  for (let p = 0; p < pg.m; p++) {
    owed[pg.pairFrom[p]!]! += amount[p]!;
    claims[pg.pairTo[p]!]! += amount[p]!;
  }
  const inFrom = new Int32Array(pg.m);
  const inAmount = new Float64Array(pg.m);
  for (let k = 0; k < pg.m; k++) {
    const p = pg.inPair[k]!;
    inFrom[k] = pg.pairFrom[p]!;
    inAmount[k] = amount[p]!;
  }
  const net: ObligationNetwork = {
    n, ids: pg.ids, indexOf: pg.indexOf,
    inStart: pg.inStart, inFrom, inAmount,
    outStart: pg.outStart, outTo: pg.pairTo, outAmount: amount,
    owed, claims,
  };
  cache.set(view, net);
  return net;
}
