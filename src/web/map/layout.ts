/** Node positions for the map: computed once on every company the data knows, so filters never move anyone. */
import cytoscape from 'cytoscape';
import { makeLabelRoom } from './label-room.js';
import { SECTOR_ORDER } from './palette.js';

export type Positions = ReadonlyMap<string, { readonly x: number; readonly y: number }>;

export interface LayoutInput {
  readonly nodes: readonly {
    readonly id: string;
    readonly sector: string;
    readonly flow: number;
    /** The name drawn under the company and its circle's diameter: with both, names get room. */
    readonly label?: string;
    readonly size?: number;
  }[];
  readonly edges: readonly { readonly from: string; readonly to: string }[];
}

/** Above this many companies a force layout is too slow for a browser: companies go on rings by flow. */
const FORCE_LIMIT = 400;

/**
 * Deterministic positions: companies start on a circle grouped by kind, then a force layout
 * (cytoscape's CoSE) pulls trading partners together. Large graphs get a sunflower spiral.
 */
export function layoutPositions(input: LayoutInput): Map<string, { x: number; y: number }> {
  const order = [...input.nodes].sort(
    (a, b) =>
      SECTOR_ORDER.indexOf(a.sector) - SECTOR_ORDER.indexOf(b.sector) ||
      b.flow - a.flow ||
      a.id.localeCompare(b.id),
  );
  if (order.length > FORCE_LIMIT) return sunflower(input.nodes);
  const ids = new Set(order.map((n) => n.id));
  const r = 60 * Math.sqrt(order.length + 1);
  const cy = cytoscape({
    headless: true,
    styleEnabled: false,
    elements: [
      ...order.map((n, i) => ({
        group: 'nodes' as const,
        data: { id: n.id, flow: n.flow },
        position: {
          x: r * Math.cos((2 * Math.PI * i) / order.length),
          y: r * Math.sin((2 * Math.PI * i) / order.length),
        },
      })),
      ...dedupe(input.edges)
        .filter((e) => ids.has(e.from) && ids.has(e.to))
        .map((e, i) => ({
          group: 'edges' as const,
          data: { id: `e${i}`, source: e.from, target: e.to },
        })),
    ],
  });
  {
    withSeededRandom(20251017, () =>
      cy
        .layout({
          name: 'cose',
          randomize: false,
          animate: false,
          fit: false,
          nodeDimensionsIncludeLabels: false,
          // NOTE: companies with one partner sit close to it; hubs keep room between them for labels.
          idealEdgeLength: (e: cytoscape.EdgeSingular) =>
            Math.min(210, 55 + 14 * Math.min(e.source().degree(false), e.target().degree(false))),
          nodeRepulsion: (n: cytoscape.NodeSingular) =>
            90_000 * (1 + Math.min(12, n.degree(false))),
          nodeOverlap: 50,
          edgeElasticity: () => 100,
          gravity: 90,
          nestingFactor: 1,
          numIter: 1000,
          componentSpacing: 60,
        } as cytoscape.LayoutOptions)
        .run(),
    );
  }
  const out = new Map<string, { x: number; y: number }>();
  cy.nodes().forEach((n) => {
    const p = n.position();
    out.set(n.id(), { x: p.x, y: p.y });
  });
  const components = cy
    .elements()
    .components()
    .map((c) => c.nodes().map((n) => n.id()));
  cy.destroy();
  const packed = packComponents(out, components);
  // NOTE: the force layout sees circles, not names; a last pass moves companies whose names would
  // print over a neighbour (the dense core of hubs) just far enough apart.
  if (!input.nodes.every((n) => n.label !== undefined && n.size !== undefined)) return packed;
  return makeLabelRoom(
    input.nodes.map((n) => ({ id: n.id, ...packed.get(n.id)!, size: n.size!, label: n.label! })),
  );
}

/**
 * Large maps: companies on a sunflower spiral, the largest flows in the middle, evenly spaced.
 * Linear time, so thousands of companies appear at once (a force layout would take minutes).
 */
function sunflower(nodes: LayoutInput['nodes']): Map<string, { x: number; y: number }> {
  const byFlow = [...nodes].sort((a, b) => b.flow - a.flow || a.id.localeCompare(b.id));
  const golden = Math.PI * (3 - Math.sqrt(5));
  const out = new Map<string, { x: number; y: number }>();
  byFlow.forEach((n, i) => {
    const r = 26 * Math.sqrt(i + 0.5);
    out.set(n.id, { x: r * Math.cos(i * golden), y: r * Math.sin(i * golden) });
  });
  return out;
}

/**
 * Put the small separate groups (deals that touch nothing else) in columns beside the largest one,
 * so the map is not mostly empty space between them.
 */
function packComponents(
  pos: Map<string, { x: number; y: number }>,
  components: string[][],
): Map<string, { x: number; y: number }> {
  if (components.length < 2) return pos;
  const sorted = [...components].sort((a, b) => b.length - a.length);
  const box = (ids: readonly string[]) => {
    const ps = ids.map((id) => pos.get(id)!);
    return {
      minX: Math.min(...ps.map((p) => p.x)),
      maxX: Math.max(...ps.map((p) => p.x)),
      minY: Math.min(...ps.map((p) => p.y)),
      maxY: Math.max(...ps.map((p) => p.y)),
    };
  };
  const main = box(sorted[0]!);
  const gap = 70;
  let x = main.maxX + gap * 1.5;
  let y = main.minY;
  let columnWidth = 0;
  for (const ids of sorted.slice(1)) {
    const b = box(ids);
    const w = b.maxX - b.minX;
    const h = b.maxY - b.minY;
    if (y > main.minY && y + h > main.maxY) {
      x += columnWidth + gap;
      y = main.minY;
      columnWidth = 0;
    }
    for (const id of ids) {
      const p = pos.get(id)!;
      pos.set(id, { x: x + (p.x - b.minX), y: y + (p.y - b.minY) });
    }
    y += h + gap;
    columnWidth = Math.max(columnWidth, w);
  }
  return pos;
}

/**
 * Run `fn` with Math.random replaced by a seeded generator (mulberry32). NOTE: CoSE draws random
 * numbers even with `randomize: false`; seeding them makes the same data give the same map every time.
 */
function withSeededRandom<T>(seed: number, fn: () => T): T {
  const original = Math.random;
  let state = seed | 0;
  Math.random = () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  try {
    return fn();
  } finally {
    Math.random = original;
  }
}

/** One edge per unordered pair is enough for positions. */
function dedupe(edges: LayoutInput['edges']): LayoutInput['edges'] {
  const seen = new Set<string>();
  return edges.filter((e) => {
    const key = e.from < e.to ? `${e.from}|${e.to}` : `${e.to}|${e.from}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** A position for a company the layout did not know (added since): beside its partners, else on the rim. */
export function placeNewcomer(
  id: string,
  partners: readonly string[],
  positions: Positions,
): { x: number; y: number } {
  const known = partners.map((p) => positions.get(p)).filter((p) => p !== undefined);
  let h = 0;
  for (const c of id) h = (h * 31 + c.charCodeAt(0)) >>> 0;
  const angle = (h % 360) * (Math.PI / 180);
  if (known.length) {
    const x = known.reduce((s, p) => s + p.x, 0) / known.length;
    const y = known.reduce((s, p) => s + p.y, 0) / known.length;
    return { x: x + 90 * Math.cos(angle), y: y + 90 * Math.sin(angle) };
  }
  let maxR = 200;
  for (const p of positions.values()) maxR = Math.max(maxR, Math.hypot(p.x, p.y));
  return { x: (maxR + 120) * Math.cos(angle), y: (maxR + 120) * Math.sin(angle) };
}
