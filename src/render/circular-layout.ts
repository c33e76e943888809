/** A circular layout for a loop: companies clockwise in loop order, the first at the top. */
import type { EntityId } from '../core/ids.js';
import type { Point } from './edge-geometry.js';

/**
 * Place `nodes` clockwise on a circle of `radius` around `centre`, the first at the top
 * (for two nodes: left and right), so arrows around the loop read clockwise.
 */
export function circularLayout(nodes: readonly EntityId[], centre: Point, radius: number): Map<EntityId, Point> {
  const n = nodes.length;
  const start = n === 2 ? Math.PI : -Math.PI / 2;
  const out = new Map<EntityId, Point>();
  nodes.forEach((id, i) => {
    const angle = start + (2 * Math.PI * i) / n;
    out.set(id, { x: centre.x + radius * Math.cos(angle), y: centre.y + radius * Math.sin(angle) });
  });
  return out;
}
