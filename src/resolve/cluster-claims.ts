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
  readonly dealId: DealId | null;
  readonly claims: Claim[];
  readonly placed: Claim[];
  readonly key: string;
}

/** Running totals between two clusters: average linkage updates by adding (Lance–Williams). */
interface Link {
  sum: number;
  count: number;
  blocked: boolean;
  close: boolean;
}

const keyOf = (w: Pick<Work, 'dealId' | 'claims'>) => w.dealId ?? `~${w.claims[0]!.id}`;

/**
 * Merge clusters greedily by highest average linkage while it reaches `threshold`. Existing
 * deals are fixed clusters that may absorb loose claims but never merge with each other;
 * `refuses(claimId, dealId)` blocks a claim from a deal it was judged not to belong to.
 * Ties break on cluster keys, so any permutation of the same input gives the same clusters.
 */
/** The link of two works that can never merge (two stored deals). */
const NEVER: Link = { sum: 0, count: 1, blocked: true, close: false };

export function agglomerate(
  fixed: readonly { dealId: DealId; claims: readonly Claim[] }[],
  loose: readonly Claim[],
  pair: PairScore,
  near: (x: Claim, y: Claim) => boolean,
  threshold: number,
  refuses: (claimId: ClaimId, dealId: DealId) => boolean,
): ClaimCluster[] {
  const initial: Work[] = [
    ...fixed.map((f) => ({
      dealId: f.dealId,
      claims: [...f.claims].sort(compareClaims),
      placed: [] as Claim[],
    })),
    ...[...loose].sort(compareClaims).map((c) => ({ dealId: null, claims: [c], placed: [c] })),
  ].map((w) => ({ ...w, key: keyOf(w) }));
  initial.sort((x, y) => (x.key < y.key ? -1 : x.key > y.key ? 1 : 0));

  const live = new Map<number, Work>(initial.map((w, i) => [i, w]));
  // NOTE: links are kept for every pair (merges add them up), but only pairs that are not
  // blocked and reach the threshold are scanned: merging never lifts an average above the
  // larger of the two it combines, so a pair that is neither stays out for good.
  const links = new Map<number, Map<number, Link>>();
  const candidates = new Map<number, Set<number>>();
  // NOTE: two stored deals never merge, and neither does anything that holds one of them, so their
  // link is never read for a merge: it is not measured or kept (it would cost O(deals²) per document).
  const getLink = (i: number, j: number): Link => (i < j ? links.get(i)?.get(j) : links.get(j)?.get(i)) ?? NEVER;
  const setLink = (i: number, j: number, l: Link) => {
    const [a, b] = i < j ? [i, j] : [j, i];
    let row = links.get(a);
    if (!row) links.set(a, (row = new Map()));
    row.set(b, l);
    if (!l.blocked && l.sum / l.count >= threshold) {
      let c = candidates.get(a);
      if (!c) candidates.set(a, (c = new Set()));
      c.add(b);
    }
  };
  const measure = (a: Work, b: Work): Link => {
    const l: Link = { sum: 0, count: 0, blocked: false, close: false };
    for (const x of a.claims) {
      for (const y of b.claims) {
        const s = pair(x, y);
        if (s === null) return { ...l, count: 1, blocked: true };
        l.sum += s;
        l.count++;
        l.close ||= near(x, y);
      }
    }
    return l;
  };
  for (let i = 0; i < initial.length; i++) {
    for (let j = i + 1; j < initial.length; j++) {
      if (initial[i]!.dealId && initial[j]!.dealId) continue;
      setLink(i, j, measure(initial[i]!, initial[j]!));
    }
  }
  const refused = (a: Work, b: Work) => {
    const deal = a.dealId ?? b.dealId;
    const incoming = a.dealId ? b.placed : a.placed;
    return deal !== null && incoming.some((c) => refuses(c.id, deal));
  };

  let next = initial.length;
  for (;;) {
    let best: { i: number; j: number; score: number; keys: [string, string] } | null = null;
    for (const [i, row] of candidates) {
      const a = live.get(i);
      if (!a) continue;
      for (const j of row) {
        const b = live.get(j);
        if (!b) continue;
        const l = getLink(i, j);
        if ((a.dealId && b.dealId) || !l.close) continue;
        const score = l.sum / l.count;
        if (refused(a, b)) continue;
        const keys: [string, string] = a.key < b.key ? [a.key, b.key] : [b.key, a.key];
        // NOTE: ties go to the pair first in key order, never to the pair seen first.
        const better =
          !best ||
          score > best.score ||
          (score === best.score &&
            (keys[0] < best.keys[0] || (keys[0] === best.keys[0] && keys[1] < best.keys[1])));
        if (better) best = { i, j, score, keys };
      }
    }
    if (!best) break;
    const { i: bi, j: bj } = best;
    const x = live.get(bi)!;
    const y = live.get(bj)!;
    const claims = [...x.claims, ...y.claims].sort(compareClaims);
    const dealId = x.dealId ?? y.dealId;
    const merged: Work = {
      dealId,
      claims,
      placed: [...x.placed, ...y.placed].sort(compareClaims),
      key: keyOf({ dealId, claims }),
    };
    live.delete(bi);
    live.delete(bj);
    candidates.delete(bi);
    candidates.delete(bj);
    const id = next++;
    for (const k of [...live.keys()].sort((p, q) => p - q)) {
      if (dealId && live.get(k)!.dealId) continue;
      const lx = getLink(bi, k);
      const ly = getLink(bj, k);
      setLink(k, id, {
        sum: lx.sum + ly.sum,
        count: lx.count + ly.count,
        blocked: lx.blocked || ly.blocked,
        close: lx.close || ly.close,
      });
    }
    links.delete(bi);
    links.delete(bj);
    live.set(id, merged);
  }
  return [...live.values()]
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .map(({ dealId, claims, placed }) => ({ dealId, claims, placed }));
}
