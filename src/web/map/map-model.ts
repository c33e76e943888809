/** The graph view as things to draw: companies sized by flow, legs bundled per pair, widths by amount, styles by status. */
import { STATUS_RANK } from '../../core/deal-status.js';
import type { EdgeJson, GraphJson, LoopJson } from '../../server/api-types.js';
import { money } from '../lib/format.js';
import type { Policy } from '../lib/map-query.js';
import { sectorColours } from './palette.js';

/** A company on the map. */
export interface MapNode {
  readonly id: string;
  readonly name: string;
  readonly sector: string;
  readonly kind: string;
  /** Money through it (in + out) under the amount policy. */
  readonly flow: number;
  readonly size: number;
  readonly fill: string;
  readonly stroke: string;
}

/** One drawn edge: a single leg, or the legs of one pair bundled with their total. */
export interface MapEdge {
  readonly id: string;
  /** "from>to". */
  readonly pair: string;
  readonly source: string;
  readonly target: string;
  readonly legs: readonly EdgeJson[];
  readonly bundle: boolean;
  /** Sum of the disclosed legs under the policy; null when none is disclosed. */
  readonly amount: number | null;
  readonly label: string;
  readonly colour: string;
  readonly line: 'solid' | 'dashed' | 'dotted';
  readonly width: number;
  /** Loops (ids) this edge is part of. */
  readonly loops: readonly string[];
}

export interface MapModel {
  readonly nodes: readonly MapNode[];
  readonly edges: readonly MapEdge[];
}

/** Amount at which an edge is drawn 13.5 px wide; widths grow with the square root (area reads as amount). */
const WIDTH_REFERENCE = 300e9;
/** Flow at which a company is drawn 74 px across. */
const SIZE_REFERENCE = 1e12;

/** Edge width for an amount (fixed scale, so the same amount looks the same on every date). */
export function edgeWidth(amount: number | null): number {
  if (amount === null || amount <= 0) return 1.4;
  return Math.min(20, 1.6 + 12 * Math.sqrt(amount / WIDTH_REFERENCE));
}

/** Node diameter for the money through a company. */
export function nodeSize(flow: number): number {
  return Math.min(96, 22 + 52 * Math.sqrt(Math.max(0, flow) / SIZE_REFERENCE));
}


/** Solid for signed or completed, dashed for announced, dotted for talks and rumours. */
export function statusLine(status: string): 'solid' | 'dashed' | 'dotted' {
  if (status === 'signed' || status === 'completed' || status === 'amended') return 'solid';
  if (status === 'announced') return 'dashed';
  return 'dotted';
}

const BUNDLE_COLOUR = '#3d4451';

function legLabel(e: EdgeJson, policy: Policy): string {
  if (e.amount === null) return 'undisclosed';
  return policy === 'stated' && e.label ? e.label : money(e.amount);
}

/**
 * Turn a graph view into drawable nodes and edges. Legs between the same two companies in the
 * same direction are bundled into one edge with their total unless their pair is in `open`.
 */
export function buildMapModel(
  graph: GraphJson,
  opts: {
    readonly open: ReadonlySet<string>;
    readonly typeColours: Readonly<Record<string, string>>;
    readonly loops: readonly LoopJson[];
    readonly policy: Policy;
  },
): MapModel {
  const loopsOfLeg = new Map<string, string[]>();
  for (const l of opts.loops)
    for (const h of l.hops)
      for (const leg of h.legs) loopsOfLeg.set(leg.id, [...(loopsOfLeg.get(leg.id) ?? []), l.id]);
  const nodes = graph.nodes.map((n): MapNode => {
    const flow = n.inflow + n.outflow;
    const c = sectorColours(n.sector);
    return {
      id: n.id,
      name: n.name,
      sector: n.sector,
      kind: n.kind,
      flow,
      size: nodeSize(flow),
      fill: c.fill,
      stroke: c.stroke,
    };
  });
  const pairs = new Map<string, EdgeJson[]>();
  for (const e of graph.edges) {
    const key = `${e.from}>${e.to}`;
    pairs.set(key, [...(pairs.get(key) ?? []), e]);
  }
  const edges: MapEdge[] = [];
  for (const [pair, legs] of pairs) {
    const first = legs[0]!;
    const single = (e: EdgeJson): MapEdge => ({
      id: `l:${e.id}`,
      pair,
      source: e.from,
      target: e.to,
      legs: [e],
      bundle: false,
      amount: e.amount,
      label: legLabel(e, opts.policy),
      colour: opts.typeColours[e.type ?? 'other'] ?? BUNDLE_COLOUR,
      line: statusLine(e.status),
      width: edgeWidth(e.amount),
      loops: loopsOfLeg.get(e.id) ?? [],
    });
    if (legs.length === 1 || opts.open.has(pair)) {
      for (const e of legs) edges.push(single(e));
      continue;
    }
    const disclosed = legs.filter((e) => e.amount !== null);
    const amount = disclosed.length ? disclosed.reduce((s, e) => s + (e.amount ?? 0), 0) : null;
    const types = new Set(legs.map((e) => e.type));
    const firmest = legs.reduce(
      (a, e) => ((STATUS_RANK[e.status] ?? 0) > (STATUS_RANK[a.status] ?? 0) ? e : a),
      first,
    );
    const deals = new Set(legs.map((e) => e.dealId)).size;
    edges.push({
      id: `b:${pair}`,
      pair,
      source: first.from,
      target: first.to,
      legs,
      bundle: true,
      amount,
      label: `${amount === null ? 'undisclosed' : money(amount)} · ${deals} deals`,
      colour:
        types.size === 1
          ? (opts.typeColours[first.type ?? 'other'] ?? BUNDLE_COLOUR)
          : BUNDLE_COLOUR,
      line: statusLine(firmest.status),
      width: edgeWidth(amount),
      loops: [...new Set(legs.flatMap((e) => loopsOfLeg.get(e.id) ?? []))],
    });
  }
  return { nodes, edges };
}
