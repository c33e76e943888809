/** What every export reads: plain ledger data (entities, consolidated deals, claims, documents, figures). */
import type { GraphView } from '../analysis/graph-view.js';
import type { Claim } from '../core/claim.js';
import type { Deal, DealRecord } from '../core/deal.js';
import type { SourceDocument } from '../core/document.js';
import type { Entity } from '../core/entity.js';
import type { CompanyFigure } from '../core/figure.js';
import type { DealId, EntityId } from '../core/ids.js';

export interface ExportBundle {
  readonly entities: readonly Entity[];
  /** Consolidated deals (src/resolve `consolidateAll`), already as of the date wanted. */
  readonly deals: readonly Deal[];
  readonly claims: readonly Claim[];
  readonly documents: readonly SourceDocument[];
  readonly figures: readonly CompanyFigure[];
  /** Deal records, for notes; optional. */
  readonly dealRecords?: readonly DealRecord[];
}

/**
 * Keep what a graph view shows: deals with at least one edge in the view, the entities they
 * name (and their parents, and outlets cited), their claims and documents, and the figures of
 * the kept companies. Exports "with filters" are exports of this.
 */
export function bundleForView(bundle: ExportBundle, view: GraphView): ExportBundle {
  const dealIds = new Set<DealId>(view.edges.flatMap((e) => (e.dealId ? [e.dealId] : [])));
  return bundleForDeals(bundle, dealIds);
}

/** Keep the given deals and everything they refer to (see {@link bundleForView}). */
export function bundleForDeals(bundle: ExportBundle, dealIds: ReadonlySet<DealId>): ExportBundle {
  const deals = bundle.deals.filter((d) => dealIds.has(d.id));
  const claimIds = new Set(deals.flatMap((d) => d.claimIds));
  const claims = bundle.claims.filter((c) => claimIds.has(c.id));
  const docIds = new Set([...claims.map((c) => c.documentId), ...deals.flatMap((d) => d.sources.map((s) => s.documentId))]);
  const byId = new Map(bundle.entities.map((e) => [e.id, e] as const));
  const keep = new Set<EntityId>();
  const add = (id: EntityId | null | undefined) => {
    if (!id || keep.has(id)) return;
    keep.add(id);
    for (const p of byId.get(id)?.parents ?? []) add(p.id);
  };
  for (const d of deals) {
    add(d.from.id);
    add(d.to.id);
    for (const l of d.legs) {
      add(l.from);
      add(l.to);
    }
  }
  const figures = bundle.figures.filter((f) => keep.has(f.entityId));
  for (const f of figures) if (f.documentId) docIds.add(f.documentId);
  const documents = bundle.documents.filter((doc) => docIds.has(doc.id));
  for (const doc of documents) add(doc.outletId);
  return {
    entities: bundle.entities.filter((e) => keep.has(e.id)),
    deals,
    claims,
    documents,
    figures,
    ...(bundle.dealRecords ? { dealRecords: bundle.dealRecords.filter((r) => dealIds.has(r.id)) } : {}),
  };
}
