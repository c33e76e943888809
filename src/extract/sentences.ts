/** Sentence and token boundaries with character offsets into the document text. */
import { wordOf, type Word } from './word-class.js';

/** A word or a punctuation mark. */
export interface Token {
  readonly text: string;
  /** The text with typographic apostrophes and quotes made plain ("’" → "'"). */
  readonly norm: string;
  /** `norm` lower-cased. */
  readonly lower: string;
  readonly start: number;
  readonly end: number;
  /** The word form shared by every token spelled alike (its word-list memos). */
  readonly word: Word;
}

export interface Sentence {
  readonly index: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** Index of the line (paragraph) it sits in. */
  readonly paragraph: number;
  /** A short line with no closing punctuation: a headline or a subheading. */
  readonly heading: boolean;
}

/**
 * Words and punctuation marks between `from` and `to`, with offsets into `text`.
 * Hyphens and apostrophes are tokens of their own ("ChatGPT", "-", "maker"; "OpenAI", "’", "s").
 * Tokens are appended to `out` when given (one array for a whole document), which is returned.
 */
export function tokenize(text: string, from = 0, to = text.length, out: Token[] = []): Token[] {
  // NOTE: text, norm and lower come from the shared Word, so tokens spelled alike share their strings.
  const push = (a: number, b: number) => {
    const w = wordOf(text.slice(a, b));
    out.push({ text: w.text, norm: w.norm, lower: w.lower, start: a, end: b, word: w });
  };
  // NOTE: a hand-written scanner (ASCII fast path, the WORD pattern for the rest) is several
  // times faster than a Unicode regex over every sentence.
  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 10 || c === 9 || c === 13 || c === 160) {
      i++;
      continue;
    }
    const kind = charKind(text, i, c);
    if (kind === DIGIT) {
      let j = i + 1;
      for (;;) {
        while (j < to && isDigit(text.charCodeAt(j))) j++;
        const sep = text.charCodeAt(j);
        if ((sep === 46 || sep === 44) && j + 1 < to && isDigit(text.charCodeAt(j + 1))) j += 2;
        else break;
      }
      push(i, j);
      i = j;
    } else if (kind === WORDCHAR) {
      let j = i + (c >= 0xd800 && c <= 0xdbff ? 2 : 1);
      while (j < to) {
        const d = text.charCodeAt(j);
        // NOTE: ASCII letters and digits inline; charKind only for the rest.
        if ((d >= 97 && d <= 122) || (d >= 65 && d <= 90) || (d >= 48 && d <= 57)) {
          j++;
          continue;
        }
        const k = d < 128 ? OTHER : charKind(text, j, d);
        if (k !== WORDCHAR && k !== DIGIT) break;
        j += d >= 0xd800 && d <= 0xdbff ? 2 : 1;
      }
      push(i, j);
      i = j;
    } else if (kind === SPACE) {
      i++;
    } else {
      const j = c >= 0xd800 && c <= 0xdbff ? i + 2 : i + 1;
      push(i, j);
      i = j;
    }
  }
  return out;
}

const DIGIT = 1;
const WORDCHAR = 2;
const SPACE = 3;
const OTHER = 0;
const isDigit = (c: number) => c >= 48 && c <= 57;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

function charKind(text: string, i: number, c: number): number {
  if (c >= 48 && c <= 57) return DIGIT;
  if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return WORDCHAR;
  if (c < 128) return c === 32 || c === 9 || c === 10 || c === 13 ? SPACE : OTHER;
  if (c === 160 || c === 0x2009 || c === 0x202f) return SPACE;
  const ch = c >= 0xd800 && c <= 0xdbff ? text.slice(i, i + 2) : text[i]!;
  if (/\s/.test(ch)) return SPACE;
  return LETTER_OR_DIGIT.test(ch) ? WORDCHAR : OTHER;
}

/** Words that end with a full stop without ending a sentence. */
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sen', 'rep', 'gov', 'gen', 'lt', 'col', 'st', 'jr', 'sr', 'vs', 'etc', 'e.g', 'i.e',
  'no', 'approx', 'est', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'u.s',
  'u.k', 'u.n', 'e.u', 'inc', 'corp', 'ltd', 'co', 'plc', 'llc', 'bros', 'mt', 'ft', 'fig',
]);
/** Corporate suffixes may end a sentence ("... bought Foo Inc. The deal ..."). */
const SUFFIX_ABBREVIATIONS = new Set(['inc', 'corp', 'ltd', 'co', 'plc', 'llc']);
const SENTENCE_STARTERS = new Set([
  'The', 'It', 'Its', 'In', 'A', 'An', 'This', 'That', 'These', 'Those', 'He', 'She', 'They', 'We', 'But', 'And',
  'However', 'Shares', 'Under', 'After', 'Before', 'As', 'On', 'At', 'For', 'Neither', 'Both',
]);

// NOTE: a boundary is [.!?] plus closing quotes/brackets, then space, then something that can
// open a sentence. Each alternative consumes at least one character, so the scan is linear.
// A lower-case word with a capital inside ("eBay", "iRobot") is a brand name and opens one too.
const BOUNDARY = /[.!?]+["'”’)\]]*(?=\s+["'“‘([]?(?:[\p{Lu}\p{N}$€£¥]|\p{Ll}{1,3}\p{Lu}))/gu;

function wordBefore(text: string, end: number): string {
  let i = end;
  while (i > 0 && end - i < 12) {
    const c = text.charCodeAt(i - 1);
    // NOTE: ASCII letters and "." by code; the pattern only for the rest.
    if (!((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 46) && (c < 128 || !/[\p{L}.]/u.test(text[i - 1]!))) break;
    i--;
  }
  return text.slice(i, end).replace(/^\.+/, '');
}

function isBoundary(line: string, dot: number, after: number): boolean {
  if (line[dot] !== '.') return true;
  const word = wordBefore(line, dot);
  const lower = word.toLowerCase();
  if (/^\p{Lu}$/u.test(word)) return false; // an initial: "J. P. Morgan"
  if (/^(\p{L}\.)+\p{L}$/u.test(word) && !SUFFIX_ABBREVIATIONS.has(lower)) {
    // "U.S." ends a sentence only before an obvious starter.
    return SENTENCE_STARTERS.has(nextWord(line, after));
  }
  if (!ABBREVIATIONS.has(lower)) return true;
  return SUFFIX_ABBREVIATIONS.has(lower) && SENTENCE_STARTERS.has(nextWord(line, after));
}

function nextWord(line: string, from: number): string {
  const m = /^\s+["'“‘(]?([\p{L}]+)/u.exec(line.slice(from, from + 40));
  return m?.[1] ?? '';
}

/**
 * The sentences of a text, in order. Every line break ends a sentence; within a line a
 * sentence ends at . ! or ? before a capital, a digit, a currency sign or a camel-cased brand
 * name ("zCloud"), unless the full stop
 * belongs to an abbreviation or an initial.
 */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let paragraph = -1;
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd);
    if (line.trim()) {
      paragraph += 1;
      const cuts: number[] = [];
      // NOTE: exec from lastIndex, not matchAll, which builds a new RegExp and an iterator for every line.
      BOUNDARY.lastIndex = 0;
      for (let m = BOUNDARY.exec(line); m; m = BOUNDARY.exec(line)) {
        const end = m.index + m[0].length;
        if (isBoundary(line, m.index, end)) cuts.push(end);
      }
      cuts.push(line.length);
      let from = 0;
      const before = out.length;
      for (const cut of cuts) {
        pushTrimmed(out, text, lineStart + from, lineStart + cut, paragraph);
        from = cut;
      }
      if (out.length === before + 1) {
        const s = out[before]!;
        const heading = !/[.!?:;"”’)]$/.test(s.text) && s.text.split(/\s+/).length <= 20;
        if (heading) out[before] = { ...s, heading };
      }
    }
    lineStart = lineEnd + 1;
  }
  return out;
}

function pushTrimmed(out: Sentence[], text: string, start: number, end: number, paragraph: number): void {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (end <= start) return;
  out.push({ index: out.length, start, end, text: text.slice(start, end), paragraph, heading: false });
}
