/** Text widths in the Inter typeface, measured from its advance widths (pure; no font file read). */
import { INTER_BOLD, INTER_CHARS, INTER_REGULAR } from './inter-metrics.js';

/** Font weight as the renderer uses it. */
export type TextWeight = 'regular' | 'bold';

const INDEX = new Map<string, number>([...INTER_CHARS].map((ch, i) => [ch, i] as const));
// NOTE: characters outside the table (CJK, rare symbols) fall back to a wide glyph so boxes err large.
const FALLBACK = 700;

/**
 * Width of `text` in pixels at `fontSize` (no kerning, which only narrows Inter text).
 * @example textWidth('Nvidia', 14) // ≈ 43
 */
export function textWidth(text: string, fontSize: number, weight: TextWeight = 'regular'): number {
  const table = weight === 'bold' ? INTER_BOLD : INTER_REGULAR;
  let units = 0;
  for (const ch of text) {
    const i = INDEX.get(ch);
    units += i === undefined ? FALLBACK : (table[i] ?? FALLBACK);
  }
  return (units / 1000) * fontSize;
}

/**
 * Break text into lines no wider than `maxWidth`, at spaces, and inside words (URLs) that
 * are wider than a line on their own.
 */
export function wrapText(text: string, fontSize: number, maxWidth: number, weight: TextWeight = 'regular'): string[] {
  const lines: string[] = [];
  let line = '';
  const push = () => {
    if (line) lines.push(line);
    line = '';
  };
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (textWidth(candidate, fontSize, weight) <= maxWidth) {
      line = candidate;
      continue;
    }
    push();
    if (textWidth(word, fontSize, weight) <= maxWidth) {
      line = word;
      continue;
    }
    let piece = '';
    for (const ch of word) {
      if (textWidth(piece + ch, fontSize, weight) > maxWidth && piece) {
        lines.push(piece);
        piece = '';
      }
      piece += ch;
    }
    line = piece;
  }
  push();
  return lines;
}
