/** The company page's JSON: exposure (flows by counterparty and type, concentration), circular share, commitments per year. */
import { circularVolume } from '../analysis/circular-volume.js';
import { commitmentSchedule } from '../analysis/commitment-schedule.js';
import type { FlowSide } from '../analysis/exposure.js';
import { exposure } from '../analysis/exposure.js';
import type { Loop } from '../analysis/find-loops.js';
import type { GraphView } from '../analysis/graph-view.js';
import { formatAmount } from '../core/amount-format.js';
import type { Deal } from '../core/deal.js';
import { type Entity, rollupParent, rollupRoot } from '../core/entity.js';
import type { CompanyFigure } from '../core/figure.js';
import { dealSummary } from '../core/json-view.js';

const n = (v: bigint): number => Number(v);

/** One side of the flows with names, amounts as numbers and the concentration measures. */
function sideToJson(side: FlowSide, names: ReadonlyMap<string, string>) {
  return {
    total: n(side.total),
    legs: side.legs,
    undisclosed: side.undisclosedLegs,
    byCounterparty: side.byCounterparty.map((c) => ({
      id: c.id,
      name: names.get(c.id) ?? c.id,
      amount: n(c.amount),
      share: c.share,
      legs: c.legs,
      undisclosed: c.undisclosedLegs,
    })),
    byType: side.byType.map((t) => ({
      type: t.type ?? 'other',
      amount: n(t.amount),
      legs: t.legs,
    })),
    topShare: side.topShare,
    top3Share: side.top3Share,
    hhi: side.hhi,
  };
}

export interface CompanyInput {
  readonly entity: Entity;
  readonly view: GraphView;
  readonly deals: readonly Deal[];
  readonly entities: readonly Entity[];
  readonly figures: readonly CompanyFigure[];
  readonly loops: readonly Loop[];
}

/** Everything the company page shows, for the view's options (roll-up decides whether AWS counts as Amazon). */
export function companyToJson({ entity, view, deals, entities, figures, loops }: CompanyInput) {
  const byId = new Map(entities.map((e) => [e.id, e] as const));
  const names = new Map(entities.map((e) => [e.id as string, e.name] as const));
  const node = view.options.rollup ? rollupRoot(entity.id, byId) : entity.id;
  const exp = exposure(view, node);
  // NOTE: figures of subsidiaries count for the parent when the view rolls them up.
  const members = new Set(
    entities
      .filter((e) => (view.options.rollup ? rollupRoot(e.id, byId) : e.id) === node)
      .map((e) => e.id as string),
  );
  const own = figures.filter((f) => members.has(f.entityId) || f.entityId === entity.id);
  const schedule = commitmentSchedule(view, node, own);
  const circular = circularVolume(view).perCompany.find((c) => c.id === node) ?? null;
  const dealIds = new Set(
    view.edges.filter((e) => e.from === node || e.to === node).map((e) => e.dealId),
  );
  const topIn = exp.inflow.byCounterparty[0];
  const through = loops.filter((l) => l.nodes.includes(node));
  return {
    company: entity,
    node,
    nodeName: names.get(node) ?? node,
    parent: entity.parents.map((p) => ({ ...p, name: names.get(p.id) ?? p.id })),
    subsidiaries: entities
      .filter((e) => rollupParent(e) === entity.id)
      .map((e) => ({ id: e.id, name: e.name })),
    options: view.options,
    inflow: sideToJson(exp.inflow, names),
    outflow: sideToJson(exp.outflow, names),
    concentration: topIn
      ? { id: topIn.id, name: names.get(topIn.id) ?? topIn.id, share: topIn.share }
      : null,
    vendorFinanced: { amount: n(exp.vendorFinancedInflow), share: exp.vendorFinancedShare },
    circular: circular ? { clearedInflow: n(circular.clearedInflow), share: circular.share } : null,
    schedule: {
      years: schedule.years.map((y) => ({
        year: y.year,
        outgoing: n(y.outgoing),
        incoming: n(y.incoming),
        figures: Object.fromEntries(Object.entries(y.figures).map(([k, v]) => [k, n(v)])),
        outgoingToRevenue: y.outgoingToRevenue,
      })),
      undated: { outgoing: n(schedule.undated.outgoing), incoming: n(schedule.undated.incoming) },
      undisclosedLegs: schedule.undisclosedLegs,
    },
    loops: {
      count: through.length,
      top: through.slice(0, 5).map((l) => ({
        id: l.id,
        names: l.nodes.map((x) => names.get(x) ?? x),
        amount: l.amount === null ? null : Number(l.amount),
      })),
    },
    figures: own.map((f) => ({
      id: f.id,
      kind: f.kind,
      amountText: formatAmount(f.amount),
      period: f.period ?? null,
      publishedAt: f.publishedAt,
      note: f.note ?? null,
    })),
    deals: deals.filter((d) => dealIds.has(d.id)).map(dealSummary),
  };
}
