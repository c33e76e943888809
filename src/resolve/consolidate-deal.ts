/** One deal as a pure function of its record and its claims: every field derived, with provenance and conflicts. */
import type { Amount, Quantity } from '../core/amount.js';
import type { Claim, DealTerms, PartyRef } from '../core/claim.js';
import type { Conflict, Deal, DealRecord } from '../core/deal.js';
import { DEAL_TYPE_INFO } from '../core/deal-type.js';
import type { Entity } from '../core/entity.js';
import { rollupRoot } from '../core/entity.js';
import { InputError } from '../core/errors.js';
import { type IsoDate, dateEnd, dateStart } from '../core/fuzzy-date.js';
import type { ClaimId, EntityId } from '../core/ids.js';
import { buildLegs, partyEntityId } from './build-legs.js';
import { type DocumentLookup, type OutletIndex, buildOutletIndex } from './claim-source.js';
import { consolidateChoice } from './consolidate-choice.js';
import { consolidateDates } from './consolidate-dates.js';
import {
  type FieldConsensus,
  amountKey,
  consolidateInterval,
  groupAmount,
  groupQuantity,
  quantityKey,
} from './consolidate-interval.js';
import { dealSources } from './deal-sources.js';
import { deriveStatus, statusReport } from './derive-status.js';
import { addDuration } from './iso-duration.js';
import { type Support, compareClaims, comparePreference } from './support-rank.js';

/** Options shared by the consolidation functions. */
export interface ConsolidateOptions {
  /** A prebuilt outlet index (see `buildOutletIndex`); built from the entities when absent. */
  readonly outlets?: OutletIndex;
}

/** "Amazon → OpenAI equity investment". */
export function dealTitle(type: Deal['type'], from: PartyRef, to: PartyRef): string {
  const label = DEAL_TYPE_INFO[type].label;
  return `${from.name} → ${to.name} ${label.charAt(0).toLowerCase()}${label.slice(1)}`;
}

type QuantityTerm = 'stakePercent' | 'capacity' | 'shares';

/**
 * Consolidate a deal from its member claims (already chosen by judgements and filtered by
 * review state and date: see `consolidateAll`). Amounts and other intervals intersect across
 * independent reports; status replays in event time; dates intersect as windows; each field
 * names the claims behind it in `provenance`.
 * @throws InputError when `claims` is empty: a deal with no claims does not exist.
 */
export function consolidateDeal(
  record: DealRecord,
  claims: readonly Claim[],
  documents: DocumentLookup,
  entities: readonly Entity[],
  opts: ConsolidateOptions = {},
): Deal {
  if (claims.length === 0) {
    throw new InputError(
      `deal "${record.id}" has no claims to consolidate; drop it or attach a claim first`,
      {
        dealId: record.id,
      },
    );
  }
  const ordered = [...claims].sort(compareClaims);
  const outlets = opts.outlets ?? buildOutletIndex(entities);
  const byId = new Map<EntityId, Entity>(entities.map((e) => [e.id, e]));
  const sourcing = dealSources(ordered, documents, outlets);
  const supports: Support[] = ordered.map((claim) => ({
    claim,
    independent: sourcing.independent.has(claim.id),
  }));

  const provenance: Record<string, readonly ClaimId[]> = {};
  const conflicts: Conflict[] = [];
  const take = <T>(field: string, c: FieldConsensus<T>): T | null => {
    if (c.claimIds.length > 0) provenance[field] = c.claimIds;
    if (c.conflict) conflicts.push(c.conflict);
    return c.value;
  };

  const type = take(
    'type',
    consolidateChoice(
      'type',
      supports,
      (c) => c.type,
      (c) => c.type,
    ),
  )!;
  const root = (p: PartyRef) => rollupRoot(partyEntityId(p), byId);
  const parties = take(
    'parties',
    consolidateChoice(
      'parties',
      supports,
      (c) => `${root(c.from)}>${root(c.to)}`,
      (c) => ({ from: c.from, to: c.to }),
    ),
  )!;

  const consensus = take(
    'amount',
    consolidateInterval<Amount>(
      'amount',
      supports.flatMap((s) => (s.claim.amount ? [{ ...s, value: s.claim.amount }] : [])),
      amountKey,
      groupAmount,
    ),
  );
  // NOTE: "…or none at all" is about whether the money moves at all, so it holds for the deal
  // whichever figure wins; contingency likewise.
  const zero = ordered.some((c) => c.amount?.mayBeZero);
  const contingentOn =
    consensus?.contingentOn ?? ordered.find((c) => c.amount?.contingentOn)?.amount?.contingentOn;
  const amount: Amount | null = consensus
    ? {
        ...consensus,
        mayBeZero: consensus.mayBeZero || zero,
        ...(contingentOn ? { contingentOn } : {}),
      }
    : null;

  const terms: { -readonly [K in keyof DealTerms]: DealTerms[K] } = {};
  const valuation = take(
    'terms.valuation',
    consolidateInterval<Amount>(
      'terms.valuation',
      supports.flatMap((s) =>
        s.claim.terms.valuation ? [{ ...s, value: s.claim.terms.valuation }] : [],
      ),
      amountKey,
      groupAmount,
    ),
  );
  if (valuation) terms.valuation = valuation;
  for (const key of [
    'stakePercent',
    'capacity',
    'shares',
  ] as const satisfies readonly QuantityTerm[]) {
    const field = `terms.${key}`;
    const q = take(
      field,
      consolidateInterval<Quantity>(
        field,
        supports.flatMap((s) => {
          const v = s.claim.terms[key];
          return v ? [{ ...s, value: v }] : [];
        }),
        quantityKey,
        groupQuantity,
      ),
    );
    if (q) terms[key] = q;
  }
  const duration = take(
    'terms.duration',
    consolidateChoice(
      'terms.duration',
      supports,
      (c) => c.terms.duration,
      (c) => c.terms.duration!,
    ),
  );
  if (duration) terms.duration = duration;
  const names = [...new Set(ordered.flatMap((c) => c.terms.names ?? []))];
  if (names.length) {
    terms.names = names;
    provenance['terms.names'] = ordered
      .filter((c) => c.terms.names?.length)
      .map((c) => c.id)
      .sort();
  }
  const described = [...supports].sort(comparePreference).find((s) => s.claim.terms.description);
  if (described) {
    terms.description = described.claim.terms.description!;
    provenance['terms.description'] = [described.claim.id];
  }

  const dated = consolidateDates(supports);
  Object.assign(provenance, dated.provenance);
  conflicts.push(...dated.conflicts);

  const { status, history } = deriveStatus(ordered.map(statusReport));
  provenance.status = history
    .filter((e) => e.status === status)
    .flatMap((e) => e.claimIds)
    .sort();

  const firstReported =
    ordered.map((c) => c.publishedAt).find((d): d is IsoDate => d !== null) ?? null;
  const { dates } = dated;
  const startDate = dates.start ?? dates.signed ?? dates.announced;
  const startBound = startDate?.earliest ?? startDate?.latest;
  const start = startBound ? dateStart(startBound) : null;
  const endBound = dates.end?.latest ?? dates.end?.earliest;
  const term = amount?.period ?? terms.duration;
  const end = endBound ? dateEnd(endBound) : start && term ? addDuration(start, term) : null;
  const withLegs = [...supports].sort(comparePreference).find((s) => s.claim.legs?.length);

  return {
    id: record.id,
    title: record.title ?? dealTitle(type, parties.from, parties.to),
    type,
    from: parties.from,
    to: parties.to,
    amount,
    status,
    dates,
    terms,
    legs: buildLegs({
      dealId: record.id,
      type,
      from: parties.from,
      to: parties.to,
      amount,
      status,
      start,
      end,
      reportedAt: firstReported,
      ...(withLegs?.claim.legs ? { specs: withLegs.claim.legs } : {}),
    }),
    claimIds: ordered.map((c) => c.id),
    sources: sourcing.sources,
    conflicts,
    history,
    relations: record.relations,
    provenance,
    firstReported,
    reviewed: ordered.every((c) => c.review === 'accepted'),
    version: record.version,
  };
}
