/** A publishable picture of a loop or a map as SVG: header, diagram, legend, source notes, alt text. */
import { formatAmount } from '../core/amount-format.js';
import { makeAmount } from '../core/amount.js';
import type { EntityId } from '../core/ids.js';
import { altText } from './alt-text.js';
import { circularLayout } from './circular-layout.js';
import type { Box, Point } from './edge-geometry.js';
import { type MapLayoutOptions, layoutMap } from './elk-layout.js';
import { type DrawModel, buildDrawModel, nameOf } from './render-edges.js';
import { type NodePositions, type RenderInput, type RenderOptions, type ResolvedRenderOptions, resolveRenderOptions } from './render-options.js';
import { type RenderTheme, THEMES } from './render-theme.js';
import { type DiagramStyle, LOOP_STYLE, MAP_STYLE, drawDiagram, loopBow, nodeSize } from './svg-diagram.js';
import { separateBoxes } from '../core/separate-boxes.js';
import { footnotesSvg } from './svg-footnotes.js';
import { legendSvg } from './svg-legend.js';
import { wrapText } from './text-width.js';
import { escapeXml, num } from './xml-escape.js';

export interface RenderedSvg {
  readonly svg: string;
  /** The picture described in words (the SVG's <desc>; print it with `--alt`). */
  readonly alt: string;
  readonly width: number;
  readonly height: number;
}

const MARGIN = 36;
const FONT_FAMILY = "Inter, 'DejaVu Sans', Arial, Helvetica, sans-serif";

/**
 * Render a loop (circular layout) or a whole view (ELK layout) as a standalone SVG.
 * @example const { svg, alt } = await renderSvg({ view, deals, entities, loop }, { theme: 'print', asOf: '2025-11-01' })
 */
export async function renderSvg(input: RenderInput, options: RenderOptions = {}, layout: MapLayoutOptions = {}): Promise<RenderedSvg> {
  if (input.loop || options.positions) return drawSvg(input, options);
  const o = resolveRenderOptions(input, options);
  const model = buildDrawModel(input, THEMES[o.theme], o.aggregate);
  const style = MAP_STYLE;
  const degree = new Map<EntityId, number>();
  for (const e of model.edges) for (const id of [e.from, e.to]) degree.set(id, (degree.get(id) ?? 0) + 1);
  // NOTE: hubs get a larger box in the layout so their many edges and labels have room around them.
  const nodes = model.nodes.map((id) => {
    const size = nodeSize(nameOf(model.names, id), style);
    const room = 10 * Math.sqrt(degree.get(id) ?? 0);
    return { id, width: size.width + 50 + 2 * room, height: size.height + 46 + 2 * room };
  });
  const positions = separateBoxes(nodes, await layoutMap(nodes, model.edges, layout), 0);
  return drawSvg(input, { ...options, positions });
}

/**
 * The synchronous part of {@link renderSvg}: draws with the given positions (or a circle when
 * none are given). Pure.
 */
export function drawSvg(input: RenderInput, options: RenderOptions = {}): RenderedSvg {
  const o = resolveRenderOptions(input, options);
  const theme = THEMES[o.theme];
  const model = buildDrawModel(input, theme, o.aggregate);
  const loop = !!input.loop;
  const valueView = input.view.options.view === 'value';
  const style: DiagramStyle = { ...(loop ? LOOP_STYLE : MAP_STYLE), full: o.labels === 'full' || theme.monochrome };
  let width = o.width;

  // Diagram region and positions.
  const placed = loop ? loopPositions(model, width) : mapPositions(model, o, style, width);
  width = Math.max(width, placed.width);
  const header = headerSvg(model, o, theme, input, width);
  const dy = header.height + 12;
  const positions = new Map<EntityId, Point>([...placed.positions].map(([id, p]) => [id, { x: p.x, y: p.y + dy }]));
  const bounds: Box = { x0: 8, y0: dy, x1: width - 8, y1: dy + placed.height };
  const diagram = drawDiagram({
    model, positions, theme, style, bounds,
    loopCentre: placed.centre ? { x: placed.centre.x, y: placed.centre.y + dy } : null,
  });

  let y = dy + placed.height + 16;
  const parts: string[] = [];
  if (model.edges.length === 0) {
    parts.push(`<text x="${num(width / 2)}" y="${num(dy + placed.height / 2)}" text-anchor="middle" font-size="16" fill="${theme.muted}">No deals match these filters.</text>`);
  }
  if (o.legend && model.edges.length > 0) {
    parts.push(`<line x1="${MARGIN}" y1="${num(y)}" x2="${num(width - MARGIN)}" y2="${num(y)}" stroke="${theme.rule}"/>`);
    const legend = legendSvg(model, theme, MARGIN, y + 14, width - 2 * MARGIN, valueView);
    parts.push(legend.svg);
    y += 14 + legend.height + 16;
  }
  if (o.footnotes !== 'none' && model.footnotes.length > 0) {
    parts.push(`<line x1="${MARGIN}" y1="${num(y)}" x2="${num(width - MARGIN)}" y2="${num(y)}" stroke="${theme.rule}"/>`);
    const notes = footnotesSvg(model.footnotes, theme, MARGIN, y + 14, width - 2 * MARGIN, o.footnotes === 'full');
    parts.push(notes.svg);
    y += 14 + notes.height + 8;
  }
  const credit = o.credit ?? 'Made with roundtrip from the reports listed. Amounts keep the reports\u2019 qualifiers ("up to", "about").';
  parts.push(`<text x="${MARGIN}" y="${num(y + 14)}" font-size="10.5" fill="${theme.muted}">${escapeXml(credit)}</text>`);
  const height = Math.ceil(y + 28);

  const alt = altText(model, { loop, asOf: o.asOf, bottleneck: input.loop?.amount ?? null, valueView });
  const title = header.title;
  const svg = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" width="${num(width)}" height="${height}" viewBox="0 0 ${num(width)} ${height}" role="img" aria-labelledby="rt-title rt-desc" font-family="${escapeXml(FONT_FAMILY)}">`,
    `<title id="rt-title">${escapeXml(title)}</title>`,
    `<desc id="rt-desc">${escapeXml(alt)}</desc>`,
    `<rect x="0" y="0" width="${num(width)}" height="${height}" fill="${theme.background}"/>`,
    header.svg,
    diagram.svg,
    ...parts,
    '</svg>',
    '',
  ].join('\n');
  return { svg, alt, width, height };
}

/** How many legs run between each ordered pair of companies. */
function countPairs(model: DrawModel): Map<string, number> {
  const counts = new Map<string, number>();
  for (const e of model.edges) counts.set(`${e.from}>${e.to}`, (counts.get(`${e.from}>${e.to}`) ?? 0) + 1);
  if (counts.size === 0) counts.set('', 1);
  return counts;
}

interface Placed {
  readonly positions: ReadonlyMap<EntityId, Point>;
  readonly width: number;
  readonly height: number;
  readonly centre: Point | null;
}

function loopPositions(model: DrawModel, width: number): Placed {
  const n = model.nodes.length;
  const radius = n === 2 ? Math.min(width * 0.3, 320) : Math.min(width * 0.28, 250 + 20 * Math.max(0, n - 3));
  const raw = circularLayout(model.nodes, { x: width / 2, y: 0 }, radius);
  // NOTE: the region spans the nodes and the outward bows of the edges, plus room for a label on each.
  const ys: number[] = [];
  const pts = model.nodes.map((id) => raw.get(id)!);
  pts.forEach((a, i) => {
    const b = pts[(i + 1) % n]!;
    const mid = { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
    const d = Math.hypot(mid.x - width / 2, mid.y) || 1;
    const bow = loopBow(Math.hypot(b.x - a.x, b.y - a.y)) + 16;
    ys.push(a.y - LOOP_STYLE.nodeHeight, a.y + LOOP_STYLE.nodeHeight, mid.y + (mid.y / d) * bow);
  });
  if (n === 2) {
    // NOTE: two companies sit on one line through the centre, so their two directions bow to
    // opposite sides; parallel legs fan out further (44 px each, see svg-diagram.ts).
    const fan = 44 * Math.max(0, Math.max(...[...countPairs(model).values()]) - 1);
    const bow = loopBow(Math.hypot(pts[1]!.x - pts[0]!.x, pts[1]!.y - pts[0]!.y)) + 16 + fan;
    ys.push(-bow, bow);
  }
  const pad = 30;
  const top = Math.min(...ys) - pad;
  const positions = new Map<EntityId, Point>([...raw].map(([id, p]) => [id, { x: p.x, y: p.y - top }]));
  return { positions, width, height: Math.max(...ys) - Math.min(...ys) + 2 * pad, centre: { x: width / 2, y: -top } };
}

function mapPositions(model: DrawModel, o: ResolvedRenderOptions, style: DiagramStyle, width: number): Placed {
  const given: NodePositions = o.positions ?? circularLayout(model.nodes, { x: 0, y: 0 }, Math.max(200, model.nodes.length * 22));
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (const id of model.nodes) {
    const p = given.get(id);
    if (!p) continue;
    const { width: w, height: h } = nodeSize(nameOf(model.names, id), style);
    x0 = Math.min(x0, p.x - w / 2);
    x1 = Math.max(x1, p.x + w / 2);
    y0 = Math.min(y0, p.y - h / 2);
    y1 = Math.max(y1, p.y + h / 2);
  }
  if (!Number.isFinite(x0)) return { positions: new Map(), width, height: 160, centre: null };
  const pad = 56;
  const needed = x1 - x0 + 2 * (MARGIN + pad);
  const pageWidth = Math.max(width, needed);
  const shiftX = (pageWidth - (x1 - x0)) / 2 - x0;
  const shiftY = pad - y0;
  const positions = new Map<EntityId, Point>();
  for (const id of model.nodes) {
    const p = given.get(id);
    if (p) positions.set(id, { x: p.x + shiftX, y: p.y + shiftY });
  }
  return { positions, width: pageWidth, height: y1 - y0 + 2 * pad, centre: null };
}

function headerSvg(model: DrawModel, o: ResolvedRenderOptions, theme: RenderTheme, input: RenderInput, width: number): { svg: string; height: number; title: string } {
  const names = model.nodes.map((id) => nameOf(model.names, id));
  const loop = input.loop;
  const title = o.title ?? (loop ? [...names, names[0] ?? ''].join(' \u2192 ') : `Who pays whom: ${model.nodes.length} companies, ${model.footnotes.length} deals`);
  const bottleneck = loop?.amount;
  const subtitle =
    o.subtitle ??
    (loop
      ? bottleneck !== undefined && bottleneck !== null
        ? `Money that comes back: the smallest leg caps the loop at ${formatAmount(makeAmount('exact', bottleneck.toString(), ''))}`
        : 'Money that comes back to where it started'
      : 'Deals between companies as reported in the news, each arrow one leg of a deal');
  const view = input.view.options;
  const meta = [
    o.asOf ? `As of ${o.asOf}` : 'All reports to date',
    view.view === 'money' ? 'cash payments' : 'all transfers of value',
    `statuses: ${view.statuses.map((s) => s.replace('_', ' ')).join(', ')}`,
    `${view.policy === 'stated' ? 'stated' : view.policy === 'low' ? 'low-end' : 'high-end'} amounts`,
  ].join(' \u00b7 ');
  const parts: string[] = ['<g class="header">'];
  let y = MARGIN;
  for (const line of wrapText(title, 26, width - 2 * MARGIN, 'bold')) {
    y += 26;
    parts.push(`<text x="${MARGIN}" y="${num(y)}" font-size="26" font-weight="700" fill="${theme.text}">${escapeXml(line)}</text>`);
    y += 6;
  }
  for (const line of wrapText(subtitle, 15.5, width - 2 * MARGIN)) {
    y += 20;
    parts.push(`<text x="${MARGIN}" y="${num(y)}" font-size="15.5" fill="${theme.text}">${escapeXml(line)}</text>`);
  }
  for (const line of wrapText(meta, 12, width - 2 * MARGIN)) {
    y += 18;
    parts.push(`<text x="${MARGIN}" y="${num(y)}" font-size="12" fill="${theme.muted}">${escapeXml(line)}</text>`);
  }
  parts.push('</g>');
  return { svg: parts.join('\n'), height: y, title };
}
