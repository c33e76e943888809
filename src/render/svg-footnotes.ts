/** The sources block: one numbered note per deal, listing each source's outlet, date and address. */
import type { DealSource } from '../core/deal.js';
import type { Footnote } from './render-edges.js';
import type { RenderTheme } from './render-theme.js';
import { textWidth, wrapText } from './text-width.js';
import { escapeXml, num } from './xml-escape.js';

const FONT = 11;
const LINE = 14.5;

function sourceText(s: DealSource, full: boolean): string {
  const parts = [s.outlet ?? 'unknown outlet', s.publishedAt ?? 'undated', ...(full ? [s.url ?? s.title ?? 'no address'] : [])];
  return parts.join(', ') + (s.independent ? '' : ' (re-report)');
}

/** The text of one note, without its number. */
export function footnoteText(f: Footnote, full = true): string {
  const sources = f.sources.length ? f.sources.map((s) => sourceText(s, full)).join('; ') : 'no source recorded';
  return `${f.heading}. ${f.sources.length > 1 ? 'Sources' : 'Source'}: ${sources}.`;
}

/** Notes in one or two columns (two when the picture is wide and the notes many); `full` adds each address. */
export function footnotesSvg(notes: readonly Footnote[], theme: RenderTheme, x: number, y: number, width: number, full = true): { svg: string; height: number } {
  if (notes.length === 0) return { svg: '', height: 0 };
  const columns = width >= 1100 && notes.length > 6 ? 2 : 1;
  const gutter = 28;
  const colWidth = (width - gutter * (columns - 1)) / columns;
  const indent = textWidth(`${notes.length}`, FONT, 'bold') + 8;
  const blocks = notes.map((n) => ({ n, lines: wrapText(footnoteText(n, full), FONT, colWidth - indent) }));
  const total = blocks.reduce((s, b) => s + b.lines.length, 0);
  const perColumn = Math.ceil(total / columns);
  const parts: string[] = [
    '<g class="footnotes">',
    `<text x="${num(x)}" y="${num(y + 13)}" font-size="13" font-weight="700" fill="${theme.text}">${full ? 'Sources' : 'Sources (outlet and date; the CSV and JSON exports carry each address)'}</text>`,
  ];
  const top = y + 13 + 10;
  let col = 0;
  let cy = top;
  let used = 0;
  let maxY = top;
  for (const b of blocks) {
    if (col < columns - 1 && used > 0 && used + b.lines.length > perColumn) {
      col++;
      cy = top;
      used = 0;
    }
    const cx = x + col * (colWidth + gutter);
    parts.push(`<text x="${num(cx)}" y="${num(cy + FONT)}" font-size="${FONT}" font-weight="700" fill="${theme.text}">${b.n.number}</text>`);
    b.lines.forEach((line, i) => {
      parts.push(`<text x="${num(cx + indent)}" y="${num(cy + FONT + i * LINE)}" font-size="${FONT}" fill="${theme.muted}">${escapeXml(line)}</text>`);
    });
    cy += b.lines.length * LINE + 3;
    used += b.lines.length;
    maxY = Math.max(maxY, cy);
  }
  parts.push('</g>');
  return { svg: parts.join('\n'), height: maxY - y };
}
