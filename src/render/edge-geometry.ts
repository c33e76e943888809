/** Curved edges: quadratic Béziers between node boxes, clipped at the boxes, with an arrowhead at the end. */

export interface Point {
  readonly x: number;
  readonly y: number;
}

/** An axis-aligned box. */
export interface Box {
  readonly x0: number;
  readonly y0: number;
  readonly x1: number;
  readonly y1: number;
}

/** A quadratic Bézier curve: start, control point, end. */
export interface Curve {
  readonly p0: Point;
  readonly c: Point;
  readonly p2: Point;
}

/** A drawn edge: the curve to stroke, and the arrowhead triangle at its end. */
export interface EdgeShape {
  readonly curve: Curve;
  /** The full curve between the node centres, for placing labels. */
  readonly full: Curve;
  /** Parameter range of the visible part on `full`. */
  readonly t0: number;
  readonly t1: number;
  readonly arrow: readonly [Point, Point, Point];
}

export function quadPoint(q: Curve, t: number): Point {
  const u = 1 - t;
  return {
    x: u * u * q.p0.x + 2 * u * t * q.c.x + t * t * q.p2.x,
    y: u * u * q.p0.y + 2 * u * t * q.c.y + t * t * q.p2.y,
  };
}

/** The unit tangent at t. */
export function quadTangent(q: Curve, t: number): Point {
  const dx = 2 * (1 - t) * (q.c.x - q.p0.x) + 2 * t * (q.p2.x - q.c.x);
  const dy = 2 * (1 - t) * (q.c.y - q.p0.y) + 2 * t * (q.p2.y - q.c.y);
  const len = Math.hypot(dx, dy) || 1;
  return { x: dx / len, y: dy / len };
}

/** The part of a curve between t0 and t1, as a quadratic curve of its own (blossoming). */
export function subCurve(q: Curve, t0: number, t1: number): Curve {
  const blossom = (a: number, b: number): Point => ({
    x: (1 - a) * (1 - b) * q.p0.x + ((1 - a) * b + a * (1 - b)) * q.c.x + a * b * q.p2.x,
    y: (1 - a) * (1 - b) * q.p0.y + ((1 - a) * b + a * (1 - b)) * q.c.y + a * b * q.p2.y,
  });
  return { p0: blossom(t0, t0), c: blossom(t0, t1), p2: blossom(t1, t1) };
}

/**
 * A curve from a to b whose middle bows `bend` pixels to the right of the direction of travel
 * (so a→b and b→a bow apart). Negative bends bow left.
 */
export function bentCurve(a: Point, b: Point, bend: number): Curve {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const len = Math.hypot(dx, dy) || 1;
  // In screen coordinates (y down) the right-hand normal of (dx, dy) is (-dy, dx).
  const nx = -dy / len;
  const ny = dx / len;
  // NOTE: a quadratic curve reaches half its control offset at t = 0.5, hence 2 × bend.
  return { p0: a, c: { x: (a.x + b.x) / 2 + 2 * bend * nx, y: (a.y + b.y) / 2 + 2 * bend * ny }, p2: b };
}

export function inBox(p: Point, b: Box): boolean {
  return p.x >= b.x0 && p.x <= b.x1 && p.y >= b.y0 && p.y <= b.y1;
}

export function growBox(b: Box, by: number): Box {
  return { x0: b.x0 - by, y0: b.y0 - by, x1: b.x1 + by, y1: b.y1 + by };
}

export function boxesOverlap(a: Box, b: Box): boolean {
  return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
}

/** The t where a curve starting inside `box` (at t = 0 side) leaves it, by bisection. */
function exitParam(q: Curve, box: Box, fromStart: boolean): number {
  let inside = fromStart ? 0 : 1;
  let outside = 0.5;
  if (inBox(quadPoint(q, outside), box)) return outside;
  for (let i = 0; i < 30; i++) {
    const mid = (inside + outside) / 2;
    if (inBox(quadPoint(q, mid), box)) inside = mid;
    else outside = mid;
  }
  return outside;
}

/** The t before `t1` at which the curve is `distance` pixels (straight line) from the point at t1. */
function backOff(q: Curve, t1: number, distance: number, tMin: number): number {
  const tip = quadPoint(q, t1);
  let lo = tMin;
  let hi = t1;
  for (let i = 0; i < 30; i++) {
    const mid = (lo + hi) / 2;
    const p = quadPoint(q, mid);
    if (Math.hypot(p.x - tip.x, p.y - tip.y) > distance) lo = mid;
    else hi = mid;
  }
  return lo;
}

/**
 * Clip a centre-to-centre curve at the two node boxes and make room for an arrowhead whose
 * size follows the stroke width.
 */
export function edgeShape(full: Curve, fromBox: Box, toBox: Box, strokeWidth: number, gap = 3): EdgeShape {
  const t0 = exitParam(full, growBox(fromBox, gap), true);
  const tTip = exitParam(full, growBox(toBox, gap), false);
  const length = 7 + 1.5 * strokeWidth;
  const half = 3.5 + 0.85 * strokeWidth;
  const tBase = backOff(full, tTip, length, t0);
  const tip = quadPoint(full, tTip);
  const base = quadPoint(full, tBase);
  const dx = tip.x - base.x;
  const dy = tip.y - base.y;
  const len = Math.hypot(dx, dy) || 1;
  const nx = -dy / len;
  const ny = dx / len;
  // NOTE: the stroke stops a little inside the arrowhead so the line's butt end never shows past it.
  const tEnd = Math.min(tTip, tBase + (tTip - tBase) * 0.25);
  return {
    curve: subCurve(full, t0, tEnd),
    full,
    t0,
    t1: tTip,
    arrow: [tip, { x: base.x + nx * half, y: base.y + ny * half }, { x: base.x - nx * half, y: base.y - ny * half }],
  };
}
