/** Company figures that are not deals between two parties: valuation, revenue, burn, targets. */
import type { Amount } from './amount.js';
import type { Evidence } from './claim.js';
import type { FuzzyDate, IsoDate } from './fuzzy-date.js';
import type { DocumentId, EntityId, FigureId } from './ids.js';

export type FigureKind =
  | 'valuation'
  | 'revenue'
  | 'run_rate_revenue'
  | 'cash_burn'
  | 'fundraising_target'
  | 'funding_raised'
  | 'commitments'
  | 'capex'
  | 'other';
export const FIGURE_KINDS: readonly FigureKind[] = [
  'valuation', 'revenue', 'run_rate_revenue', 'cash_burn', 'fundraising_target', 'funding_raised', 'commitments', 'capex', 'other',
];

export interface CompanyFigure {
  readonly id: FigureId;
  readonly entityId: EntityId;
  readonly kind: FigureKind;
  readonly amount: Amount;
  /** The period the figure covers ("2025", "2025-2029") or the date it applies to. */
  readonly period?: FuzzyDate;
  readonly documentId: DocumentId | null;
  readonly evidence: readonly Evidence[];
  readonly publishedAt: IsoDate | null;
  readonly origin: string;
  readonly note?: string;
}
