/** Push apart boxes that a layout left overlapping, keeping the layout's shape otherwise (static pictures and the web map). */

/** A box's size; its position is given separately, as its centre. */
export interface SizedBox<K> {
  readonly id: K;
  readonly width: number;
  readonly height: number;
}

/** A point in layout units. */
export interface Centre {
  readonly x: number;
  readonly y: number;
}

/**
 * Move overlapping boxes apart along the axis where they overlap least, half the overlap each,
 * until no two boxes (grown by `gap`) overlap or `rounds` run out. Deterministic: boxes are
 * visited in the order given, and a box without a centre starts at the origin.
 * @example separateBoxes([{ id: 'a', width: 90, height: 30 }], new Map([['a', { x: 0, y: 0 }]]))
 */
export function separateBoxes<K>(
  boxes: readonly SizedBox<K>[],
  centres: ReadonlyMap<K, Centre>,
  gap = 12,
  rounds = 200,
): Map<K, Centre> {
  const pos = boxes.map((b) => ({ ...(centres.get(b.id) ?? { x: 0, y: 0 }) }));
  for (let round = 0; round < rounds; round++) {
    let moved = false;
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i]!;
        const b = boxes[j]!;
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
  return new Map(boxes.map((b, i) => [b.id, pos[i]!] as const));
}
