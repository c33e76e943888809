/** The extractor port: a document in, claims and company figures with evidence out. */
import type { Claim } from '../core/claim.js';
import type { SourceDocument } from '../core/document.js';
import type { CompanyFigure } from '../core/figure.js';
import type { EntityId } from '../core/ids.js';
import type { Gazetteer } from './gazetteer.js';

export interface ExtractContext {
  readonly gazetteer: Gazetteer;
  /** System time for `recordedAt` (ISO timestamp); defaults to the publication date. */
  readonly now?: string;
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
