/** The legend block: deal types (colours), status (line styles), amount (line widths), and what arrows mean. */
import { DEAL_TYPES, DEAL_TYPE_INFO } from '../core/deal-type.js';
import type { StatusLine } from '../core/deal-status.js';
import { amountWidth, type DrawModel } from './render-edges.js';
import type { RenderTheme } from './render-theme.js';
import { textWidth } from './text-width.js';
import { escapeXml, num } from './xml-escape.js';

interface LegendItem {
  readonly sample: { readonly colour: string; readonly width: number; readonly line: StatusLine } | null;
  readonly text: string;
}

interface LegendSection {
  readonly title: string;
  readonly items: readonly LegendItem[];
}

const FONT = 12;
const ROW = 19;
const SAMPLE = 34;

function sections(model: DrawModel, theme: RenderTheme, valueView: boolean): LegendSection[] {
  const present = new Set(model.edges.map((e) => e.edge.type ?? e.deal?.type ?? 'other'));
  const neutral = theme.text;
  const types: LegendItem[] = theme.monochrome
    ? [{ sample: null, text: 'Each label names the deal type' }]
    : DEAL_TYPES.filter((t) => present.has(t)).map((t) => ({
        sample: { colour: theme.types[t], width: 3, line: 'solid' as const },
        text: DEAL_TYPE_INFO[t].label,
      }));
  return [
    { title: 'Deal type', items: types },
    {
      title: 'Status',
      items: [
        { sample: { colour: neutral, width: 2, line: 'solid' }, text: 'signed or completed' },
        { sample: { colour: neutral, width: 2, line: 'dashed' }, text: 'announced' },
        { sample: { colour: neutral, width: 2, line: 'dotted' }, text: 'in talks or rumoured' },
      ],
    },
    {
      title: 'Amount (line width)',
      items: [
        { sample: { colour: neutral, width: amountWidth(1_000_000_000n), line: 'solid' }, text: '$1 billion' },
        { sample: { colour: neutral, width: amountWidth(10_000_000_000n), line: 'solid' }, text: '$10 billion' },
        { sample: { colour: neutral, width: amountWidth(100_000_000_000n), line: 'solid' }, text: '$100 billion' },
        { sample: { colour: neutral, width: amountWidth(null), line: 'solid' }, text: 'undisclosed' },
      ],
    },
    {
      title: 'Arrows',
      items: valueView
        ? [{ sample: null, text: 'point the way value moves' }, { sample: null, text: '(cash, shares, compute, chips)' }]
        : [{ sample: null, text: 'point the way money moves' }, { sample: null, text: '(cash payments only)' }],
    },
  ];
}

function sampleSvg(x: number, y: number, s: NonNullable<LegendItem['sample']>): string {
  const dash = s.line === 'dashed' ? ' stroke-dasharray="9 5"' : s.line === 'dotted' ? ' stroke-dasharray="0.5 5" stroke-linecap="round"' : '';
  return `<line x1="${num(x)}" y1="${num(y)}" x2="${num(x + SAMPLE)}" y2="${num(y)}" stroke="${s.colour}" stroke-width="${num(s.width)}"${dash}/>`;
}

/** The legend laid out in columns that wrap to the available width; returns its SVG and height. */
export function legendSvg(model: DrawModel, theme: RenderTheme, x: number, y: number, width: number, valueView: boolean): { svg: string; height: number } {
  const cols = sections(model, theme, valueView).filter((s) => s.items.length > 0);
  const colWidths = cols.map((s) =>
    Math.max(textWidth(s.title, FONT, 'bold'), ...s.items.map((i) => (i.sample ? SAMPLE + 8 : 0) + textWidth(i.text, FONT))) + 28,
  );
  const parts: string[] = ['<g class="legend">'];
  let cx = x;
  let cy = y;
  let rowHeight = 0;
  cols.forEach((s, i) => {
    const w = colWidths[i]!;
    if (cx > x && cx + w > x + width) {
      cx = x;
      cy += rowHeight + 10;
      rowHeight = 0;
    }
    parts.push(`<text x="${num(cx)}" y="${num(cy + FONT)}" font-size="${FONT}" font-weight="700" fill="${theme.text}">${escapeXml(s.title)}</text>`);
    s.items.forEach((item, k) => {
      const iy = cy + FONT + 8 + k * ROW;
      if (item.sample) parts.push(sampleSvg(cx, iy + 4, item.sample));
      const tx = cx + (item.sample ? SAMPLE + 8 : 0);
      parts.push(`<text x="${num(tx)}" y="${num(iy + 8)}" font-size="${FONT}" fill="${theme.muted}">${escapeXml(item.text)}</text>`);
    });
    rowHeight = Math.max(rowHeight, FONT + 8 + s.items.length * ROW);
    cx += w;
  });
  parts.push('</g>');
  return { svg: parts.join('\n'), height: cy - y + rowHeight };
}
