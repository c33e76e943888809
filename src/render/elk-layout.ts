/** Layout of a whole map with ELK (Eclipse Layout Kernel, compiled to JavaScript): positions only, edges are drawn here. */
import ElkModule from 'elkjs/lib/elk.bundled.js';
import type { EntityId } from '../core/ids.js';
import type { Point } from './edge-geometry.js';

// NOTE: elkjs is CommonJS whose typings declare an ES default export; take whichever form the loader gives.
const ELK = ((ElkModule as unknown as { default?: unknown }).default ?? ElkModule) as typeof ElkModule.default;

export interface LayoutNode {
  readonly id: EntityId;
  readonly width: number;
  readonly height: number;
}

export interface LayoutEdge {
  readonly from: EntityId;
  readonly to: EntityId;
}

/** Which ELK algorithm: `stress` (default, suits maps full of loops) or `layered` (left to right). */
export type MapLayoutAlgorithm = 'stress' | 'layered' | 'force';

export interface MapLayoutOptions {
  readonly algorithm?: MapLayoutAlgorithm;
  /** Desired edge length for `stress`, in pixels. */
  readonly edgeLength?: number;
}

/**
 * Node centres for a map. Parallel and opposite edges count once; positions start at (0, 0)
 * and are scaled by the caller. Deterministic for the same input.
 */
export async function layoutMap(
  nodes: readonly LayoutNode[],
  edges: readonly LayoutEdge[],
  options: MapLayoutOptions = {},
): Promise<Map<EntityId, Point>> {
  const algorithm = options.algorithm ?? 'stress';
  const pairs = new Map<string, LayoutEdge>();
  for (const e of edges) {
    const key = e.from < e.to ? `${e.from}\u0000${e.to}` : `${e.to}\u0000${e.from}`;
    if (!pairs.has(key)) pairs.set(key, e);
  }
  const elk = new ELK();
  const graph = await elk.layout({
    id: 'root',
    layoutOptions:
      algorithm === 'stress'
        ? { 'elk.algorithm': 'stress', 'elk.stress.desiredEdgeLength': String(options.edgeLength ?? 240), 'elk.randomSeed': '1' }
        : algorithm === 'force'
          ? { 'elk.algorithm': 'force', 'elk.force.repulsion': '5', 'elk.spacing.nodeNode': String(options.edgeLength ?? 80), 'elk.force.iterations': '600', 'elk.randomSeed': '1' }
          : {
            'elk.algorithm': 'layered',
            'elk.direction': 'RIGHT',
            'elk.layered.spacing.nodeNodeBetweenLayers': '160',
            'elk.spacing.nodeNode': '60',
            'elk.randomSeed': '1',
          },
    children: nodes.map((n) => ({ id: n.id, width: n.width, height: n.height })),
    edges: [...pairs.values()].map((e, i) => ({ id: `e${i}`, sources: [e.from], targets: [e.to] })),
  });
  const out = new Map<EntityId, Point>();
  for (const child of graph.children ?? []) {
    out.set(child.id as EntityId, { x: (child.x ?? 0) + (child.width ?? 0) / 2, y: (child.y ?? 0) + (child.height ?? 0) / 2 });
  }
  return out;
}
