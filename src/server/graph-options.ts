/** Query parameters to graph view options, and the view itself from the cached consolidation. */
import { type GraphView, type GraphViewOptions, buildGraphView } from '../analysis/graph-view.js';
import type { Deal } from '../core/deal.js';
import type { Entity } from '../core/entity.js';
import type { Ledger } from '../ledger/ledger.js';
import type { GraphQuery } from './query-schemas.js';
import type { ViewCache } from './view-cache.js';

/** The graph view options a query names (unnamed ones keep their defaults). */
export function graphOptions(q: GraphQuery): Partial<GraphViewOptions> {
  return {
    ...(q.asOf ? { asOf: q.asOf } : {}),
    ...(q.statuses ? { statuses: q.statuses } : {}),
    ...(q.types ? { types: q.types } : {}),
    ...(q.view ? { view: q.view } : {}),
    ...(q.policy ? { policy: q.policy } : {}),
    ...(q.rollup !== undefined ? { rollup: q.rollup } : {}),
    ...(q.from || q.to
      ? { window: { ...(q.from ? { from: q.from } : {}), ...(q.to ? { to: q.to } : {}) } }
      : {}),
    ...(q.currency ? { currency: q.currency } : {}),
  };
}

export interface ViewData {
  readonly view: GraphView;
  readonly deals: readonly Deal[];
  readonly entities: readonly Entity[];
}

/** The graph view a query asks for, built from the consolidation cached for its as-of date. */
export async function viewFor(ledger: Ledger, cache: ViewCache, q: GraphQuery): Promise<ViewData> {
  const deals = await cache.deals(q.asOf, q.includeUnreviewed ?? false);
  const entities = await ledger.entities();
  return { view: buildGraphView(deals, entities, graphOptions(q)), deals, entities };
}
