/** The extractor port: a document in, claims and company figures with evidence out. */
import type { Claim } from '../core/claim.js';
import type { SourceDocument } from '../core/document.js';
import type { CompanyFigure } from '../core/figure.js';
import type { EntityId } from '../core/ids.js';
import type { Gazetteer } from './gazetteer.js';
import type { PairModel } from './pair-model.js';

export interface ExtractContext {
  readonly gazetteer: Gazetteer;
  /** System time for `recordedAt` (ISO timestamp); defaults to the publication date. */
  readonly now?: string;
  /**
   * The learned back-off for company pairs the rules leave unlinked (src/extract/pair-backoff.ts):
   * true or false to switch it on or off, or a model to use instead of the shipped one (training
   * and measurement). Defaults to `PAIR_BACKOFF_DEFAULT`.
   */
  readonly pairBackoff?: boolean | PairModel;
}

/** An organisation the extractor found in the text, resolved when possible. */
export interface ExtractedMention {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly entityId: EntityId | null;
  readonly name: string;
  /** How the text named it: a name, alias, ticker, product, descriptor, pronoun, noun phrase or unknown company. */
  readonly kind: string;
}

export interface ExtractionResult {
  readonly claims: Claim[];
  readonly figures: CompanyFigure[];
  readonly mentions?: readonly ExtractedMention[];
  /** Things a reviewer should know (no sentences, unresolved parties). */
  readonly warnings: string[];
}

/**
 * Anything that turns a document into claims: the offline rules, or an LLM behind the same
 * schema. Every evidence quote must satisfy `doc.text.slice(start, end) === quote`.
 */
export interface Extractor {
  readonly name: string;
  extract(doc: SourceDocument, ctx: ExtractContext): Promise<ExtractionResult>;
}
