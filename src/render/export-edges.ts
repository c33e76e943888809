/** The flat node and edge records the graph exports (GEXF, GraphML, DOT, Cypher) share. */
import type { GraphView } from '../analysis/graph-view.js';
import { formatAmount } from '../core/amount-format.js';
import { amountValue } from '../core/amount.js';
import type { Deal, Leg } from '../core/deal.js';
import type { Entity } from '../core/entity.js';
import { dateEnd, dateStart, type IsoDate } from '../core/fuzzy-date.js';
import type { EntityId } from '../core/ids.js';
import type { ExportBundle } from './export-bundle.js';

/** Options every export takes. */
export interface ExportOptions {
  /** Graph formats draw only the legs of this view (e.g. the money view's cash legs); the bundle should be `bundleForView` of it. */
  readonly view?: GraphView;
}

/** A typed attribute column of nodes or edges. */
export interface AttributeDef {
  readonly id: string;
  readonly type: 'string' | 'double' | 'boolean' | 'integer';
}

export const NODE_ATTRIBUTES: readonly AttributeDef[] = [
  { id: 'kind', type: 'string' },
  { id: 'sector', type: 'string' },
  { id: 'ticker', type: 'string' },
  { id: 'wikidata', type: 'string' },
  { id: 'lei', type: 'string' },
  { id: 'parent', type: 'string' },
];

export const EDGE_ATTRIBUTES: readonly AttributeDef[] = [
  { id: 'deal_id', type: 'string' },
  { id: 'deal_title', type: 'string' },
  { id: 'deal_type', type: 'string' },
  { id: 'asset', type: 'string' },
  { id: 'status', type: 'string' },
  { id: 'amount_label', type: 'string' },
  { id: 'amount_text', type: 'string' },
  { id: 'qualifier', type: 'string' },
  { id: 'currency', type: 'string' },
  { id: 'amount_low', type: 'double' },
  { id: 'amount_high', type: 'double' },
  { id: 'amount_point', type: 'double' },
  { id: 'may_be_zero', type: 'boolean' },
  { id: 'contingent', type: 'boolean' },
  { id: 'start', type: 'string' },
  { id: 'end', type: 'string' },
  { id: 'first_reported', type: 'string' },
  { id: 'independent_sources', type: 'integer' },
  { id: 'sources', type: 'string' },
];

export type AttributeValue = string | number | boolean | null;

export interface NodeRecord {
  readonly id: EntityId;
  readonly label: string;
  readonly attributes: Readonly<Record<string, AttributeValue>>;
  /** First day any of its legs was known (report or start), full date; null when none is dated. */
  readonly start: string | null;
}

export interface EdgeRecord {
  readonly id: string;
  readonly source: EntityId;
  readonly target: EntityId;
  readonly label: string;
  /** The stated amount (or midpoint) in currency units; null when undisclosed. */
  readonly weight: number | null;
  readonly attributes: Readonly<Record<string, AttributeValue>>;
  readonly deal: Deal;
  readonly leg: Leg;
  /** When the leg was first known (first report, else start), as a full date. */
  readonly start: string | null;
  /** When it ends, as a full date, if known and not before start. */
  readonly end: string | null;
}

const num = (v: string | null): number | null => (v === null ? null : Number(v));

/** Nodes and edges of a bundle: every leg of every deal, or only the legs in `options.view`. */
export function graphRecords(bundle: ExportBundle, options: ExportOptions = {}): { nodes: NodeRecord[]; edges: EdgeRecord[] } {
  const inView = options.view ? new Set(options.view.edges.map((e) => e.legId)) : null;
  const edges: EdgeRecord[] = [];
  for (const deal of bundle.deals) {
    for (const leg of deal.legs) {
      if (inView && !inView.has(leg.id)) continue;
      const a = leg.amount;
      const first = leg.reportedAt ?? deal.firstReported ?? leg.start;
      const start = first ? dateStart(first) : null;
      const endDay = leg.end ? dateEnd(leg.end) : null;
      edges.push({
        id: leg.id,
        source: leg.from,
        target: leg.to,
        label: `${formatAmount(a)} ${leg.asset}`,
        weight: num(amountValue(a, 'stated')),
        deal,
        leg,
        start,
        end: endDay && (!start || endDay >= start) ? endDay : null,
        attributes: {
          deal_id: deal.id,
          deal_title: deal.title,
          deal_type: deal.type,
          asset: leg.asset,
          status: leg.status,
          amount_label: a ? formatAmount(a) : 'none',
          amount_text: a?.text ?? null,
          qualifier: a?.qualifier ?? null,
          currency: a?.currency ?? null,
          amount_low: num(amountValue(a, 'low')),
          amount_high: a && a.upper !== null ? num(a.upper) : null,
          amount_point: a ? num(a.point) : null,
          may_be_zero: a ? a.mayBeZero : null,
          contingent: leg.contingent,
          start: leg.start,
          end: leg.end,
          first_reported: deal.firstReported,
          independent_sources: deal.sources.filter((s) => s.independent).length,
          sources: deal.sources.map((s) => s.url ?? s.outlet ?? '').filter(Boolean).join(' '),
        },
      });
    }
  }
  const used = new Set(edges.flatMap((e) => [e.source, e.target]));
  const firstSeen = new Map<EntityId, string>();
  for (const e of edges) {
    if (!e.start) continue;
    for (const id of [e.source, e.target]) {
      const cur = firstSeen.get(id);
      if (!cur || e.start < cur) firstSeen.set(id, e.start);
    }
  }
  const byId = new Map<EntityId, Entity>(bundle.entities.map((e) => [e.id, e]));
  const nodes: NodeRecord[] = [...used].sort().map((id) => {
    const e = byId.get(id);
    return {
      id,
      label: e?.name ?? id,
      start: firstSeen.get(id) ?? null,
      attributes: {
        kind: e?.kind ?? null,
        sector: e?.sector ?? null,
        ticker: e?.identifiers.ticker ?? null,
        wikidata: e?.identifiers.wikidata ?? null,
        lei: e?.identifiers.lei ?? null,
        parent: e?.parents.find((p) => p.relation !== 'owner')?.id ?? null,
      },
    };
  });
  return { nodes, edges };
}

/** A prefix date as a full day for formats that need one. */
export function fullDate(d: IsoDate | null): string | null {
  return d ? dateStart(d) : null;
}
