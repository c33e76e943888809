/** A deal's legs: the direction table of its type, or the explicit legs a claim gives, with the amount on the cash leg. */
import type { Amount } from '../core/amount.js';
import type { LegSpec, PartyRef } from '../core/claim.js';
import type { Leg } from '../core/deal.js';
import type { DealStatus } from '../core/deal-status.js';
import { DEAL_TYPE_INFO, type DealType } from '../core/deal-type.js';
import type { IsoDate } from '../core/fuzzy-date.js';
import { type DealId, type EntityId, entityId, legId, slugify } from '../core/ids.js';

/** What a deal knows when its legs are drawn. */
export interface LegContext {
  readonly dealId: DealId;
  readonly type: DealType;
  readonly from: PartyRef;
  readonly to: PartyRef;
  readonly amount: Amount | null;
  readonly status: DealStatus;
  readonly start: IsoDate | null;
  readonly end: IsoDate | null;
  readonly reportedAt: IsoDate | null;
  /** Explicit legs from a claim; when absent the type's direction table decides. */
  readonly specs?: readonly LegSpec[];
}

/** The entity id of a party; an unresolved party gets the slug of its name so it still draws. */
export function partyEntityId(p: PartyRef): EntityId {
  return p.id ?? entityId(slugify(p.name) || 'unknown');
}

/**
 * Build the legs of a deal. The leg that carries the amount gets the consolidated amount;
 * it is contingent when the amount names what it depends on (or the spec says so).
 * Leg ids are `<deal>:<asset>` with `-2`, `-3` on repeats.
 */
export function buildLegs(ctx: LegContext): Leg[] {
  const from = partyEntityId(ctx.from);
  const to = partyEntityId(ctx.to);
  const specs: readonly LegSpec[] =
    ctx.specs && ctx.specs.length > 0
      ? ctx.specs
      : DEAL_TYPE_INFO[ctx.type].legs.map((t) => ({
          from: t.direction === 'from_to' ? from : to,
          to: t.direction === 'from_to' ? to : from,
          asset: t.asset,
          carriesAmount: t.carriesAmount,
        }));
  const seen = new Map<string, number>();
  return specs.map((s) => {
    const n = (seen.get(s.asset) ?? 0) + 1;
    seen.set(s.asset, n);
    const amount = s.carriesAmount ? ctx.amount : null;
    return {
      id: legId(`${ctx.dealId}:${s.asset}${n > 1 ? `-${n}` : ''}`),
      dealId: ctx.dealId,
      type: ctx.type,
      from: s.from,
      to: s.to,
      asset: s.asset,
      amount,
      status: ctx.status,
      start: ctx.start,
      end: ctx.end,
      reportedAt: ctx.reportedAt,
      contingent: s.contingent ?? !!amount?.contingentOn,
    };
  });
}
