/** What ONE document asserts about ONE deal. Content is immutable; only the review state moves. */
import type { Amount, Quantity } from './amount.js';
import type { DealStatus } from './deal-status.js';
import type { AssetKind, DealType } from './deal-type.js';
import type { FuzzyDate, IsoDate } from './fuzzy-date.js';
import type { ClaimId, DocumentId, EntityId } from './ids.js';

/** A party as the text names it, resolved to an entity when possible. */
export interface PartyRef {
  /** Resolved entity; null when the name is not in the gazetteer yet. */
  readonly id: EntityId | null;
  /** Display name: the entity's name when resolved, else the mention. */
  readonly name: string;
  /** The words in the text ("ChatGPT-maker OpenAI", "the AI firm"). */
  readonly mention?: string;
}

/** Where the report says its information comes from, strongest first. */
export type AttributionKind =
  | 'company_statement'
  | 'filing'
  | 'named_executive'
  | 'anonymous_sources'
  | 'other_outlet'
  | 'analyst'
  | 'journalist'
  | 'curated';
export const ATTRIBUTION_KINDS: readonly AttributionKind[] = [
  'company_statement', 'filing', 'named_executive', 'anonymous_sources', 'other_outlet', 'analyst', 'journalist', 'curated',
];

export interface Attribution {
  readonly kind: AttributionKind;
  /** Who is credited: "The Information", "people familiar with the discussions", "Sam Altman". */
  readonly source?: string;
  /** The outlet whose report this one repeats ("as first reported by X"); makes it a re-report. */
  readonly repeats?: string;
}

/** A quote with character offsets such that `document.text.slice(start, end) === quote`. */
export interface Evidence {
  readonly quote: string;
  readonly start: number;
  readonly end: number;
}

/** Terms beside the amount. */
export interface DealTerms {
  readonly stakePercent?: Quantity;
  readonly valuation?: Amount;
  readonly capacity?: Quantity;
  readonly shares?: Quantity;
  /** ISO 8601 duration of the term ("P7Y"). */
  readonly duration?: string;
  /** Distinctive names: project, product, chips ("Stargate", "Trainium"). */
  readonly names?: readonly string[];
  readonly description?: string;
}

/** Event-time dates of the deal as this report gives them. */
export interface DealDates {
  readonly announced?: FuzzyDate;
  readonly signed?: FuzzyDate;
  readonly completed?: FuzzyDate;
  readonly start?: FuzzyDate;
  readonly end?: FuzzyDate;
}

export type ReviewState = 'unreviewed' | 'accepted' | 'rejected' | 'superseded';
export const REVIEW_STATES: readonly ReviewState[] = ['unreviewed', 'accepted', 'rejected', 'superseded'];

/** An explicit leg, overriding the legs a deal type implies (e.g. cloud credits paid in kind). */
export interface LegSpec {
  readonly from: EntityId;
  readonly to: EntityId;
  readonly asset: AssetKind;
  /** True for the leg that carries the claim's amount. */
  readonly carriesAmount: boolean;
  readonly contingent?: boolean;
}

/** How this claim relates to an earlier deal ("expanded", "additional", "increased to"). */
export type ClaimRelation = 'expands' | 'amends';

export interface Claim {
  readonly id: ClaimId;
  readonly documentId: DocumentId;
  readonly type: DealType;
  readonly from: PartyRef;
  readonly to: PartyRef;
  readonly amount: Amount | null;
  readonly terms: DealTerms;
  /** Status as this report asserts it; the deal's status is derived. */
  readonly status: DealStatus;
  readonly dates: DealDates;
  readonly attribution: Attribution;
  /** Hedging words found ("could", "plans to", "declined to comment"). */
  readonly hedges: readonly string[];
  readonly evidence: readonly Evidence[];
  /** Which extractor or person made it: "rules@1", "llm:qwen2.5", "dataset", "human:ana". */
  readonly origin: string;
  /** 0..1. */
  readonly confidence: number;
  readonly review: ReviewState;
  /** Report time: the document's publication date, copied for as-of queries. */
  readonly publishedAt: IsoDate | null;
  /** System time: when it was stored (ISO timestamp). */
  readonly recordedAt: string;
  /** Set when a claim reports a change to an earlier deal. */
  readonly relation?: ClaimRelation;
  /** Set when a reviewer's edit replaced another claim. */
  readonly editOf?: ClaimId;
  /** Explicit legs; when absent the deal type's direction table decides. */
  readonly legs?: readonly LegSpec[];
}
