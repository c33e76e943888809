/** The graph view as the map draws it: nodes with their flows, edges with amounts in currency units. */
import type { GraphEdge, GraphView } from '../analysis/graph-view.js';
import { formatAmount } from '../core/amount-format.js';
import type { Deal } from '../core/deal.js';
import type { Entity } from '../core/entity.js';
import type { EntityId } from '../core/ids.js';
import { dealSummary } from '../core/json-view.js';

/** A bigint amount as a JSON number (amounts stay far below 2^53 currency units). */
export const big = (v: bigint | null): number | null => (v === null ? null : Number(v));

/** One leg as a map edge. */
export function edgeToJson(e: GraphEdge, index: number, legs: ReadonlyMap<string, string>) {
  return {
    id: e.legId ?? `edge-${index}`,
    from: e.from,
    to: e.to,
    dealId: e.dealId,
    type: e.type,
    asset: e.asset,
    status: e.status,
    amount: big(e.amount),
    low: big(e.low),
    high: big(e.high),
    /** The leg's amount as reported ("~$300B", "up to $100B"). */
    label: e.legId ? (legs.get(e.legId) ?? null) : null,
    start: e.start,
    end: e.end,
    reportedAt: e.reportedAt,
    term: e.term,
    contingent: e.contingent,
    sourceCount: e.sourceCount,
    ...(e.via ? { via: e.via } : {}),
  };
}

export type EdgeJson = ReturnType<typeof edgeToJson>;

/** Legs' reported amounts by leg id, for edge labels. */
export function legLabels(deals: readonly Deal[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const d of deals)
    for (const l of d.legs) if (l.amount) out.set(l.id, formatAmount(l.amount));
  return out;
}

/** The graph view with names, flows per company and the deals behind the edges. */
export function graphToJson(view: GraphView, deals: readonly Deal[], entities: readonly Entity[]) {
  const byId = new Map(entities.map((e) => [e.id, e] as const));
  const flows = new Map<
    EntityId,
    { inflow: bigint; outflow: bigint; undisclosedIn: number; undisclosedOut: number }
  >();
  const flow = (id: EntityId) => {
    let f = flows.get(id);
    if (!f) flows.set(id, (f = { inflow: 0n, outflow: 0n, undisclosedIn: 0, undisclosedOut: 0 }));
    return f;
  };
  for (const e of view.edges) {
    if (e.amount === null) {
      flow(e.from).undisclosedOut++;
      flow(e.to).undisclosedIn++;
    } else {
      flow(e.from).outflow += e.amount;
      flow(e.to).inflow += e.amount;
    }
  }
  const members = new Map<EntityId, EntityId[]>();
  for (const [child, root] of view.rolledUp)
    members.set(root, [...(members.get(root) ?? []), child]);
  const dealIds = new Set(view.edges.map((e) => e.dealId).filter((d) => d !== null));
  const used = deals.filter((d) => dealIds.has(d.id));
  const labels = legLabels(used);
  return {
    options: view.options,
    dropped: view.dropped,
    nodes: view.nodes.map((id) => {
      const e = byId.get(id);
      const f = flow(id);
      return {
        id,
        name: e?.name ?? id,
        kind: e?.kind ?? 'company',
        sector: e?.sector ?? 'other',
        ticker: e?.identifiers.ticker ?? null,
        members: (members.get(id) ?? []).map((m) => ({ id: m, name: byId.get(m)?.name ?? m })),
        inflow: Number(f.inflow),
        outflow: Number(f.outflow),
        undisclosedIn: f.undisclosedIn,
        undisclosedOut: f.undisclosedOut,
      };
    }),
    edges: view.edges.map((e, i) => edgeToJson(e, i, labels)),
    deals: Object.fromEntries(used.map((d) => [d.id, dealSummary(d)])),
  };
}

export type GraphJson = ReturnType<typeof graphToJson>;
