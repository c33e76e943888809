/** Room for amounts on the map: each payment's label slides along its line until it covers no company and no other amount. */
import type { Box } from './label-room.js';

/** A point in map units. */
export interface Point {
  readonly x: number;
  readonly y: number;
}

/** A payment whose amount is printed on its line. */
export interface EdgeLabel {
  readonly id: string;
  readonly text: string;
  /** A shorter text to fall back on where the full one has no room ("$264B" for "$264B · 3 deals"). */
  readonly short?: string;
  /** Font size in map units. */
  readonly font: number;
  /** Larger first: a label placed earlier keeps its spot. */
  readonly priority: number;
  readonly source: Point;
  readonly target: Point;
  /** Where the drawn line passes halfway (a curved line bows away from the straight one). */
  readonly mid: Point;
}

/** Where a label went (an offset from the line's midpoint) and how it is printed, or `null` when it fits nowhere. */
export type LabelSpot = {
  readonly dx: number;
  readonly dy: number;
  readonly text: string;
  readonly font: number;
} | null;

// NOTE: glyphs of the UI font average a little over half an em; labels carry 2 units of padding a side.
const GLYPH_EM = 0.56;
const PAD = 2;
/** The smallest font a label shrinks to before it gives up its place. */
const MIN_FONT = 10;

/** Positions along the line to try, as fractions from source to target: the middle first, then outwards. */
const STOPS = [0.5, 0.45, 0.55, 0.4, 0.6, 0.35, 0.65, 0.3, 0.7, 0.25, 0.75, 0.2, 0.8];

/** The box a label of `text` at `font` covers when centred on `p`. */
export function edgeLabelBox(text: string, font: number, p: Point): Box {
  const halfW = (text.length * font * GLYPH_EM) / 2 + PAD;
  const halfH = (font * 1.2) / 2 + PAD;
  return { left: p.x - halfW, right: p.x + halfW, top: p.y - halfH, bottom: p.y + halfH };
}

const overlaps = (a: Box, b: Box, gap: number) =>
  Math.min(a.right, b.right) + gap > Math.max(a.left, b.left) &&
  Math.min(a.bottom, b.bottom) + gap > Math.max(a.top, b.top);

/** The point at `t` on the quadratic curve from source through mid (at t = 0.5) to target, and the unit normal there. */
function along(e: EdgeLabel, t: number): { p: Point; nx: number; ny: number } {
  // NOTE: the control point that makes the curve pass through `mid` halfway.
  const cx = 2 * e.mid.x - (e.source.x + e.target.x) / 2;
  const cy = 2 * e.mid.y - (e.source.y + e.target.y) / 2;
  const u = 1 - t;
  const p = {
    x: u * u * e.source.x + 2 * t * u * cx + t * t * e.target.x,
    y: u * u * e.source.y + 2 * t * u * cy + t * t * e.target.y,
  };
  const tx = 2 * u * (cx - e.source.x) + 2 * t * (e.target.x - cx);
  const ty = 2 * u * (cy - e.source.y) + 2 * t * (e.target.y - cy);
  const len = Math.hypot(tx, ty) || 1;
  return { p, nx: -ty / len, ny: tx / len };
}

/** Candidate centres for a label: on the line from the middle outwards, then just beside it on either side. */
function* spots(e: EdgeLabel, text: string, font: number): Generator<Point> {
  for (const t of STOPS) yield along(e, t).p;
  const box = edgeLabelBox(text, font, { x: 0, y: 0 });
  for (const t of STOPS) {
    const { p, nx, ny } = along(e, t);
    // NOTE: far enough that the box clears the line, whatever the line's slope.
    const reach = Math.abs(nx) * box.right + Math.abs(ny) * box.bottom + 2;
    yield { x: p.x + nx * reach, y: p.y + ny * reach };
    yield { x: p.x - nx * reach, y: p.y - ny * reach };
  }
}

/** The ways to print a label, most informative first: full text, short text, then short text smaller. */
function variants(e: EdgeLabel): { text: string; font: number }[] {
  const short = e.short && e.short !== e.text ? e.short : null;
  const out = [{ text: e.text, font: e.font }];
  if (short) out.push({ text: short, font: e.font });
  const small = Math.max(MIN_FONT, Math.round(e.font * 0.75));
  if (small < e.font) out.push({ text: short ?? e.text, font: small });
  return out;
}

/**
 * Place labels greedily, highest priority first: each takes the first spot (on its line from the
 * middle outwards, then beside the line) where it covers no obstacle (companies with their names)
 * and no label placed before it, keeping `gap` map units clear; where the full text fits nowhere it
 * tries its short text, then a smaller font. A label that fits nowhere is left out; the payment
 * still shows its amount when picked. Deterministic: ties go by id.
 */
export function placeEdgeLabels(
  labels: readonly EdgeLabel[],
  obstacles: readonly Box[],
  gap = 2,
): Map<string, LabelSpot> {
  const order = [...labels].sort(
    (a, b) => b.priority - a.priority || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  const placed: Box[] = [];
  const out = new Map<string, LabelSpot>();
  for (const e of order) {
    let spot: LabelSpot = null;
    search: for (const { text, font } of variants(e)) {
      for (const p of spots(e, text, font)) {
        const box = edgeLabelBox(text, font, p);
        if (
          obstacles.some((o) => overlaps(box, o, gap)) ||
          placed.some((o) => overlaps(box, o, gap))
        )
          continue;
        placed.push(box);
        spot = { dx: p.x - e.mid.x, dy: p.y - e.mid.y, text, font };
        break search;
      }
    }
    out.set(e.id, spot);
  }
  return out;
}
