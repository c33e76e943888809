/** How well a reported value is supported: attribution strength, independent reports, recency. */
import type { AttributionKind, Claim } from '../core/claim.js';
import type { ClaimId } from '../core/ids.js';

/**
 * Attribution strength, lower is stronger: company statement or filing > named executive
 * (and curated dataset rows) > anonymous sources > a relayed outlet or the journalist > analyst.
 */
export const ATTRIBUTION_STRENGTH: Readonly<Record<AttributionKind, number>> = {
  company_statement: 0,
  filing: 0,
  named_executive: 1,
  curated: 1,
  anonymous_sources: 2,
  other_outlet: 3,
  journalist: 3,
  analyst: 4,
};

/** A claim as consolidation weighs it. */
export interface Support {
  readonly claim: Claim;
  /** True when the claim is its source's representative (see `dealSources`). */
  readonly independent: boolean;
}

/** Canonical claim order: report date (undated last), then id. Used wherever order must not depend on input. */
export function compareClaims(a: Claim, b: Claim): number {
  const pa = a.publishedAt ?? '9999';
  const pb = b.publishedAt ?? '9999';
  if (pa !== pb) return pa < pb ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Preference between two single reports: stronger attribution, independent, more recent, then id. */
export function comparePreference(a: Support, b: Support): number {
  const s =
    ATTRIBUTION_STRENGTH[a.claim.attribution.kind] - ATTRIBUTION_STRENGTH[b.claim.attribution.kind];
  if (s !== 0) return s;
  if (a.independent !== b.independent) return a.independent ? -1 : 1;
  const pa = a.claim.publishedAt ?? '';
  const pb = b.claim.publishedAt ?? '';
  if (pa !== pb) return pa > pb ? -1 : 1;
  return a.claim.id < b.claim.id ? -1 : a.claim.id > b.claim.id ? 1 : 0;
}

/**
 * Preference between two groups of reports backing one value: the strongest attribution in
 * each, then the number of independent reports, then the most recent report, then ids.
 */
export function compareGroupSupport(a: readonly Support[], b: readonly Support[]): number {
  const best = (g: readonly Support[]) =>
    Math.min(...g.map((s) => ATTRIBUTION_STRENGTH[s.claim.attribution.kind]));
  const d = best(a) - best(b);
  if (d !== 0) return d;
  const indep = (g: readonly Support[]) => g.filter((s) => s.independent).length;
  const i = indep(b) - indep(a);
  if (i !== 0) return i;
  const latest = (g: readonly Support[]) =>
    g.reduce((m, s) => ((s.claim.publishedAt ?? '') > m ? (s.claim.publishedAt ?? '') : m), '');
  const la = latest(a);
  const lb = latest(b);
  if (la !== lb) return la > lb ? -1 : 1;
  const first = (g: readonly Support[]) => g.map((s) => s.claim.id).sort()[0] ?? '';
  return first(a) < first(b) ? -1 : first(a) > first(b) ? 1 : 0;
}

/** Claim ids sorted, for stable output. */
export function sortedIds(supports: readonly Support[]): ClaimId[] {
  return supports.map((s) => s.claim.id).sort();
}
