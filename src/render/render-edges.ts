/** The edges a picture draws: each leg (or, on maps, each pair's legs summed) with its label, style, width and footnote numbers. */
import type { GraphEdge } from '../analysis/graph-view.js';
import { formatAmount } from '../core/amount-format.js';
import { makeAmount } from '../core/amount.js';
import { STATUS_RANK, type StatusLine, statusLine } from '../core/deal-status.js';
import { DEAL_TYPE_INFO } from '../core/deal-type.js';
import type { Deal, DealSource, Leg } from '../core/deal.js';
import type { Entity } from '../core/entity.js';
import type { FuzzyDate } from '../core/fuzzy-date.js';
import type { EntityId } from '../core/ids.js';
import type { RenderInput } from './render-options.js';
import { type RenderTheme, TYPE_SHORT } from './render-theme.js';

export interface DrawEdge {
  /** Unique within the picture. */
  readonly key: string;
  readonly from: EntityId;
  readonly to: EntityId;
  readonly edge: GraphEdge;
  readonly deal: Deal | null;
  readonly leg: Leg | null;
  /** "up to $100B". */
  readonly amountText: string;
  /** "equity · announced". */
  readonly detailText: string;
  /** The footnote numbers as the label shows them: "4", "4–6", "2, 9"; empty when none. */
  readonly footnote: string;
  /** How many legs this edge stands for (more than one when a map sums a pair's deals). */
  readonly count: number;
  readonly width: number;
  readonly colour: string;
  readonly line: StatusLine;
}

export interface Footnote {
  readonly number: number;
  /** "Nvidia → OpenAI: equity investment, up to $100B, announced". */
  readonly heading: string;
  readonly sources: readonly DealSource[];
}

export interface DrawModel {
  readonly nodes: readonly EntityId[];
  readonly edges: readonly DrawEdge[];
  readonly footnotes: readonly Footnote[];
  readonly names: ReadonlyMap<EntityId, string>;
}

/** Stroke width for an amount in currency units: logarithmic, 1.5 px at $100M to about 8 px at $1T. */
export function amountWidth(amount: bigint | null): number {
  if (amount === null) return 1.25;
  const v = Math.max(Number(amount), 1e8);
  return Math.min(9, 1.5 + 1.7 * Math.log10(v / 1e8));
}

/** The edges a loop draws: its legs, or the view's legs between consecutive nodes. */
export function loopEdges(input: RenderInput): GraphEdge[] {
  const loop = input.loop;
  if (!loop) return [...input.view.edges];
  if (loop.legs && loop.legs.length > 0) return [...loop.legs];
  const n = loop.nodes.length;
  const out: GraphEdge[] = [];
  for (let i = 0; i < n; i++) {
    const from = loop.nodes[i]!;
    const to = loop.nodes[(i + 1) % n]!;
    out.push(...input.view.edges.filter((e) => e.from === from && e.to === to));
  }
  return out;
}

/** Name of an entity for pictures; the id when it is unknown. */
export function nameOf(names: ReadonlyMap<EntityId, string>, id: EntityId): string {
  return names.get(id) ?? id;
}

/** Footnote numbers compactly: runs of three or more as ranges ("1–3, 7"). */
export function numberList(ns: readonly number[]): string {
  const sorted = [...new Set(ns)].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
    if (j - i >= 2) parts.push(`${sorted[i]}\u2013${sorted[j]}`);
    else for (let k = i; k <= j; k++) parts.push(String(sorted[k]));
    i = j + 1;
  }
  return parts.join(',');
}

/**
 * Build what to draw from the input: nodes, edges in reading order, footnotes numbered in
 * that order. With `aggregate`, the legs between one pair in one direction become one edge
 * whose amount is their sum (under the view's policy), drawn in the colour of the largest
 * leg's deal type and the line of the firmest status.
 */
export function buildDrawModel(input: RenderInput, theme: RenderTheme, aggregate = false): DrawModel {
  const names = new Map<EntityId, string>(input.entities.map((e: Entity) => [e.id, e.name]));
  const deals = new Map(input.deals.map((d) => [d.id, d] as const));
  const edges = loopEdges(input);
  const nodes = input.loop ? [...input.loop.nodes] : [...input.view.nodes];
  if (!input.loop) {
    edges.sort((a, b) => cmp(nameOf(names, a.from), nameOf(names, b.from)) || cmp(nameOf(names, a.to), nameOf(names, b.to)));
  }
  const footnoteOf = new Map<string, number>();
  const footnotes: Footnote[] = [];
  const draw: DrawEdge[] = edges.map((edge, i) => {
    const deal = edge.dealId ? (deals.get(edge.dealId) ?? null) : null;
    const leg = deal?.legs.find((l) => l.id === edge.legId) ?? null;
    const amount = leg?.amount ?? (edge.amount === null ? null : makeAmount('exact', edge.amount.toString(), ''));
    const amountText = edge.amount === null && !leg?.amount ? 'undisclosed' : formatAmount(amount);
    const type = edge.type ?? deal?.type ?? 'other';
    const key = deal ? String(deal.id) : `edge-${i}`;
    let footnote = footnoteOf.get(key) ?? null;
    if (footnote === null && deal) {
      footnote = footnotes.length + 1;
      footnoteOf.set(key, footnote);
      footnotes.push({ number: footnote, heading: footnoteHeading(deal, names), sources: deal.sources });
    }
    const when = deal ? statusDate(deal, edge.status) : null;
    return {
      key: edge.legId ? String(edge.legId) : `edge-${i}`,
      from: edge.from,
      to: edge.to,
      edge,
      deal,
      leg,
      amountText,
      detailText: `${TYPE_SHORT[type]} · ${edge.status.replace('_', ' ')}${when ? ` ${when}` : ''}`,
      footnote: footnote === null ? '' : String(footnote),
      count: 1,
      width: amountWidth(edge.amount),
      colour: theme.types[type],
      line: statusLine(edge.status),
    };
  });
  return { nodes, edges: aggregate ? sumPairs(draw, footnoteOf) : draw, footnotes, names };
}

function sumPairs(edges: readonly DrawEdge[], footnoteOf: ReadonlyMap<string, number>): DrawEdge[] {
  const groups = new Map<string, DrawEdge[]>();
  for (const e of edges) {
    const k = `${e.from}\u0000${e.to}`;
    groups.set(k, [...(groups.get(k) ?? []), e]);
  }
  return [...groups.values()].map((group) => {
    if (group.length === 1) return group[0]!;
    const largest = [...group].sort((a, b) => cmpAmount(b.edge.amount, a.edge.amount))[0]!;
    const firmest = [...group].sort((a, b) => STATUS_RANK[b.edge.status] - STATUS_RANK[a.edge.status])[0]!;
    const known = group.filter((e) => e.edge.amount !== null);
    const sum = known.reduce((t, e) => t + e.edge.amount!, 0n);
    const partial = known.length < group.length;
    const amountText = known.length === 0 ? 'undisclosed' : `${partial ? '\u2265' : ''}${formatAmount(makeAmount('exact', sum.toString(), ''))}`;
    const numbers = group.flatMap((e) => (e.deal ? [footnoteOf.get(String(e.deal.id))!] : []));
    return {
      ...largest,
      key: `${largest.key}+${group.length - 1}`,
      amountText,
      detailText: `${group.length} deals, firmest ${firmest.edge.status.replace('_', ' ')}`,
      footnote: numberList(numbers),
      count: group.length,
      width: amountWidth(known.length ? sum : null),
      line: firmest.line,
      edge: { ...largest.edge, amount: known.length ? sum : null, status: firmest.edge.status },
    };
  });
}

function cmpAmount(a: bigint | null, b: bigint | null): number {
  const x = a ?? -1n;
  const y = b ?? -1n;
  return x < y ? -1 : x > y ? 1 : 0;
}

/** The date a deal reached the status shown, at month precision ("2025-09"). */
function statusDate(deal: Deal, status: string): string | null {
  const d =
    status === 'signed' ? (deal.dates.signed ?? deal.dates.announced)
    : status === 'completed' ? (deal.dates.completed ?? deal.dates.signed)
    : status === 'announced' ? deal.dates.announced
    : undefined;
  const label = fuzzyLabel(d) ?? deal.history.findLast((h) => h.status === status)?.date ?? deal.firstReported;
  return label ? label.slice(0, 7) : null;
}

function footnoteHeading(deal: Deal, names: ReadonlyMap<EntityId, string>): string {
  const from = deal.from.id ? nameOf(names, deal.from.id) : deal.from.name;
  const to = deal.to.id ? nameOf(names, deal.to.id) : deal.to.name;
  const type = DEAL_TYPE_INFO[deal.type].label.toLowerCase();
  const date = fuzzyLabel(deal.dates.signed ?? deal.dates.announced ?? deal.dates.completed) ?? deal.firstReported;
  const when = date ? ` (${deal.status.replace('_', ' ')} ${date})` : ` (${deal.status.replace('_', ' ')})`;
  return `${from} → ${to}: ${type}, ${formatAmount(deal.amount)}${when}`;
}

/** A fuzzy date at its own precision: "2025", "2025-09", "2025-09-22". */
export function fuzzyLabel(d: FuzzyDate | undefined): string | null {
  if (!d) return null;
  const date = d.earliest ?? d.latest;
  if (!date) return d.text ?? null;
  if (d.precision === 'year' || d.precision === 'half' || d.precision === 'quarter') return date.slice(0, 4);
  if (d.precision === 'month') return date.slice(0, 7);
  return date;
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
