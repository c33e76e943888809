/** `roundtrip diff --from D1 --to D2`: the deals as known on two dates, compared. */
import type { IsoDate } from '../core/fuzzy-date.js';
import { type ConsolidateAllOptions, type LedgerData, consolidateAll } from './consolidate-all.js';
import { type DealDiff, diffDeals } from './diff-deals.js';

/**
 * Deals added, changed (field by field) and ended between the view as of `from` and as of `to`.
 * Other options (review, system time) apply to both views.
 * @throws InputError on malformed dates (see `consolidateAll`).
 */
export function diffAsOf(
  data: LedgerData,
  from: IsoDate,
  to: IsoDate,
  opts: Omit<ConsolidateAllOptions, 'asOf'> = {},
): DealDiff {
  return diffDeals(
    consolidateAll(data, { ...opts, asOf: from }),
    consolidateAll(data, { ...opts, asOf: to }),
  );
}
