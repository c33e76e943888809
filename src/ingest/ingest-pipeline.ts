/**
 * The ingest pipeline: documents → extraction → store → claim→deal resolution, one transaction
 * per document, idempotent on the document's content hash.
 */
import type { Claim } from '../core/claim.js';
import type { SourceDocument } from '../core/document.js';
import type { Entity } from '../core/entity.js';
import type { ExtractionResult } from '../extract/extractor.js';
import { ConflictError, type RoundtripError, RoundtripError as BaseError, isRoundtripError } from '../core/errors.js';
import type { CompanyFigure } from '../core/figure.js';
import { type ClaimDecision, type ResolveResult, type ResolveState, resolveClaims } from '../resolve/resolve-claims.js';
import type { Store } from '../store/store.js';
import { DealCandidates } from './ingest-candidates.js';
import type { ReadResult } from './read-result.js';

/** Turns one document into claims and figures (the offline rules or an LLM). */
export type ExtractFn = (doc: SourceDocument) => Promise<ExtractionResult> | ExtractionResult;

export interface IngestOptions {
  /** Accept extracted claims without review (trusted automatic mode). Default false. */
  readonly trusted?: boolean;
  /** Current time (ISO timestamp). */
  readonly now: () => string;
  /** Who ingests: "cli", "human:ana". */
  readonly user: string;
  /** How many members represent a much-reported stored deal (`ResolveOptions.maxMembers`). */
  readonly maxMembers?: number;
}

/** The outcome for one input document. */
export type IngestItem =
  | {
      readonly kind: 'stored';
      readonly input: string;
      readonly document: SourceDocument;
      readonly claims: readonly Claim[];
      readonly figures: readonly CompanyFigure[];
      readonly decisions: readonly ClaimDecision[];
      readonly warnings: readonly string[];
    }
  | { readonly kind: 'duplicate'; readonly input: string; readonly document: SourceDocument }
  | { readonly kind: 'error'; readonly input: string; readonly error: RoundtripError }
  | { readonly kind: 'skipped'; readonly input: string; readonly reason: string };

/**
 * An ingest session over one store: indexes the stored deals once (ids only), then ingests
 * documents one transaction at a time, reading from the store only the deals each document's
 * claims could join, so memory stays flat however many documents go through. A crash mid-way
 * leaves every finished document stored and the unfinished one absent, so re-running completes
 * the batch.
 */
export class IngestSession {
  readonly #store: Store;
  readonly #extract: ExtractFn;
  readonly #opts: IngestOptions;
  #index: Promise<{ candidates: DealCandidates; entities: readonly Entity[] }> | null = null;

  constructor(store: Store, extract: ExtractFn, opts: IngestOptions) {
    this.#store = store;
    this.#extract = extract;
    this.#opts = opts;
  }

  #load() {
    this.#index ??= (async () => {
      const entities = await this.#store.listEntities();
      return { candidates: await DealCandidates.load(this.#store, entities, this.#opts.maxMembers), entities };
    })();
    return this.#index;
  }

  /** Ingest one read result. Never throws for a bad document: errors come back as items. */
  async ingest(read: ReadResult): Promise<IngestItem> {
    if (read.kind === 'skipped') return { kind: 'skipped', input: read.input, reason: read.reason };
    if (read.kind === 'error') return { kind: 'error', input: read.input, error: read.error };
    try {
      return await this.ingestDocument(read.document, read.input);
    } catch (error) {
      if (isRoundtripError(error)) return { kind: 'error', input: read.input, error };
      throw error;
    }
  }

  /** Extract, store and resolve one document; the same text twice is stored once. */
  async ingestDocument(doc: SourceDocument, input: string): Promise<IngestItem> {
    const { candidates, entities } = await this.#load();
    const existing = await this.#store.findDocumentByHash(doc.contentHash);
    if (existing) return { kind: 'duplicate', input, document: existing };

    const extraction = await this.#extract(doc);
    const now = this.#opts.now();
    const review = this.#opts.trusted ? 'accepted' : 'unreviewed';
    const claims: Claim[] = extraction.claims.map((c) => ({ ...c, documentId: doc.id, review, recordedAt: now }));
    const figures = extraction.figures.map((f) => ({ ...f, documentId: doc.id }));
    const resolveAgainst = (state: ResolveState) => resolveClaims(claims, state, entities, { now, user: `auto:resolve@1`, maxMembers: this.#opts.maxMembers });
    const store = async (resolved: ResolveResult) =>
      this.#store.transaction(async (tx) => {
        await tx.addDocument(doc);
        if (claims.length) await tx.addClaims(claims);
        if (figures.length) await tx.addFigures(figures);
        for (const deal of resolved.newDeals) await tx.createDeal(deal);
        if (resolved.judgements.length) await tx.addJudgements(resolved.judgements);
        await tx.appendAction({
          id: `ingest-${doc.id}`,
          kind: 'ingest.document',
          who: this.#opts.user,
          at: now,
          target: `document:${doc.id}`,
          payload: { input, claims: claims.map((c) => c.id), newDeals: resolved.newDeals.map((d) => d.id), trusted: !!this.#opts.trusted },
          undoOf: null,
        });
      });

    let resolved = resolveAgainst(claims.length ? await candidates.candidates(this.#store, claims) : EMPTY_STATE);
    try {
      await store(resolved);
    } catch (error) {
      if (!(error instanceof ConflictError)) throw error;
      // NOTE: a new deal or judgement id is taken by a record outside the candidates (see
      // DealCandidates); resolving against the whole store picks free ids, as it always did.
      const [all, judgements, deals] = await Promise.all([this.#store.listClaims(), this.#store.listJudgements(), this.#store.listDealRecords()]);
      resolved = resolveAgainst({ claims: all, judgements, deals });
      await store(resolved);
    }
    // NOTE: the index moves only after the transaction committed.
    candidates.record(claims, resolved);
    return { kind: 'stored', input, document: doc, claims, figures, decisions: resolved.decisions, warnings: extraction.warnings ?? [] };
  }
}

const EMPTY_STATE: ResolveState = { claims: [], judgements: [], deals: [] };

/** Wrap an unexpected failure of one document so a batch can go on and report it. */
export function asItemError(input: string, error: unknown): IngestItem {
  const e = isRoundtripError(error)
    ? error
    : new BaseError('internal', `ingest: "${input}" failed unexpectedly: ${error instanceof Error ? error.message : String(error)}`, { input });
  return { kind: 'error', input, error: e };
}
