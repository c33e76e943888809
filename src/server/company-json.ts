/** The company page's JSON: flows in and out by counterparty and type, concentration, commitments per year. */
import type { Loop } from '../analysis/find-loops.js';
import type { GraphEdge, GraphView } from '../analysis/graph-view.js';
import { formatAmount } from '../core/amount-format.js';
import type { Deal } from '../core/deal.js';
import { type Entity, rollupParent, rollupRoot } from '../core/entity.js';
import type { CompanyFigure } from '../core/figure.js';
import { dateEnd, dateStart } from '../core/fuzzy-date.js';
import type { EntityId } from '../core/ids.js';
import { dealSummary } from './graph-json.js';

interface Tally {
  amount: bigint;
  legs: number;
  undisclosed: number;
}

const tally = (): Tally => ({ amount: 0n, legs: 0, undisclosed: 0 });
function add(t: Tally, e: GraphEdge): void {
  t.legs++;
  if (e.amount === null) t.undisclosed++;
  else t.amount += e.amount;
}
const tallyJson = (t: Tally) => ({
  amount: Number(t.amount),
  legs: t.legs,
  undisclosed: t.undisclosed,
});

/** Years a leg's amount is spread over: its start to end years, else its start or report year. */
function legYears(e: GraphEdge): number[] {
  const first = e.start ?? e.reportedAt;
  if (!first) return [];
  const y0 = Number(dateStart(first).slice(0, 4));
  let y1 = e.end ? Number(dateEnd(e.end).slice(0, 4)) : y0;
  const term = e.term ? /^P(\d+)Y$/.exec(e.term) : null;
  if (!e.end && term) y1 = y0 + Number(term[1]) - 1;
  return Array.from({ length: Math.max(1, y1 - y0 + 1) }, (_, i) => y0 + i);
}

/** Amounts per calendar year, each leg spread evenly over its years (whole currency units). */
function perYear(edges: readonly GraphEdge[]): { year: number; amount: number }[] {
  const years = new Map<number, bigint>();
  for (const e of edges) {
    if (e.amount === null) continue;
    const ys = legYears(e);
    if (!ys.length) continue;
    const share = e.amount / BigInt(ys.length);
    for (const y of ys) years.set(y, (years.get(y) ?? 0n) + share);
  }
  return [...years]
    .sort((a, b) => a[0] - b[0])
    .map(([year, amount]) => ({ year, amount: Number(amount) }));
}

function byCounterparty(
  edges: readonly GraphEdge[],
  other: (e: GraphEdge) => EntityId,
  names: ReadonlyMap<string, string>,
) {
  const m = new Map<EntityId, { total: Tally; types: Map<string, Tally> }>();
  for (const e of edges) {
    const id = other(e);
    let row = m.get(id);
    if (!row) m.set(id, (row = { total: tally(), types: new Map() }));
    add(row.total, e);
    const type = e.type ?? 'other';
    let t = row.types.get(type);
    if (!t) row.types.set(type, (t = tally()));
    add(t, e);
  }
  return [...m]
    .map(([id, r]) => ({
      id,
      name: names.get(id) ?? id,
      ...tallyJson(r.total),
      types: Object.fromEntries([...r.types].map(([k, v]) => [k, tallyJson(v)])),
    }))
    .sort((a, b) => b.amount - a.amount || b.legs - a.legs || a.name.localeCompare(b.name));
}

function byType(edges: readonly GraphEdge[]) {
  const m = new Map<string, Tally>();
  for (const e of edges) {
    const k = e.type ?? 'other';
    let t = m.get(k);
    if (!t) m.set(k, (t = tally()));
    add(t, e);
  }
  return Object.fromEntries([...m].map(([k, v]) => [k, tallyJson(v)]));
}

/** The largest counterparty's share of the disclosed total; null when nothing is disclosed. */
function concentration(rows: readonly { id: string; name: string; amount: number }[]) {
  const total = rows.reduce((s, r) => s + r.amount, 0);
  const top = rows[0];
  return total > 0 && top ? { id: top.id, name: top.name, share: top.amount / total } : null;
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
  const inflows = view.edges.filter((e) => e.to === node);
  const outflows = view.edges.filter((e) => e.from === node);
  const inRows = byCounterparty(inflows, (e) => e.from, names);
  const outRows = byCounterparty(outflows, (e) => e.to, names);
  const sum = (es: readonly GraphEdge[]) => Number(es.reduce((s, e) => s + (e.amount ?? 0n), 0n));
  const dealIds = new Set([...inflows, ...outflows].map((e) => e.dealId));
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
    inflow: {
      total: sum(inflows),
      legs: inflows.length,
      undisclosed: inflows.filter((e) => e.amount === null).length,
      byCounterparty: inRows,
      byType: byType(inflows),
      perYear: perYear(inflows),
    },
    outflow: {
      total: sum(outflows),
      legs: outflows.length,
      undisclosed: outflows.filter((e) => e.amount === null).length,
      byCounterparty: outRows,
      byType: byType(outflows),
      perYear: perYear(outflows),
    },
    concentration: { inflows: concentration(inRows), outflows: concentration(outRows) },
    loops: {
      count: through.length,
      top: through.slice(0, 5).map((l) => ({
        id: l.id,
        names: l.nodes.map((n) => names.get(n) ?? n),
        amount: l.amount === null ? null : Number(l.amount),
      })),
    },
    figures: figures.map((f) => ({
      id: f.id,
      kind: f.kind,
      amountText: formatAmount(f.amount),
      amount: f.amount.point === null ? null : Number(f.amount.point),
      period: f.period ?? null,
      publishedAt: f.publishedAt,
      note: f.note ?? null,
    })),
    deals: deals.filter((d) => dealIds.has(d.id)).map(dealSummary),
  };
}
