/** A company's neighbourhood: the part of a graph view a `render --company ID` picture shows. */
import type { GraphView } from '../analysis/graph-view.js';
import { NotFoundError } from '../core/errors.js';
import type { EntityId } from '../core/ids.js';

/**
 * The edges into and out of one company (and, with `hops: 2`, those among its direct
 * counterparties too), with the nodes they touch.
 * @throws NotFoundError when the company has no edge in the view.
 */
export function focusView(view: GraphView, company: EntityId, hops: 1 | 2 = 1): GraphView {
  if (!view.nodes.includes(company)) {
    throw new NotFoundError(`render: "${company}" has no deals in this view; check the id and the view's filters (status, as-of date)`, { company });
  }
  const near = new Set<EntityId>([company]);
  for (const e of view.edges) {
    if (e.from === company) near.add(e.to);
    if (e.to === company) near.add(e.from);
  }
  const edges = view.edges.filter((e) => (hops === 1 ? e.from === company || e.to === company : near.has(e.from) && near.has(e.to)));
  const nodes = [...new Set(edges.flatMap((e) => [e.from, e.to]))].sort();
  return { ...view, nodes, edges };
}
