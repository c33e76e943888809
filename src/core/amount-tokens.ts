/** The tokens money and quantity phrases are read from: only windows of text around a currency, multiplier or unit. */
import type { DecimalString } from './decimal.js';

// NOTE: everything here runs on a token array with bounded look-ahead (a phrase is at most a
// dozen tokens), so the cost is linear in the input: no regular expression can backtrack.
export interface Tok {
  readonly s: string;
  /** Lower-cased text. */
  readonly l: string;
  readonly start: number;
  readonly end: number;
  readonly num: boolean;
  /** The numeral's canonical value, once computed (null: not a valid numeral). */
  value?: DecimalString | null;
}

const TOKEN = /\d+(?:[.,]\d+)*|\p{L}+|\S/gu;
/**
 * Every money or quantity phrase holds one of these: a currency sign, code or word, a multiplier,
 * or a unit. Bare numbers (years, dates) do not open a window.
 */
// NOTE: no /i flag: spelled-out case variants keep V8's fast literal scan.
const ANCHOR =
  /[$€£¥₹₩%]|[iI]llion|ILLION|[tT]housand|[lL]akh|[cC]rore|[dD]ollar|[eE]uro|[pP]ound|[sS]terling|[yY]en\b|[yY]uan|[rR]enminbi|[fF]ranc|[rR]upee|\b[wW]on\b|[rR]iyal|[dD]irham|USD|EUR|GBP|JPY|CNY|CHF|CAD|AUD|INR|KRW|HKD|SGD|SEK|NOK|DKK|BRL|SAR|AED|NZD|TWD|RMB|\bRs\b|[pP]ercent|PERCENT|[pP]er cent|\bpct\b|[wW]att|WATT|GW|MW|[sS]hare|GPU|[cC]hip|[aA]ccelerator|[pP]rocessor|TPU|\d(?:bn|mn|tn|[bBmMkKtT])\b/g;
/** Characters a window reaches back (qualifiers) and forward (tails such as "over the next seven years"). */
const BACK = 40;
const AHEAD = 100;
const GAP: Tok = { s: '\u0000', l: '\u0000', start: -1, end: -1, num: false };

/**
 * Tokens of the windows around anchors, with a GAP token between windows so no phrase spans two.
 * NOTE: most of an article holds no figure; tokenizing only near anchors keeps this fast.
 */
export function tokenize(text: string): Tok[] {
  const out: Tok[] = [];
  let winStart = -1;
  let winEnd = -1;
  const flush = () => {
    if (winStart < 0) return;
    if (out.length) out.push(GAP);
    scanWindow(text, winStart, winEnd, out);
  };
  for (const a of text.matchAll(ANCHOR)) {
    const from = snapBack(text, Math.max(0, a.index - BACK));
    const to = a.index + a[0].length + AHEAD;
    if (from <= winEnd) {
      winEnd = Math.max(winEnd, to);
      continue;
    }
    flush();
    winStart = from;
    winEnd = to;
  }
  flush();
  return out;
}

const isDigit = (c: number) => c >= 48 && c <= 57;
const isAsciiLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/**
 * Tokens of text[from, to) as the TOKEN pattern would cut them (numerals with inner "." or ",",
 * letter runs, single other characters), with an ASCII fast path.
 */
function scanWindow(text: string, from: number, to: number, out: Tok[]): void {
  const push = (a: number, b: number, num: boolean) => {
    const s = text.slice(a, b);
    out.push({ s, l: num ? s : s.toLowerCase(), start: a, end: b, num });
  };
  let i = from;
  while (i < to && i < text.length) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 10 || c === 9 || c === 13) {
      i++;
      continue;
    }
    if (isDigit(c)) {
      let j = i + 1;
      for (;;) {
        while (j < text.length && isDigit(text.charCodeAt(j))) j++;
        const sep = text.charCodeAt(j);
        if ((sep === 46 || sep === 44) && isDigit(text.charCodeAt(j + 1))) j += 2;
        else break;
      }
      push(i, j, true);
      i = j;
      continue;
    }
    if (isAsciiLetter(c)) {
      let j = i + 1;
      while (j < text.length) {
        const d = text.charCodeAt(j);
        if (isAsciiLetter(d)) j++;
        else if (d >= 128 && /\p{L}/u.test(text[j]!)) j++;
        else break;
      }
      push(i, j, false);
      i = j;
      continue;
    }
    // Anything else: the regex handles Unicode letters, spaces and astral characters.
    TOKEN.lastIndex = i;
    const m = TOKEN.exec(text);
    if (!m || m.index !== i) {
      i++;
      continue;
    }
    push(i, i + m[0].length, false);
    i += m[0].length;
  }
}

/** Move a window start back to a word boundary (at most a short way). */
function snapBack(text: string, i: number): number {
  for (let k = 0; k < 24 && i > 0; k++, i--) {
    if (/\s/.test(text[i - 1]!)) return i;
  }
  return i;
}

export const glued = (a: Tok | undefined, b: Tok | undefined): boolean => !!a && !!b && a.end === b.start;

/** Match a lower-case word sequence at token i; returns the index after it, or -1. */
export function seq(t: readonly Tok[], i: number, words: readonly string[]): number {
  for (let k = 0; k < words.length; k++) if (t[i + k]?.l !== words[k]) return -1;
  return i + words.length;
}

export const isDash = (s: string | undefined) => s === '-' || s === '–' || s === '—';

/** True when one of `markers` occurs in the next `n` tokens (cheap test before a full match). */
export function ahead(t: readonly Tok[], i: number, n: number, markers: ReadonlySet<string>): boolean {
  for (let j = i; j < i + n && j < t.length; j++) if (markers.has(t[j]!.l)) return true;
  return false;
}
