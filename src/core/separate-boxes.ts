/** Push apart node boxes that a layout left overlapping, keeping the layout's shape otherwise. */
import type { EntityId } from '../core/ids.js';
import type { Point } from './edge-geometry.js';

export interface SizedNode {
  readonly id: EntityId;
  readonly width: number;
  readonly height: number;
}

/**
 * Move overlapping boxes apart along the axis where they overlap least, a little at a time,
 * until no two boxes (grown by `gap`) overlap or `rounds` run out. Deterministic.
 */
export function removeOverlaps(nodes: readonly SizedNode[], positions: ReadonlyMap<EntityId, Point>, gap = 12, rounds = 200): Map<EntityId, Point> {
  const pos = nodes.map((n) => ({ ...(positions.get(n.id) ?? { x: 0, y: 0 }) }));
  for (let round = 0; round < rounds; round++) {
    let moved = false;
    for (let i = 0; i < nodes.length; i++) {
      for (let j = i + 1; j < nodes.length; j++) {
        const a = nodes[i]!;
        const b = nodes[j]!;
        const pa = pos[i]!;
        const pb = pos[j]!;
        const ox = (a.width + b.width) / 2 + gap - Math.abs(pa.x - pb.x);
        const oy = (a.height + b.height) / 2 + gap - Math.abs(pa.y - pb.y);
        if (ox <= 0 || oy <= 0) continue;
        moved = true;
        // NOTE: ties (same centre) break by index so the result does not depend on float noise.
        if (ox < oy) {
          const s = pa.x < pb.x || (pa.x === pb.x && i < j) ? -1 : 1;
          pa.x += (s * ox) / 2;
          pb.x -= (s * ox) / 2;
        } else {
          const s = pa.y < pb.y || (pa.y === pb.y && i < j) ? -1 : 1;
          pa.y += (s * oy) / 2;
          pb.y -= (s * oy) / 2;
        }
      }
    }
    if (!moved) break;
  }
  return new Map(nodes.map((n, i) => [n.id, pos[i]!] as const));
}
