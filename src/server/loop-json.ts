/** Loops as JSON: hops with their legs, the circular amount, and the sources behind every deal. */
import type { Loop } from '../analysis/find-loops.js';
import type { Deal } from '../core/deal.js';
import type { Entity } from '../core/entity.js';
import { dealSummary } from '../core/json-view.js';
import { big, edgeToJson, legLabels } from './graph-json.js';

/** One loop, with names for its companies. */
export function loopToJson(
  loop: Loop,
  names: ReadonlyMap<string, string>,
  labels: ReadonlyMap<string, string>,
) {
  let index = 0;
  return {
    id: loop.id,
    nodes: loop.nodes.map((id) => ({ id, name: names.get(id) ?? id })),
    hops: loop.hops.map((h) => ({
      from: h.from,
      to: h.to,
      amount: big(h.amount),
      low: big(h.low),
      high: big(h.high),
      undisclosed: h.undisclosed,
      status: h.status,
      legs: h.legs.map((e) => edgeToJson(e, index++, labels)),
    })),
    amount: big(loop.amount),
    low: big(loop.low),
    high: big(loop.high),
    partial: loop.partial,
    undisclosedHops: loop.undisclosedHops,
    span: loop.span,
    weakestStatus: loop.weakestStatus,
    sourceCount: loop.sourceCount,
  };
}

export type LoopJson = ReturnType<typeof loopToJson>;

/** A deal in a loop answer: its summary and every source, so story mode can link each leg. */
export function loopDealToJson(d: Deal) {
  return {
    ...dealSummary(d),
    sources: d.sources.map((s) => ({
      documentId: s.documentId,
      outlet: s.outlet,
      url: s.url,
      title: s.title,
      publishedAt: s.publishedAt,
      attribution: s.attribution,
      independent: s.independent,
      ...(s.repeats ? { repeats: s.repeats } : {}),
    })),
  };
}

/** Loops plus the deals their legs come from. */
export function loopsToJson(
  loops: readonly Loop[],
  deals: readonly Deal[],
  entities: readonly Entity[],
  total: number,
) {
  const names = new Map(entities.map((e) => [e.id as string, e.name] as const));
  const ids = new Set(loops.flatMap((l) => l.legs.map((e) => e.dealId)).filter((d) => d !== null));
  const used = deals.filter((d) => ids.has(d.id));
  const labels = legLabels(used);
  return {
    count: total,
    loops: loops.map((l) => loopToJson(l, names, labels)),
    deals: Object.fromEntries(used.map((d) => [d.id, loopDealToJson(d)])),
  };
}
