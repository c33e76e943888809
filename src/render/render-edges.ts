/** The edges a picture draws: each leg with its label, style, width and footnote number. */
import type { GraphEdge } from '../analysis/graph-view.js';
import { formatAmount } from '../core/amount-format.js';
import { makeAmount } from '../core/amount.js';
import { type StatusLine, statusLine } from '../core/deal-status.js';
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
  readonly footnote: number | null;
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

/** Build what to draw from the input: nodes, edges in reading order, footnotes numbered in that order. */
export function buildDrawModel(input: RenderInput, theme: RenderTheme): DrawModel {
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
    return {
      key: edge.legId ? String(edge.legId) : `edge-${i}`,
      from: edge.from,
      to: edge.to,
      edge,
      deal,
      leg,
      amountText,
      detailText: `${TYPE_SHORT[type]} · ${edge.status.replace('_', ' ')}`,
      footnote,
      width: amountWidth(edge.amount),
      colour: theme.types[type],
      line: statusLine(edge.status),
    };
  });
  return { nodes, edges: draw, footnotes, names };
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
