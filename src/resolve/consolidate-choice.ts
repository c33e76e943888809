/** Consolidate a field whose reported values are either equal or not (type, parties, term length). */
import type { Claim } from '../core/claim.js';
import type { Conflict } from '../core/deal.js';
import type { FieldConsensus } from './consolidate-interval.js';
import { type Support, compareGroupSupport, comparePreference, sortedIds } from './support-rank.js';

/**
 * Group claims by `keyOf` (claims without a value are skipped), pick the best-supported group,
 * and take the value of that group's preferred claim; more than one group is a conflict.
 */
export function consolidateChoice<T>(
  field: string,
  supports: readonly Support[],
  keyOf: (c: Claim) => string | undefined,
  valueOf: (c: Claim) => T,
): FieldConsensus<T> {
  const groups = new Map<string, Support[]>();
  for (const s of supports) {
    const key = keyOf(s.claim);
    if (key === undefined) continue;
    groups.set(key, [...(groups.get(key) ?? []), s]);
  }
  const ranked = [...groups.values()]
    .map((g) => [...g].sort(comparePreference))
    .sort(compareGroupSupport);
  const values = ranked.map((g, i) => ({
    value: valueOf(g[0]!.claim),
    claimIds: sortedIds(g),
    preferred: i === 0,
  }));
  const best = values[0];
  if (!best) return { value: null, claimIds: [], conflict: null };
  const conflict: Conflict | null = values.length > 1 ? { field, values } : null;
  return { value: best.value, claimIds: best.claimIds, conflict };
}
