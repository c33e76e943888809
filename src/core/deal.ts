/** Deals (clusters of claims), their legs, and the judgements that cluster them. */
import type { Amount } from './amount.js';
import type { AttributionKind, DealDates, DealTerms, PartyRef } from './claim.js';
import type { DealStatus } from './deal-status.js';
import type { AssetKind, DealType } from './deal-type.js';
import type { IsoDate } from './fuzzy-date.js';
import type { ClaimId, DealId, DocumentId, EntityId, JudgementId, LegId } from './ids.js';

/** A claim→deal decision. Soft-deleted, never removed, so it can be undone and audited. */
export interface Judgement {
  readonly id: JudgementId;
  readonly claimId: ClaimId;
  readonly dealId: DealId;
  readonly judgement: 'positive' | 'negative' | 'unsure';
  readonly score: number | null;
  /** "auto:resolve@1", "dataset", "human:ana". */
  readonly user: string;
  readonly createdAt: string;
  readonly deletedAt: string | null;
}

export type DealRelationKind = 'expands' | 'amends' | 'tranche_of' | 'supersedes' | 'related';
export const DEAL_RELATION_KINDS: readonly DealRelationKind[] = ['expands', 'amends', 'tranche_of', 'supersedes', 'related'];

export interface DealRelation {
  readonly kind: DealRelationKind;
  /** The deal this one points at ("this expands that"). */
  readonly dealId: DealId;
}

/** The stored part of a deal: identity, version for optimistic concurrency, relations. */
export interface DealRecord {
  readonly id: DealId;
  readonly title: string | null;
  readonly version: number;
  readonly relations: readonly DealRelation[];
  /** Curator's or reviewer's notes. */
  readonly notes?: string;
  readonly createdAt: string;
  readonly updatedAt: string;
}

/** A directed transfer of value inside a deal. */
export interface Leg {
  readonly id: LegId;
  readonly dealId: DealId;
  readonly type: DealType;
  readonly from: EntityId;
  readonly to: EntityId;
  readonly asset: AssetKind;
  /** The amount when this leg carries the deal's amount; null otherwise or when undisclosed. */
  readonly amount: Amount | null;
  readonly status: DealStatus;
  /** When the leg starts and ends (event time), if known. */
  readonly start: IsoDate | null;
  readonly end: IsoDate | null;
  /** The first report date of the deal: legs are unknown before it. */
  readonly reportedAt: IsoDate | null;
  readonly contingent: boolean;
}

/** One source behind a deal. Re-reports are kept but not counted as independent. */
export interface DealSource {
  readonly documentId: DocumentId;
  readonly claimIds: readonly ClaimId[];
  readonly outlet: string | null;
  readonly url: string | null;
  readonly title: string | null;
  readonly publishedAt: IsoDate | null;
  readonly attribution: AttributionKind;
  readonly independent: boolean;
  /** The outlet it repeats, when a re-report. */
  readonly repeats?: string;
}

/** One of several values reported for a field. */
export interface FieldValue<T> {
  readonly value: T;
  readonly claimIds: readonly ClaimId[];
  readonly preferred: boolean;
}

/** Two or more values for one field that cannot both be true. */
export interface Conflict {
  readonly field: string;
  readonly values: readonly FieldValue<unknown>[];
}

/** One step in a deal's status history, in event-time order. */
export interface StatusEvent {
  readonly status: DealStatus;
  /** Event date if known, else the report date. */
  readonly date: IsoDate | null;
  readonly claimIds: readonly ClaimId[];
}

/** A consolidated deal: a pure function of its claims and judgements. */
export interface Deal {
  readonly id: DealId;
  readonly title: string;
  readonly type: DealType;
  readonly from: PartyRef;
  readonly to: PartyRef;
  readonly amount: Amount | null;
  readonly status: DealStatus;
  readonly dates: DealDates;
  readonly terms: DealTerms;
  readonly legs: readonly Leg[];
  readonly claimIds: readonly ClaimId[];
  readonly sources: readonly DealSource[];
  readonly conflicts: readonly Conflict[];
  readonly history: readonly StatusEvent[];
  readonly relations: readonly DealRelation[];
  /** Which claims each consolidated field came from ("amount", "status", ...). */
  readonly provenance: Readonly<Record<string, readonly ClaimId[]>>;
  readonly firstReported: IsoDate | null;
  /** True when every claim behind it is accepted. */
  readonly reviewed: boolean;
  readonly version: number;
}

/** The date a deal is best placed at, at its reported precision: announced, signed, completed, else first reported. */
export function dealDate(d: Pick<Deal, 'dates' | 'firstReported'>): IsoDate | null {
  const e = d.dates.announced ?? d.dates.signed ?? d.dates.completed ?? d.dates.start;
  if (!e?.earliest) return d.firstReported;
  const length = e.precision === 'year' ? 4 : e.precision === 'month' || e.precision === 'quarter' || e.precision === 'half' ? 7 : 10;
  return e.earliest.slice(0, length);
}
