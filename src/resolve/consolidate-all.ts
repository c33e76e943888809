/** Every deal as it was known on a date: claims published by then, clustered by the judgements in force. */
import type { Claim } from '../core/claim.js';
import type { Deal, DealRecord, Judgement, Leg } from '../core/deal.js';
import type { Entity } from '../core/entity.js';
import { InputError } from '../core/errors.js';
import { type IsoDate, isIsoDate } from '../core/fuzzy-date.js';
import type { DealId } from '../core/ids.js';
import { type DocumentLookup, buildOutletIndex } from './claim-source.js';
import { consolidateDeal } from './consolidate-deal.js';
import { claimStandings, endOfMoment } from './deal-membership.js';

/** Everything consolidation reads: plain data, typically loaded from the store. */
export interface LedgerData {
  readonly claims: readonly Claim[];
  readonly judgements: readonly Judgement[];
  readonly deals: readonly DealRecord[];
  readonly documents: DocumentLookup;
  readonly entities: readonly Entity[];
}

/** Which view of time and review to consolidate. */
export interface ConsolidateAllOptions {
  /**
   * Report time: only claims published by this day (YYYY, YYYY-MM or YYYY-MM-DD, inclusive)
   * count. A claim without a publication date counts from the day it was recorded.
   */
  readonly asOf?: IsoDate;
  /**
   * System time: only judgements made by this moment and not deleted by it, and claims
   * recorded by it, count (ISO timestamp, or a day meaning its end). Absent = now.
   * NOTE: kept apart from `asOf` because back-filled news is judged long after it was
   * published; pass both to ask "what did this ledger say on that day".
   */
  readonly knownAt?: string;
  /** Include claims nobody has reviewed yet (the trusted automatic mode). Default false. */
  readonly includeUnreviewed?: boolean;
}

/** True when a claim was public by the end of `asOf`. */
export function publishedBy(claim: Claim, asOf: IsoDate): boolean {
  const day = claim.publishedAt ?? claim.recordedAt.slice(0, 10);
  // NOTE: prefix dates compare as their first day ("2025-12" is published by "2025-12-01").
  return day.slice(0, asOf.length) <= asOf;
}

function checkOptions(opts: ConsolidateAllOptions): void {
  if (opts.asOf !== undefined && !isIsoDate(opts.asOf)) {
    throw new InputError(`as-of date "${opts.asOf}" is not a date; write YYYY-MM-DD`, {
      asOf: opts.asOf,
    });
  }
  if (opts.knownAt !== undefined && Number.isNaN(Date.parse(opts.knownAt))) {
    throw new InputError(`known-at time "${opts.knownAt}" is not a date or ISO timestamp`, {
      knownAt: opts.knownAt,
    });
  }
}

/**
 * Consolidate every deal that has claims in the chosen view. Rejected and superseded claims
 * never count; unreviewed ones only with `includeUnreviewed`; `unsure` and `negative`
 * judgements place no claim. A deal left with no claims is absent, and relations to absent
 * deals are dropped. Deals come back sorted by id.
 * @throws InputError on a malformed `asOf` or `knownAt`.
 */
export function consolidateAll(data: LedgerData, opts: ConsolidateAllOptions = {}): Deal[] {
  checkOptions(opts);
  const knownAt = opts.knownAt === undefined ? undefined : endOfMoment(opts.knownAt);
  const visible = (c: Claim) =>
    (c.review === 'accepted' || (c.review === 'unreviewed' && opts.includeUnreviewed === true)) &&
    (opts.asOf === undefined || publishedBy(c, opts.asOf)) &&
    (knownAt === undefined || c.recordedAt <= knownAt);
  const standings = claimStandings(data.judgements, knownAt === undefined ? {} : { knownAt });
  const members = new Map<DealId, Claim[]>();
  for (const c of data.claims) {
    const dealId = standings.get(c.id)?.dealId;
    if (!dealId || !visible(c)) continue;
    members.set(dealId, [...(members.get(dealId) ?? []), c]);
  }
  const outlets = buildOutletIndex(data.entities);
  const present = data.deals.filter((d) => members.has(d.id));
  const presentIds = new Set(present.map((d) => d.id));
  return present
    .map((record) =>
      consolidateDeal(
        { ...record, relations: record.relations.filter((r) => presentIds.has(r.dealId)) },
        members.get(record.id)!,
        data.documents,
        data.entities,
        { outlets },
      ),
    )
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** The legs of every deal in the chosen view (the graph's edges). */
export function consolidateLegs(data: LedgerData, opts: ConsolidateAllOptions = {}): Leg[] {
  return consolidateAll(data, opts).flatMap((d) => d.legs);
}
