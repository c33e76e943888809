/** Room for names on the map: nudges companies apart until no circle or name under it covers another. */

/** A company as drawn: its centre, its circle's diameter and the name printed under it. */
export interface LabelledNode {
  readonly id: string;
  readonly x: number;
  readonly y: number;
  readonly size: number;
  readonly label: string;
}

/** What a company covers on the map: its circle with its name below, in map units. */
export interface Box {
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
}

/** The name's font size for a circle of `size`; the canvas draws names at this size. */
export const labelFont = (size: number) => Math.round(13 + size / 9);

// NOTE: an average glyph of the bold UI font is a little under 0.6 em wide; names are short.
const GLYPH_EM = 0.58;

/** The box a company covers: the circle, and under it (4 units down) one line of its name. */
export function labelBox(n: LabelledNode): Box {
  const r = n.size / 2;
  const font = labelFont(n.size);
  const half = Math.max(r, (n.label.length * font * GLYPH_EM) / 2);
  return { left: n.x - half, right: n.x + half, top: n.y - r, bottom: n.y + r + 4 + font * 1.25 };
}

/**
 * Push overlapping companies apart, a little each round, along the axis where they overlap
 * least, until no two boxes (plus `padding`) overlap or `rounds` run out. Deterministic: the
 * same input gives the same positions. Returns every company's position, moved or not.
 */
export function makeLabelRoom(
  nodes: readonly LabelledNode[],
  opts: { readonly padding?: number; readonly rounds?: number } = {},
): Map<string, { x: number; y: number }> {
  const padding = opts.padding ?? 6;
  const rounds = opts.rounds ?? 120;
  const work = [...nodes]
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((n) => ({ ...n }));
  for (let round = 0; round < rounds; round++) {
    const boxes = work.map(labelBox);
    // NOTE: sweep in x so only boxes that overlap horizontally are compared.
    const order = work.map((_, i) => i).sort((a, b) => boxes[a]!.left - boxes[b]!.left || a - b);
    let moved = false;
    for (let oi = 0; oi < order.length; oi++) {
      const i = order[oi]!;
      for (let oj = oi + 1; oj < order.length; oj++) {
        const j = order[oj]!;
        const a = boxes[i]!;
        const b = boxes[j]!;
        if (b.left >= a.right + padding) break;
        const ox = Math.min(a.right, b.right) - Math.max(a.left, b.left) + padding;
        const oy = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) + padding;
        if (ox <= 0 || oy <= 0) continue;
        const p = work[i]!;
        const q = work[j]!;
        // Half the overlap each, along the cheaper axis; a tie of centres goes by input order.
        if (ox < oy) {
          const s = q.x > p.x || (q.x === p.x && i < j) ? 1 : -1;
          p.x -= (s * ox) / 2;
          q.x += (s * ox) / 2;
        } else {
          const s = q.y > p.y || (q.y === p.y && i < j) ? 1 : -1;
          p.y -= (s * oy) / 2;
          q.y += (s * oy) / 2;
        }
        moved = true;
      }
    }
    if (!moved) break;
  }
  return new Map(work.map((n) => [n.id, { x: n.x, y: n.y }]));
}
