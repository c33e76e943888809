/** Room for names on the map: nudges companies apart until no circle or name under it covers another. */
import { separateBoxes } from '../../core/separate-boxes.js';

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
 * Move companies whose boxes (circle and name, grown by `padding`) overlap apart, along the axis
 * where they overlap least, until none do or `rounds` run out (`separateBoxes`). Deterministic:
 * the same companies in any order give the same positions. Returns every company's position.
 */
export function makeLabelRoom(
  nodes: readonly LabelledNode[],
  opts: { readonly padding?: number; readonly rounds?: number } = {},
): Map<string, { x: number; y: number }> {
  const sorted = [...nodes].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  // NOTE: a box hangs below its company (the name), so boxes are moved by their centres and the
  // company follows its box by the same distance.
  const boxes = sorted.map((n) => {
    const b = labelBox(n);
    return { id: n.id, width: b.right - b.left, height: b.bottom - b.top, dx: (b.left + b.right) / 2 - n.x, dy: (b.top + b.bottom) / 2 - n.y };
  });
  const centres = new Map(sorted.map((n, i) => [n.id, { x: n.x + boxes[i]!.dx, y: n.y + boxes[i]!.dy }]));
  const moved = separateBoxes(boxes, centres, opts.padding ?? 6, opts.rounds ?? 200);
  return new Map(boxes.map((b) => {
    const c = moved.get(b.id)!;
    return [b.id, { x: c.x - b.dx, y: c.y - b.dy }];
  }));
}
