/** Filters for deal lists: company (with subsidiaries), type, status, report-date range. */
import type { DealStatus } from '../core/deal-status.js';
import type { DealType } from '../core/deal-type.js';
import type { Deal } from '../core/deal.js';
import { type Entity, rollupRoot } from '../core/entity.js';
import { type IsoDate, dateEnd, dateStart } from '../core/fuzzy-date.js';
import type { EntityId } from '../core/ids.js';

export interface DealFilter {
  /** Deals where this company (or one of its subsidiaries) is a party. */
  readonly company?: EntityId;
  readonly types?: readonly DealType[];
  readonly statuses?: readonly DealStatus[];
  /** First reported on or after this date. */
  readonly from?: IsoDate;
  /** First reported on or before this date. */
  readonly to?: IsoDate;
}

/** The deals that pass every filter given. */
export function filterDeals(deals: readonly Deal[], entities: readonly Entity[], f: DealFilter): Deal[] {
  const byId = new Map(entities.map((e) => [e.id, e] as const));
  const involves = (d: Deal, company: EntityId) =>
    [d.from.id, d.to.id, ...d.legs.flatMap((l) => [l.from, l.to])].some(
      (id) => id !== null && (id === company || rollupRoot(id, byId) === company),
    );
  return deals.filter((d) => {
    if (f.company && !involves(d, f.company)) return false;
    if (f.types?.length && !f.types.includes(d.type)) return false;
    if (f.statuses?.length && !f.statuses.includes(d.status)) return false;
    const day = d.firstReported;
    if (f.from && (!day || dateEnd(day) < dateStart(f.from))) return false;
    if (f.to && (!day || dateStart(day) > dateEnd(f.to))) return false;
    return true;
  });
}
