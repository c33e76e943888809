/** Edge labels without collisions: each label takes the first candidate spot free of nodes and placed labels. */
import { type Box, type Point, boxesOverlap, growBox } from './edge-geometry.js';

export interface LabelRequest {
  readonly key: string;
  readonly width: number;
  readonly height: number;
  /** Candidate centres, best first (along the edge, then beside it). */
  readonly candidates: readonly Point[];
  /** Where a leader line points to when the label had to move away from every candidate. */
  readonly anchor: Point;
}

export interface PlacedLabel {
  readonly key: string;
  readonly box: Box;
  readonly centre: Point;
  /** Set when the label sits away from its edge and needs a leader line to `anchor`. */
  readonly leader: Point | null;
}

/** Keep labels this far apart. */
const MARGIN = 2;

function boxAt(c: Point, w: number, h: number): Box {
  return { x0: c.x - w / 2, y0: c.y - h / 2, x1: c.x + w / 2, y1: c.y + h / 2 };
}

function inside(b: Box, bounds: Box): boolean {
  return b.x0 >= bounds.x0 && b.y0 >= bounds.y0 && b.x1 <= bounds.x1 && b.y1 <= bounds.y1;
}

/**
 * Place labels greedily in the order given (put the important ones first). A label tries its
 * candidates, then a spiral around its anchor, and takes the first box that overlaps no
 * obstacle and no placed label and lies within `bounds`; the spiral's result gets a leader
 * line. A label that finds no free spot anywhere takes its first candidate (never silently dropped).
 */
export function placeLabels(requests: readonly LabelRequest[], obstacles: readonly Box[], bounds: Box): PlacedLabel[] {
  const taken: Box[] = [...obstacles];
  const placed: PlacedLabel[] = [];
  const free = (b: Box) => inside(b, bounds) && !taken.some((t) => boxesOverlap(growBox(b, MARGIN), t));
  for (const r of requests) {
    let result: PlacedLabel | null = null;
    for (const c of r.candidates) {
      const b = boxAt(c, r.width, r.height);
      if (free(b)) {
        result = { key: r.key, box: b, centre: c, leader: null };
        break;
      }
    }
    if (!result) result = spiral(r, free);
    if (!result) {
      const c = r.candidates[0] ?? r.anchor;
      result = { key: r.key, box: boxAt(c, r.width, r.height), centre: c, leader: null };
    }
    taken.push(result.box);
    placed.push(result);
  }
  return placed;
}

function spiral(r: LabelRequest, free: (b: Box) => boolean): PlacedLabel | null {
  const step = Math.max(6, r.height / 2);
  for (let ring = 1; ring <= 60; ring++) {
    const radius = ring * step;
    const count = 8 + ring * 2;
    for (let k = 0; k < count; k++) {
      const angle = (2 * Math.PI * k) / count;
      const c = { x: r.anchor.x + radius * Math.cos(angle), y: r.anchor.y + radius * Math.sin(angle) };
      const b = boxAt(c, r.width, r.height);
      if (free(b)) return { key: r.key, box: b, centre: c, leader: r.anchor };
    }
  }
  return null;
}
