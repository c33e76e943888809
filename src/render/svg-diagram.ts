/** The diagram part of a picture: node pills, curved edges with arrowheads, and labels placed without collisions. */
import type { EntityId } from '../core/ids.js';
import { type Box, type EdgeShape, type Point, bentCurve, edgeShape, quadPoint, quadTangent } from './edge-geometry.js';
import { type PlacedLabel, type LabelRequest, placeLabels } from './label-placement.js';
import { type DrawEdge, type DrawModel, nameOf } from './render-edges.js';
import type { RenderTheme } from './render-theme.js';
import { textWidth } from './text-width.js';
import { escapeXml, num } from './xml-escape.js';

/** Sizes of the diagram's text and shapes; loops draw larger than maps. */
export interface DiagramStyle {
  readonly nodeFont: number;
  readonly nodeHeight: number;
  readonly nodePad: number;
  readonly amountFont: number;
  readonly detailFont: number;
  readonly full: boolean;
}

export const LOOP_STYLE: DiagramStyle = { nodeFont: 18, nodeHeight: 42, nodePad: 20, amountFont: 16, detailFont: 12.5, full: true };
export const MAP_STYLE: DiagramStyle = { nodeFont: 13, nodeHeight: 28, nodePad: 12, amountFont: 12, detailFont: 10, full: false };

export interface DiagramInput {
  readonly model: DrawModel;
  readonly positions: ReadonlyMap<EntityId, Point>;
  readonly theme: RenderTheme;
  readonly style: DiagramStyle;
  /** Where labels may go. */
  readonly bounds: Box;
  /** Loops bow their edges away from this point; maps bow each edge to its right. */
  readonly loopCentre: Point | null;
}

export interface Diagram {
  readonly svg: string;
  readonly nodeBoxes: ReadonlyMap<EntityId, Box>;
  readonly labels: readonly PlacedLabel[];
  readonly shapes: ReadonlyMap<string, EdgeShape>;
}

/** How far a loop's edge bows outward, for a chord of `len` pixels. */
export function loopBow(len: number): number {
  return Math.min(len * 0.2, 110);
}

/** Width and height of a node's pill. */
export function nodeSize(name: string, style: DiagramStyle): { width: number; height: number } {
  return { width: textWidth(name, style.nodeFont, 'bold') + 2 * style.nodePad, height: style.nodeHeight };
}

/** Draw nodes, edges and labels. Pure: the same input gives the same SVG. */
export function drawDiagram(d: DiagramInput): Diagram {
  const { model, positions, theme, style } = d;
  const nodeBoxes = new Map<EntityId, Box>();
  for (const id of model.nodes) {
    const p = positions.get(id);
    if (!p) continue;
    const { width, height } = nodeSize(nameOf(model.names, id), style);
    nodeBoxes.set(id, { x0: p.x - width / 2, y0: p.y - height / 2, x1: p.x + width / 2, y1: p.y + height / 2 });
  }
  const shapes = edgeShapes(d, nodeBoxes);
  const requests = labelRequests(d, shapes);
  const labels = placeLabels(requests, [...nodeBoxes.values()], d.bounds);
  const byKey = new Map(model.edges.map((e) => [e.key, e] as const));

  const parts: string[] = ['<g class="edges">'];
  for (const e of model.edges) {
    const s = shapes.get(e.key);
    if (s) parts.push(edgeSvg(e, s));
  }
  parts.push('</g>', '<g class="nodes">');
  for (const id of model.nodes) {
    const b = nodeBoxes.get(id);
    if (b) parts.push(nodeSvg(nameOf(model.names, id), b, theme, style));
  }
  parts.push('</g>', '<g class="labels">');
  for (const l of labels) {
    const e = byKey.get(l.key);
    if (e) parts.push(labelSvg(e, l, theme, style));
  }
  parts.push('</g>');
  return { svg: parts.join('\n'), nodeBoxes, labels, shapes };
}

function edgeShapes(d: DiagramInput, boxes: ReadonlyMap<EntityId, Box>): Map<string, EdgeShape> {
  const groups = new Map<string, DrawEdge[]>();
  for (const e of d.model.edges) {
    const k = `${e.from}\u0000${e.to}`;
    groups.set(k, [...(groups.get(k) ?? []), e]);
  }
  const shapes = new Map<string, EdgeShape>();
  for (const group of groups.values()) {
    group.forEach((e, k) => {
      const a = d.positions.get(e.from);
      const b = d.positions.get(e.to);
      const fromBox = boxes.get(e.from);
      const toBox = boxes.get(e.to);
      if (!a || !b || !fromBox || !toBox) return;
      const len = Math.hypot(b.x - a.x, b.y - a.y) || 1;
      const spacing = d.style.full ? 44 : 16;
      // NOTE: parallel legs also part at their ends (by a share of the fan offset, kept inside
      // the node boxes), so their arrowheads do not pile up on one point.
      const fan = (k - (group.length - 1) / 2) * spacing;
      let bend: number;
      let side = 1;
      if (d.loopCentre) {
        const mid = { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
        // The right-hand normal of a→b is (-dy, dx); bow outward, away from the loop's centre.
        const cross = -(b.y - a.y) * (mid.x - d.loopCentre.x) + (b.x - a.x) * (mid.y - d.loopCentre.y);
        // NOTE: in a two-company loop the centre lies on the edge itself; bowing right of travel
        // then sends a→b and b→a to opposite sides (rounding must not flip one of them).
        side = cross >= -1e-6 * len * len ? 1 : -1;
        bend = side * (loopBow(len) + fan);
      } else {
        bend = Math.min(len * 0.1, 36) + k * spacing;
      }
      const shift = group.length > 1 ? side * fan * 0.45 : 0;
      const nx = (-(b.y - a.y) / len) * shift;
      const ny = ((b.x - a.x) / len) * shift;
      const clampTo = (p: Point, box: Box): Point => ({
        x: Math.min(Math.max(p.x, box.x0 + 6), box.x1 - 6),
        y: Math.min(Math.max(p.y, box.y0 + 4), box.y1 - 4),
      });
      const a2 = clampTo({ x: a.x + nx, y: a.y + ny }, fromBox);
      const b2 = clampTo({ x: b.x + nx, y: b.y + ny }, toBox);
      shapes.set(e.key, edgeShape(bentCurve(a2, b2, bend), fromBox, toBox, e.width));
    });
  }
  return shapes;
}

interface LabelMetrics {
  readonly width: number;
  readonly height: number;
  readonly amountWidth: number;
}

function labelMetrics(e: DrawEdge, style: DiagramStyle): LabelMetrics {
  const amountWidth = textWidth(e.amountText, style.amountFont, 'bold');
  const fn = e.footnote === '' ? 0 : textWidth(e.footnote, style.amountFont * 0.72) + 3;
  const detail = style.full ? textWidth(e.detailText, style.detailFont) : 0;
  const width = Math.max(amountWidth + fn, detail) + 10;
  const height = style.full ? style.amountFont + style.detailFont + 10 : style.amountFont + 6;
  return { width, height, amountWidth };
}

function labelRequests(d: DiagramInput, shapes: ReadonlyMap<string, EdgeShape>): LabelRequest[] {
  const ordered = [...d.model.edges].sort((a, b) => {
    const x = a.edge.amount ?? -1n;
    const y = b.edge.amount ?? -1n;
    return x > y ? -1 : x < y ? 1 : 0;
  });
  const out: LabelRequest[] = [];
  for (const e of ordered) {
    const s = shapes.get(e.key);
    if (!s) continue;
    const m = labelMetrics(e, d.style);
    const mid = (s.t0 + s.t1) / 2;
    const span = s.t1 - s.t0;
    const candidates: Point[] = [];
    const shifts = [0, 1, -1, 2, -2];
    for (const shift of shifts) {
      for (const f of [0, -0.1, 0.1, -0.18, 0.18, -0.26, 0.26, -0.33, 0.33]) {
        const t = mid + f * span;
        const p = quadPoint(s.full, t);
        const tan = quadTangent(s.full, t);
        const off = shift * (m.height / 2 + 4);
        candidates.push({ x: p.x - tan.y * off, y: p.y + tan.x * off });
      }
    }
    out.push({ key: e.key, width: m.width, height: m.height, candidates, anchor: quadPoint(s.full, mid) });
  }
  return out;
}

function dashArray(e: DrawEdge): string | null {
  const w = e.width;
  if (e.line === 'dashed') return `${num(3 * w + 5)} ${num(1.6 * w + 4)}`;
  if (e.line === 'dotted') return `0.5 ${num(1.7 * w + 3)}`;
  return null;
}

function edgeSvg(e: DrawEdge, s: EdgeShape): string {
  const q = s.curve;
  const dash = dashArray(e);
  const attrs = [
    `d="M${num(q.p0.x)} ${num(q.p0.y)} Q${num(q.c.x)} ${num(q.c.y)} ${num(q.p2.x)} ${num(q.p2.y)}"`,
    'fill="none"',
    `stroke="${e.colour}"`,
    `stroke-width="${num(e.width)}"`,
    `stroke-linecap="${e.line === 'dotted' ? 'round' : 'butt'}"`,
    ...(dash ? [`stroke-dasharray="${dash}"`] : []),
  ];
  const [tip, l, r] = s.arrow;
  const title = `${e.amountText}: ${e.detailText}${e.deal ? ` (${e.deal.title})` : ''}`;
  return [
    `<g class="edge" data-status="${escapeXml(e.edge.status)}"${e.deal ? ` data-deal="${escapeXml(e.deal.id)}"` : ''}>`,
    `<title>${escapeXml(title)}</title>`,
    `<path ${attrs.join(' ')}/>`,
    `<path d="M${num(tip.x)} ${num(tip.y)} L${num(l.x)} ${num(l.y)} L${num(r.x)} ${num(r.y)} Z" fill="${e.colour}"/>`,
    '</g>',
  ].join('');
}

function nodeSvg(name: string, b: Box, theme: RenderTheme, style: DiagramStyle): string {
  const h = b.y1 - b.y0;
  const cx = (b.x0 + b.x1) / 2;
  const cy = (b.y0 + b.y1) / 2;
  return [
    '<g class="node">',
    `<rect x="${num(b.x0)}" y="${num(b.y0)}" width="${num(b.x1 - b.x0)}" height="${num(h)}" rx="${num(h / 2)}" fill="${theme.nodeFill}" stroke="${theme.nodeStroke}" stroke-width="1.5"/>`,
    `<text x="${num(cx)}" y="${num(cy + style.nodeFont * 0.36)}" text-anchor="middle" font-size="${style.nodeFont}" font-weight="700" fill="${theme.text}">${escapeXml(name)}</text>`,
    '</g>',
  ].join('');
}

function labelSvg(e: DrawEdge, l: PlacedLabel, theme: RenderTheme, style: DiagramStyle): string {
  const m = labelMetrics(e, style);
  const b = l.box;
  const parts: string[] = ['<g class="label">'];
  if (l.leader) {
    const end = closestOnBox(b, l.leader);
    parts.push(
      `<line x1="${num(l.leader.x)}" y1="${num(l.leader.y)}" x2="${num(end.x)}" y2="${num(end.y)}" stroke="${theme.muted}" stroke-width="0.8"/>`,
      `<circle cx="${num(l.leader.x)}" cy="${num(l.leader.y)}" r="2" fill="${theme.muted}"/>`,
    );
  }
  parts.push(
    `<rect x="${num(b.x0)}" y="${num(b.y0)}" width="${num(b.x1 - b.x0)}" height="${num(b.y1 - b.y0)}" rx="3" fill="${theme.labelHalo}" fill-opacity="0.92" stroke="${e.colour}" stroke-width="0.8"/>`,
  );
  const fnWidth = e.footnote === '' ? 0 : textWidth(e.footnote, style.amountFont * 0.72) + 3;
  const x = l.centre.x - (m.amountWidth + fnWidth) / 2;
  const amountY = b.y0 + 5 + style.amountFont * 0.8;
  parts.push(
    `<text x="${num(x)}" y="${num(amountY)}" font-size="${style.amountFont}" font-weight="700" fill="${theme.text}">${escapeXml(e.amountText)}</text>`,
  );
  if (e.footnote !== '') {
    parts.push(
      `<text x="${num(x + m.amountWidth + 2)}" y="${num(amountY - style.amountFont * 0.38)}" font-size="${num(style.amountFont * 0.72)}" fill="${theme.muted}">${escapeXml(e.footnote)}</text>`,
    );
  }
  if (style.full) {
    parts.push(
      `<text x="${num(l.centre.x)}" y="${num(amountY + style.detailFont + 3)}" text-anchor="middle" font-size="${style.detailFont}" fill="${theme.muted}">${escapeXml(e.detailText)}</text>`,
    );
  }
  parts.push('</g>');
  return parts.join('');
}

function closestOnBox(b: Box, p: Point): Point {
  return { x: Math.min(Math.max(p.x, b.x0), b.x1), y: Math.min(Math.max(p.y, b.y0), b.y1) };
}
