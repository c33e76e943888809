/** The ledger's storage port: one async interface, implemented by SQLite now and PostgreSQL later. */
import type { Claim, ReviewState } from '../core/claim.js';
import type { DealRecord, DealRelation, Judgement } from '../core/deal.js';
import type { SourceDocument, DocumentKind } from '../core/document.js';
import type { Entity } from '../core/entity.js';
import type { CompanyFigure } from '../core/figure.js';
import type { IsoDate } from '../core/fuzzy-date.js';
import type { ClaimId, DealId, DocumentId, EntityId, JudgementId } from '../core/ids.js';

/** One entry of the audit log: who did what to which record, and what would undo it. */
export interface ActionRecord {
  readonly id: string;
  /** What was done, dotted: "review.accept", "deal.update", "judgement.delete", "import.dataset". */
  readonly kind: string;
  /** "human:ana", "auto:resolve@1", "cli". */
  readonly who: string;
  /** ISO timestamp. */
  readonly at: string;
  /** The record acted on, prefixed by its kind: "claim:abc", "deal:msft-openai-2019". */
  readonly target: string;
  /** Whatever the action needs to be replayed or undone; any JSON value. */
  readonly payload: unknown;
  /** The id of the action this one undoes, if any. */
  readonly undoOf: string | null;
}

/** Which documents `listDocuments` returns. */
export interface ListDocumentsOptions {
  readonly kind?: DocumentKind;
  /** Only documents published on or before this date (see `ListClaimsOptions.publishedBy`). */
  readonly publishedBy?: IsoDate;
  readonly limit?: number;
  readonly offset?: number;
}

/** Which claims `listClaims` returns; all filters combine with AND. */
export interface ListClaimsOptions {
  readonly review?: readonly ReviewState[];
  readonly documentId?: DocumentId;
  readonly ids?: readonly ClaimId[];
  /**
   * As-of filter: claims whose publication date begins on or before the end of this date
   * ("2025-10" covers the whole of October). A claim without a publication date counts from
   * the day it was recorded.
   */
  readonly publishedBy?: IsoDate;
}

/** Which judgements `listJudgements` returns. */
export interface ListJudgementsOptions {
  readonly claimId?: ClaimId;
  readonly dealId?: DealId;
  /** Only judgements on these deals (an empty list returns none). */
  readonly dealIds?: readonly DealId[];
  /** Only judgements of these claims (an empty list returns none); combines with the other filters. */
  readonly claimIds?: readonly ClaimId[];
  /**
   * The judgements in force at this instant: created at or before it and not deleted by then.
   * An ISO timestamp; a bare date ("2025-10-06") means the end of that day (UTC).
   */
  readonly asOf?: string;
  /** Also return soft-deleted judgements (ignored when `asOf` is given). */
  readonly includeDeleted?: boolean;
}

/** The editable part of a deal record. `notes: null` clears the notes. */
export interface DealPatch {
  readonly title?: string | null;
  readonly relations?: readonly DealRelation[];
  readonly notes?: string | null;
}

/** Who changed a review state, and when. */
export interface ReviewChange {
  readonly who: string;
  /** ISO timestamp. */
  readonly at: string;
}

/** Row counts per table. */
export interface StoreStats {
  readonly entities: number;
  readonly documents: number;
  readonly claims: number;
  readonly judgements: number;
  readonly deals: number;
  readonly figures: number;
  readonly actions: number;
}

/**
 * Persistence for the ledger. Every method is async so a networked database can implement it.
 *
 * Conventions: `get*` returns null for an unknown id; writes that collide with an existing id
 * throw `ConflictError`; writes that refer to a missing record throw `NotFoundError`; an
 * unusable database throws `StoreError`. Multi-row writes are atomic.
 */
export interface Store {
  // Entities ----------------------------------------------------------------------------
  /** Insert or replace entities by id. */
  upsertEntities(entities: readonly Entity[]): Promise<void>;
  /** All entities, ordered by id. */
  listEntities(): Promise<Entity[]>;
  getEntity(id: EntityId): Promise<Entity | null>;

  // Documents ---------------------------------------------------------------------------
  /**
   * Store a document once per `contentHash`. Adding the same text again returns the id it
   * already has and `created: false`.
   */
  addDocument(doc: SourceDocument): Promise<{ id: DocumentId; created: boolean }>;
  getDocument(id: DocumentId): Promise<SourceDocument | null>;
  /** Documents ordered by publication date (undated last), then id. */
  listDocuments(opts?: ListDocumentsOptions): Promise<SourceDocument[]>;
  findDocumentByHash(hash: string): Promise<SourceDocument | null>;

  // Claims ------------------------------------------------------------------------------
  /** Store claims; their documents must exist. Content is immutable afterwards. */
  addClaims(claims: readonly Claim[]): Promise<void>;
  getClaim(id: ClaimId): Promise<Claim | null>;
  /** Claims ordered by recordedAt, then id. */
  listClaims(opts?: ListClaimsOptions): Promise<Claim[]>;
  /** Move a claim's review state; the only mutable part of a claim. */
  setReview(id: ClaimId, state: ReviewState, change: ReviewChange): Promise<void>;

  // Judgements --------------------------------------------------------------------------
  /** Store claim→deal judgements; their claims and deals must exist. */
  addJudgements(judgements: readonly Judgement[]): Promise<void>;
  /** Soft delete: sets deletedAt (ISO timestamp) so the judgement can be audited and restored. */
  deleteJudgement(id: JudgementId, at: string): Promise<void>;
  /** Judgements ordered by createdAt, then id; soft-deleted ones only on request. */
  listJudgements(opts?: ListJudgementsOptions): Promise<Judgement[]>;

  // Deal records ------------------------------------------------------------------------
  createDeal(rec: DealRecord): Promise<void>;
  getDealRecord(id: DealId): Promise<DealRecord | null>;
  /** All deal records, ordered by id. */
  listDealRecords(opts?: { readonly ids?: readonly DealId[] }): Promise<DealRecord[]>;
  /**
   * Apply a patch if the stored version is still `expectedVersion`; bumps the version and
   * returns the new record. A stale version throws `ConflictError` with details
   * `{ dealId, expectedVersion, actualVersion }`, so concurrent edits never silently lose one.
   */
  updateDeal(
    id: DealId,
    expectedVersion: number,
    patch: DealPatch,
    opts?: { at?: string },
  ): Promise<DealRecord>;

  // Figures -----------------------------------------------------------------------------
  addFigures(figures: readonly CompanyFigure[]): Promise<void>;
  /** Figures ordered by entity, then publication date, then id. */
  listFigures(opts?: { entityId?: EntityId }): Promise<CompanyFigure[]>;

  // Audit log ---------------------------------------------------------------------------
  appendAction(action: ActionRecord): Promise<void>;
  /** Actions newest first (by `at`, then by order of appending). */
  listActions(opts?: { target?: string; limit?: number }): Promise<ActionRecord[]>;

  // Housekeeping ------------------------------------------------------------------------
  /**
   * Run `fn` in one transaction: everything it writes through `tx` commits together or not at
   * all. Nested calls on `tx` become savepoints. NOTE: inside `fn` use `tx`, never the outer
   * store: the outer store waits for the transaction to finish, so using it would deadlock.
   */
  transaction<T>(fn: (tx: Store) => Promise<T>): Promise<T>;
  /** True when no entities, documents, claims, deals or figures are stored (time to seed). */
  isEmpty(): Promise<boolean>;
  stats(): Promise<StoreStats>;
  /** The schema version of the open database. */
  schemaVersion(): Promise<number>;
  /** Release the database; the store is unusable afterwards. Idempotent. */
  close(): Promise<void>;
}
