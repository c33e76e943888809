/** Exposure of one company: its inflows and outflows by counterparty and type, concentration, vendor financing. */
import type { DealType } from '../core/deal-type.js';
import { InputError } from '../core/errors.js';
import type { EntityId } from '../core/ids.js';
import type { GraphEdge, GraphView } from './graph-view.js';

export interface CounterpartyFlow {
  readonly id: EntityId;
  /** Sum of the disclosed legs under the view's policy. */
  readonly amount: bigint;
  /** amount / side total; 0 when the total is 0. */
  readonly share: number;
  readonly legs: number;
  readonly undisclosedLegs: number;
}

export interface TypeFlow {
  /** Null for edges read from an edge list. */
  readonly type: DealType | null;
  readonly amount: bigint;
  readonly legs: number;
}

/** One direction (money in or money out) of a company's flows. */
export interface FlowSide {
  readonly total: bigint;
  readonly legs: number;
  readonly undisclosedLegs: number;
  /** Largest first, then by id. */
  readonly byCounterparty: readonly CounterpartyFlow[];
  readonly byType: readonly TypeFlow[];
  /** Share of the largest counterparty (e.g. how much of Oracle's backlog is OpenAI). */
  readonly topShare: number;
  readonly top3Share: number;
  /** Herfindahl–Hirschman index of counterparty shares, 0..1 (1 = a single counterparty). */
  readonly hhi: number;
}

export interface Exposure {
  readonly id: EntityId;
  readonly inflow: FlowSide;
  readonly outflow: FlowSide;
  /** Inflow from companies this company also pays: the money that may be its own coming back. */
  readonly vendorFinancedInflow: bigint;
  /** vendorFinancedInflow / inflow total; 0 without inflow. */
  readonly vendorFinancedShare: number;
}

/**
 * A company's exposure in a view. A company without edges in the view gets empty sides; one that
 * roll-up merged into its parent is an InputError (ask for the parent or turn roll-up off).
 * @example exposure(view, entityId('oracle')).inflow.topShare // 0.88: OpenAI
 */
export function exposure(view: GraphView, companyId: EntityId): Exposure {
  const parent = view.rolledUp.get(companyId);
  if (parent !== undefined) {
    throw new InputError(`exposure: "${companyId}" is rolled up into "${parent}" in this view; ask for "${parent}" or turn roll-up off`, {
      company: companyId, parent,
    });
  }
  const incoming: GraphEdge[] = [];
  const outgoing: GraphEdge[] = [];
  for (const e of view.edges) {
    if (e.to === companyId) incoming.push(e);
    if (e.from === companyId) outgoing.push(e);
  }
  const inflow = side(incoming, (e) => e.from);
  const outflow = side(outgoing, (e) => e.to);
  const paid = new Set(outflow.byCounterparty.filter((c) => c.amount > 0n || c.undisclosedLegs > 0).map((c) => c.id));
  let vendorFinancedInflow = 0n;
  for (const c of inflow.byCounterparty) if (paid.has(c.id)) vendorFinancedInflow += c.amount;
  return { id: companyId, inflow, outflow, vendorFinancedInflow, vendorFinancedShare: ratio(vendorFinancedInflow, inflow.total) };
}

function side(edges: readonly GraphEdge[], other: (e: GraphEdge) => EntityId): FlowSide {
  const byId = new Map<EntityId, { amount: bigint; legs: number; undisclosedLegs: number }>();
  const byType = new Map<DealType | null, { amount: bigint; legs: number }>();
  let total = 0n;
  let undisclosedLegs = 0;
  for (const e of edges) {
    const id = other(e);
    const c = byId.get(id) ?? { amount: 0n, legs: 0, undisclosedLegs: 0 };
    const t = byType.get(e.type) ?? { amount: 0n, legs: 0 };
    c.legs++;
    t.legs++;
    if (e.amount === null) {
      c.undisclosedLegs++;
      undisclosedLegs++;
    } else {
      c.amount += e.amount;
      t.amount += e.amount;
      total += e.amount;
    }
    byId.set(id, c);
    byType.set(e.type, t);
  }
  const byCounterparty = [...byId]
    .map(([id, c]) => ({ id, ...c, share: ratio(c.amount, total) }))
    .sort((a, b) => (a.amount === b.amount ? (a.id < b.id ? -1 : 1) : a.amount > b.amount ? -1 : 1));
  const shares = byCounterparty.map((c) => c.share);
  return {
    total,
    legs: edges.length,
    undisclosedLegs,
    byCounterparty,
    byType: [...byType]
      .map(([type, t]) => ({ type, ...t }))
      .sort((a, b) => (a.amount === b.amount ? String(a.type) < String(b.type) ? -1 : 1 : a.amount > b.amount ? -1 : 1)),
    topShare: shares[0] ?? 0,
    top3Share: shares.slice(0, 3).reduce((s, x) => s + x, 0),
    hhi: shares.reduce((s, x) => s + x * x, 0),
  };
}

function ratio(a: bigint, b: bigint): number {
  return b === 0n ? 0 : Number(a) / Number(b);
}
