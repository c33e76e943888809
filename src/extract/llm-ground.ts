/** Ground a model's quote in the article: find it, exactly or up to whitespace and typography, as offsets. */
import type { Evidence } from '../core/claim.js';

/** Quotes shorter than this (after trimming) support nothing: "OpenAI" is not evidence. */
export const MIN_QUOTE_LENGTH = 12;

const PLAIN: Readonly<Record<string, string>> = {
  '\u2018': "'",
  '\u2019': "'",
  '\u201A': "'",
  '\u2032': "'",
  '\u201C': '"',
  '\u201D': '"',
  '\u201E': '"',
  '\u2033': '"',
  '\u2010': '-',
  '\u2011': '-',
  '\u2012': '-',
  '\u2013': '-',
  '\u2014': '-',
  '\u2212': '-',
};

/** Text with whitespace runs collapsed and typographic marks made plain, mapped back to the original. */
interface Normalised {
  readonly text: string;
  /** `map[k]` is the offset in the original of normalised character k. */
  readonly map: readonly number[];
}

function normalise(s: string): Normalised {
  let text = '';
  const map: number[] = [];
  let inSpace = false;
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (/\s/.test(c)) {
      if (!inSpace) {
        text += ' ';
        map.push(i);
      }
      inSpace = true;
      continue;
    }
    inSpace = false;
    text += PLAIN[c] ?? c;
    map.push(i);
  }
  return { text, map };
}

/** The parts of a quote the model shortened with an ellipsis, without wrapping quotation marks. */
function quoteParts(quote: string): string[] {
  let q = quote.trim();
  const wrapped = /^["'\u201C\u2018](.*)["'\u201D\u2019]$/s.exec(q);
  if (wrapped?.[1] !== undefined) q = wrapped[1].trim();
  return q
    .split(/\s*(?:\.\.\.|\u2026|\[\.\.\.\])\s*/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
}

/** Finds quotes in one document; build once per document. */
export type Grounder = (quote: string) => Evidence[] | null;

/**
 * A grounder for `text`. It returns one evidence span per part of the quote (an ellipsis
 * splits it), each with `text.slice(start, end) === quote`, or null when any part is not in
 * the text in order, or the quote is too short to prove anything.
 * @example createGrounder('Amazon  is in talks.')('Amazon is in talks') // [{ quote: 'Amazon  is in talks', start: 0, end: 19 }]
 */
export function createGrounder(text: string): Grounder {
  let norm: Normalised | null = null;
  const find = (part: string, from: number): { start: number; end: number } | null => {
    const exact = text.indexOf(part, from);
    if (exact >= 0) return { start: exact, end: exact + part.length };
    norm ??= normalise(text);
    const needle = normalise(part).text;
    let k0 = 0;
    while (k0 < norm.map.length && norm.map[k0]! < from) k0++;
    const k = norm.text.indexOf(needle, k0);
    if (k < 0) return null;
    return { start: norm.map[k]!, end: norm.map[k + needle.length - 1]! + 1 };
  };
  return (quote) => {
    const parts = quoteParts(quote);
    if (parts.join(' ').length < MIN_QUOTE_LENGTH) return null;
    const out: Evidence[] = [];
    let from = 0;
    for (const part of parts) {
      const span = find(part, from);
      if (!span) return null;
      out.push({ quote: text.slice(span.start, span.end), start: span.start, end: span.end });
      from = span.end;
    }
    return out;
  };
}
