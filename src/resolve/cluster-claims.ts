/** Average-linkage clustering of claims around existing deals, independent of input order. */
import type { Claim } from '../core/claim.js';
import type { ClaimId, DealId } from '../core/ids.js';
import { compareClaims } from './support-rank.js';

/** A set of claims that will be one deal; `dealId` when it is an existing deal. */
export interface ClaimCluster {
  readonly dealId: DealId | null;
  /** All claims, in canonical order. */
  readonly claims: readonly Claim[];
  /** The claims placed in this run (not yet judged), in canonical order. */
  readonly placed: readonly Claim[];
}

/** Pairwise similarity with the hard rules folded in: null when two claims must not share a deal. */
export type PairScore = (a: Claim, b: Claim) => number | null;

/** Wraps a pair score with a symmetric memo keyed by claim ids. */
export function memoPairScore(score: PairScore): PairScore {
  const memo = new Map<string, number | null>();
  return (a, b) => {
    const [x, y] = a.id < b.id ? [a, b] : [b, a];
    const key = `${x.id}\u0000${y.id}`;
    if (!memo.has(key)) memo.set(key, score(x, y));
    return memo.get(key)!;
  };
}

/**
 * Average linkage between two claim sets: the mean pair score, summed in canonical order so
 * the result never depends on input order; null when any pair must not link, or no pair lies
 * within the report-date window (`near`).
 */
export function linkage(
  a: readonly Claim[],
  b: readonly Claim[],
  pair: PairScore,
  near: (x: Claim, y: Claim) => boolean,
): number | null {
  let sum = 0;
  let close = false;
  for (const x of a) {
    for (const y of b) {
      const s = pair(x, y);
      if (s === null) return null;
      sum += s;
      close ||= near(x, y);
    }
  }
  return close ? sum / (a.length * b.length) : null;
}

interface Work {
  dealId: DealId | null;
  claims: Claim[];
  placed: Claim[];
  key: string;
}

const keyOf = (w: Pick<Work, 'dealId' | 'claims'>) => w.dealId ?? `~${w.claims[0]!.id}`;

/**
 * Merge clusters greedily by highest average linkage while it reaches `threshold`. Existing
 * deals are fixed clusters that may absorb loose claims but never merge with each other;
 * `refuses(claimId, dealId)` blocks a claim from a deal it was judged not to belong to.
 * Ties break on cluster keys, so any permutation of the same input gives the same clusters.
 */
export function agglomerate(
  fixed: readonly { dealId: DealId; claims: readonly Claim[] }[],
  loose: readonly Claim[],
  pair: PairScore,
  near: (x: Claim, y: Claim) => boolean,
  threshold: number,
  refuses: (claimId: ClaimId, dealId: DealId) => boolean,
): ClaimCluster[] {
  const work: Work[] = [
    ...fixed.map((f) => ({ dealId: f.dealId, claims: [...f.claims].sort(compareClaims), placed: [] as Claim[] })),
    ...[...loose].sort(compareClaims).map((c) => ({ dealId: null, claims: [c], placed: [c] })),
  ].map((w) => ({ ...w, key: keyOf(w) }));
  work.sort((x, y) => (x.key < y.key ? -1 : x.key > y.key ? 1 : 0));

  const mergeable = (x: Work, y: Work): number | null => {
    if (x.dealId && y.dealId) return null;
    const deal = x.dealId ?? y.dealId;
    const incoming = x.dealId ? y.placed : x.dealId === null && y.dealId ? x.placed : [];
    if (deal && incoming.some((c) => refuses(c.id, deal))) return null;
    return linkage(x.claims, y.claims, pair, near);
  };

  for (;;) {
    let best: { i: number; j: number; score: number } | null = null;
    for (let i = 0; i < work.length; i++) {
      for (let j = i + 1; j < work.length; j++) {
        const s = mergeable(work[i]!, work[j]!);
        if (s === null || s < threshold) continue;
        // NOTE: strict ">" keeps the first pair in key order on ties.
        if (!best || s > best.score) best = { i, j, score: s };
      }
    }
    if (!best) break;
    const x = work[best.i]!;
    const y = work[best.j]!;
    const merged: Work = {
      dealId: x.dealId ?? y.dealId,
      claims: [...x.claims, ...y.claims].sort(compareClaims),
      placed: [...x.placed, ...y.placed].sort(compareClaims),
      key: '',
    };
    merged.key = keyOf(merged);
    work.splice(best.j, 1);
    work.splice(best.i, 1);
    work.push(merged);
    work.sort((p, q) => (p.key < q.key ? -1 : p.key > q.key ? 1 : 0));
  }
  return work.map(({ dealId, claims, placed }) => ({ dealId, claims, placed }));
}
