/** The graph view: deals and legs filtered and flattened into a directed multigraph of companies. */
import { type AmountPolicy, AMOUNT_POLICIES, amountValue } from '../core/amount.js';
import { DEFAULT_STATUSES, type DealStatus, isDealStatus } from '../core/deal-status.js';
import { type AssetKind, type DealType, isDealType } from '../core/deal-type.js';
import type { Deal, Leg } from '../core/deal.js';
import { decimalToBigInt } from '../core/decimal.js';
import { type Entity, rollupRoot } from '../core/entity.js';
import { InputError } from '../core/errors.js';
import { dateEnd, dateStart, type IsoDate, isIsoDate } from '../core/fuzzy-date.js';
import type { DealId, EntityId, LegId } from '../core/ids.js';

/** Which legs make edges: `money` keeps cash legs only, `value` keeps every leg. */
export type ViewKind = 'money' | 'value';

/** An inclusive date window; either end may be open. */
export interface DateWindow {
  readonly from?: IsoDate;
  readonly to?: IsoDate;
}

/** Resolved options of a graph view (see {@link DEFAULT_GRAPH_VIEW_OPTIONS}). */
export interface GraphViewOptions {
  /** Keep only legs first reported on or before this date; statuses replay the deal history. */
  readonly asOf: IsoDate | null;
  readonly statuses: readonly DealStatus[];
  readonly view: ViewKind;
  /** Which value of each amount interval the edge's `amount` holds. */
  readonly policy: AmountPolicy;
  /** Merge subsidiaries and divisions into their parent (AWS → Amazon). */
  readonly rollup: boolean;
  /** Keep only legs whose dates overlap the window; undated legs are dropped when a window is set. */
  readonly window: DateWindow | null;
  /** Keep only these deal types; null keeps all. */
  readonly types: readonly DealType[] | null;
  /** Keep legs with no known amount as edges with `amount: null` (they form loops, count 0 in volume). */
  readonly includeUndisclosed: boolean;
  /** Amounts in another currency are treated as undisclosed (no exchange rates here). */
  readonly currency: string;
}

export const DEFAULT_GRAPH_VIEW_OPTIONS: GraphViewOptions = {
  asOf: null,
  statuses: DEFAULT_STATUSES,
  view: 'money',
  policy: 'stated',
  rollup: true,
  window: null,
  types: null,
  includeUndisclosed: true,
  currency: 'USD',
};

/** One leg as an edge: amounts in whole currency units, exact. */
export interface GraphEdge {
  readonly from: EntityId;
  readonly to: EntityId;
  /** Null for edges read from an edge list. */
  readonly dealId: DealId | null;
  readonly legId: LegId | null;
  readonly type: DealType | null;
  readonly asset: AssetKind;
  readonly status: DealStatus;
  /** The amount under the view's policy; null when undisclosed. */
  readonly amount: bigint | null;
  /** The low and high ends of the amount interval (for range analyses); null when undisclosed. */
  readonly low: bigint | null;
  readonly high: bigint | null;
  readonly start: IsoDate | null;
  readonly end: IsoDate | null;
  readonly reportedAt: IsoDate | null;
  /** ISO 8601 duration the amount is spread over ("P7Y"), when known. */
  readonly term: string | null;
  readonly contingent: boolean;
  /** Independent sources behind the deal (re-reports not counted). */
  readonly sourceCount: number;
  readonly sourceIds: readonly string[];
  /** The parties before roll-up, when roll-up changed either end. */
  readonly via?: { readonly from: EntityId; readonly to: EntityId };
}

/** Why legs were left out, for diagnostics ("3 legs dropped: other currency"). */
export interface DroppedCounts {
  readonly asset: number;
  readonly status: number;
  readonly type: number;
  readonly asOf: number;
  readonly window: number;
  readonly undisclosed: number;
  readonly selfLoop: number;
  readonly currency: number;
}

/** A directed multigraph of companies: plain data, the input of every analysis. */
export interface GraphView {
  /** Node ids, sorted. */
  readonly nodes: readonly EntityId[];
  /** Edges in a stable order (from, to, deal, leg). */
  readonly edges: readonly GraphEdge[];
  readonly options: GraphViewOptions;
  readonly dropped: DroppedCounts;
  /** Original entity id → node id, for the entities roll-up merged. */
  readonly rolledUp: ReadonlyMap<EntityId, EntityId>;
}

/** Check and complete user options; throws InputError naming the bad value. */
export function resolveGraphViewOptions(options: Partial<GraphViewOptions> = {}): GraphViewOptions {
  const o: GraphViewOptions = { ...DEFAULT_GRAPH_VIEW_OPTIONS, ...stripUndefined(options) };
  if (o.asOf !== null && !isIsoDate(o.asOf)) {
    throw new InputError(`graph view: asOf "${o.asOf}" is not a date; use YYYY, YYYY-MM or YYYY-MM-DD`, { option: 'asOf', value: o.asOf });
  }
  for (const s of o.statuses) {
    if (!isDealStatus(s)) throw new InputError(`graph view: unknown status "${s}"`, { option: 'statuses', value: s });
  }
  if (o.view !== 'money' && o.view !== 'value') {
    throw new InputError(`graph view: view "${String(o.view)}" must be "money" or "value"`, { option: 'view', value: o.view });
  }
  if (!AMOUNT_POLICIES.includes(o.policy)) {
    throw new InputError(`graph view: policy "${String(o.policy)}" must be low, stated or high`, { option: 'policy', value: o.policy });
  }
  if (o.window) {
    for (const key of ['from', 'to'] as const) {
      const d = o.window[key];
      if (d !== undefined && !isIsoDate(d)) {
        throw new InputError(`graph view: window.${key} "${d}" is not a date; use YYYY, YYYY-MM or YYYY-MM-DD`, { option: `window.${key}`, value: d });
      }
    }
    if (o.window.from && o.window.to && dateStart(o.window.from) > dateEnd(o.window.to)) {
      throw new InputError(`graph view: window from ${o.window.from} is after to ${o.window.to}`, { option: 'window', value: o.window });
    }
  }
  for (const t of o.types ?? []) {
    if (!isDealType(t)) throw new InputError(`graph view: unknown deal type "${t}"`, { option: 'types', value: t });
  }
  if (!/^[A-Z]{3}$/.test(o.currency)) {
    throw new InputError(`graph view: currency "${o.currency}" is not an ISO 4217 code such as "USD"`, { option: 'currency', value: o.currency });
  }
  return o;
}

function stripUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/**
 * Build the graph view of a set of deals.
 * @example buildGraphView(deals, entities, { view: 'value', policy: 'low', asOf: '2025-10-01' })
 */
export function buildGraphView(
  deals: readonly Deal[],
  entities: readonly Entity[],
  options: Partial<GraphViewOptions> = {},
): GraphView {
  const o = resolveGraphViewOptions(options);
  const byId = new Map(entities.map((e) => [e.id, e] as const));
  const rolledUp = new Map<EntityId, EntityId>();
  const nodeOf = (id: EntityId): EntityId => {
    if (!o.rollup) return id;
    const root = rollupRoot(id, byId);
    if (root !== id) rolledUp.set(id, root);
    return root;
  };
  const statuses = new Set(o.statuses);
  const types = o.types ? new Set(o.types) : null;
  const asOfEnd = o.asOf ? dateEnd(o.asOf) : null;
  const windowFrom = o.window?.from ? dateStart(o.window.from) : null;
  const windowTo = o.window?.to ? dateEnd(o.window.to) : null;
  const dropped = { asset: 0, status: 0, type: 0, asOf: 0, window: 0, undisclosed: 0, selfLoop: 0, currency: 0 };
  const edges: GraphEdge[] = [];

  for (const deal of deals) {
    const sourceIds = [...new Set(deal.sources.filter((s) => s.independent).map((s) => String(s.documentId)))];
    for (const leg of deal.legs) {
      if (o.view === 'money' && leg.asset !== 'cash') { dropped.asset++; continue; }
      if (types && !types.has(leg.type)) { dropped.type++; continue; }
      const reportedAt = leg.reportedAt ?? deal.firstReported;
      // NOTE: a leg with no report date cannot be placed in time, so as-of keeps it rather than hide data.
      if (asOfEnd && reportedAt && dateStart(reportedAt) > asOfEnd) { dropped.asOf++; continue; }
      const status = asOfEnd ? statusAsOf(deal, leg, asOfEnd) : leg.status;
      if (!statuses.has(status)) { dropped.status++; continue; }
      const first = leg.start ?? reportedAt;
      if (windowFrom || windowTo) {
        const last = leg.end ?? first;
        if (!first || !last) { dropped.window++; continue; }
        if ((windowTo && dateStart(first) > windowTo) || (windowFrom && dateEnd(last) < windowFrom)) {
          dropped.window++;
          continue;
        }
      }
      const from = nodeOf(leg.from);
      const to = nodeOf(leg.to);
      if (from === to) { dropped.selfLoop++; continue; }
      const otherCurrency = leg.amount !== null && leg.amount.currency !== o.currency && leg.amount.currency !== 'XXX';
      if (otherCurrency) dropped.currency++;
      const pick = (policy: AmountPolicy): bigint | null => {
        if (otherCurrency) return null;
        const v = amountValue(leg.amount, policy);
        return v === null ? null : decimalToBigInt(v);
      };
      const amount = pick(o.policy);
      if (amount === null && !o.includeUndisclosed) { dropped.undisclosed++; continue; }
      edges.push({
        from, to,
        dealId: deal.id, legId: leg.id, type: leg.type, asset: leg.asset, status,
        amount, low: pick('low'), high: pick('high'),
        start: leg.start, end: leg.end, reportedAt,
        term: leg.amount?.period ?? deal.terms.duration ?? null,
        contingent: leg.contingent,
        sourceCount: sourceIds.length, sourceIds,
        ...(from !== leg.from || to !== leg.to ? { via: { from: leg.from, to: leg.to } } : {}),
      });
    }
  }
  edges.sort(compareEdges);
  const nodes = [...new Set(edges.flatMap((e) => [e.from, e.to]))].sort();
  return { nodes, edges, options: o, dropped, rolledUp };
}

/** The leg's status as known at the end of `asOf`: the last dated history event by then. */
function statusAsOf(deal: Deal, leg: Leg, asOfEnd: IsoDate): DealStatus {
  // NOTE: only legs that follow the deal's status replay its history; a leg with its own status keeps it.
  if (leg.status !== deal.status || deal.history.length === 0) return leg.status;
  let status: DealStatus | null = null;
  for (const ev of deal.history) {
    if (ev.date !== null && dateStart(ev.date) <= asOfEnd) status = ev.status;
  }
  return status ?? leg.status;
}

function compareEdges(a: GraphEdge, b: GraphEdge): number {
  return cmp(a.from, b.from) || cmp(a.to, b.to) || cmp(a.dealId ?? '', b.dealId ?? '') || cmp(a.legId ?? '', b.legId ?? '');
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
