/** Graph views from plain edge lists (a CSV file, a generated benchmark graph). */
import { type DealStatus, isDealStatus } from '../core/deal-status.js';
import { InputError } from '../core/errors.js';
import { type IsoDate, isIsoDate } from '../core/fuzzy-date.js';
import { type EntityId, entityId } from '../core/ids.js';
import { DEFAULT_GRAPH_VIEW_OPTIONS, type GraphEdge, type GraphView } from './graph-view.js';

/** One row of an edge list: `from` pays `to` an amount in whole currency units (null = unknown). */
export interface EdgeRow {
  readonly from: string;
  readonly to: string;
  readonly amount: bigint | null;
  /** When the payment happens (for temporal loops and windows). */
  readonly date?: IsoDate | null;
  /** Defaults to "signed": an edge list states obligations, not rumours. */
  readonly status?: DealStatus;
}

const NO_SOURCES: readonly string[] = [];

/**
 * A money view over an edge list: every row a cash edge, self-loops dropped, rows kept in order.
 * @example graphFromEdgeList([{ from: 'a', to: 'b', amount: 10n }, { from: 'b', to: 'a', amount: 4n }])
 */
export function graphFromEdgeList(rows: readonly EdgeRow[]): GraphView {
  const edges: GraphEdge[] = [];
  const nodes = new Set<EntityId>();
  let selfLoop = 0;
  rows.forEach((row, i) => {
    if (typeof row.from !== 'string' || row.from === '' || typeof row.to !== 'string' || row.to === '') {
      throw new InputError(`edge list: row ${i + 1} needs non-empty "from" and "to"`, { row: i + 1 });
    }
    if (row.amount !== null && (typeof row.amount !== 'bigint' || row.amount < 0n)) {
      throw new InputError(`edge list: row ${i + 1} amount must be a non-negative bigint or null`, { row: i + 1 });
    }
    if (row.date != null && !isIsoDate(row.date)) {
      throw new InputError(`edge list: row ${i + 1} date "${row.date}" is not YYYY, YYYY-MM or YYYY-MM-DD`, { row: i + 1 });
    }
    if (row.status !== undefined && !isDealStatus(row.status)) {
      throw new InputError(`edge list: row ${i + 1} status "${String(row.status)}" is not a deal status`, { row: i + 1 });
    }
    if (row.from === row.to) { selfLoop++; return; }
    const from = entityId(row.from);
    const to = entityId(row.to);
    nodes.add(from);
    nodes.add(to);
    const date = row.date ?? null;
    edges.push({
      from, to, dealId: null, legId: null, type: null, asset: 'cash', status: row.status ?? 'signed',
      amount: row.amount, low: row.amount, high: row.amount,
      start: date, end: null, reportedAt: date, term: null, contingent: false,
      sourceCount: 0, sourceIds: NO_SOURCES,
    });
  });
  return {
    nodes: [...nodes].sort(),
    edges,
    options: { ...DEFAULT_GRAPH_VIEW_OPTIONS, statuses: ['rumoured', 'in_talks', 'announced', 'signed', 'completed', 'amended'], rollup: false },
    dropped: { asset: 0, status: 0, type: 0, asOf: 0, window: 0, undisclosed: 0, selfLoop, currency: 0 },
    rolledUp: new Map(),
  };
}
