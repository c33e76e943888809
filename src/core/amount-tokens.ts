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
// NOTE: no /i flag: spelled-out case variants keep V8's fast literal scan. Alternatives share their first
// character in one group ("C(?:rore|hip|NY|...)"), so a position is tried against a few groups instead of
// fifty-odd words (about a quarter less time); no two alternatives can match at the same position, so the
// grouping and order change no match.
const ANCHOR =
  /[$€£¥₹₩%]|\d(?:bn|mn|tn|[bBmMkKtT])\b|A(?:ccelerator|UD|ED)|accelerator|BRL|c(?:rore|hip)|C(?:rore|hip|NY|HF|AD)|d(?:ollar|irham)|D(?:ollar|irham|KK)|euro|E(?:uro|UR)|[fF]ranc|G(?:BP|W|PU)|HKD|illion|I(?:llion|LLION|NR)|JPY|KRW|[lL]akh|MW|N(?:OK|ZD)|p(?:ound|ercent|er cent|rocessor)|\bpct\b|P(?:ound|ercent|ERCENT|er cent|rocessor)|r(?:enminbi|upee|iyal)|R(?:enminbi|upee|iyal|MB)|\bRs\b|s(?:terling|hare)|S(?:terling|hare|GD|EK|AR)|thousand|T(?:housand|WD|PU)|USD|\b[wW]on\b|[wW]att|WATT|[yY](?:en\b|uan)/g;
/** Characters a window reaches back (qualifiers) and forward (tails such as "over the next seven years"). */
const BACK = 40;
const AHEAD = 100;
// NOTE: every Tok is made with all six fields (`value` undefined until read), so all share one shape and
// the matchers' property reads stay monomorphic.
const GAP: Tok = { s: '\u0000', l: '\u0000', start: -1, end: -1, num: false, value: undefined };

/**
 * A word token another tokenizer already cut from the same text (the extractor's sentence tokens):
 * `norm` is the text with typographic quotes made plain, `lower` is `norm` lower-cased.
 */
export interface WordToken {
  readonly text: string;
  readonly norm: string;
  readonly lower: string;
  readonly start: number;
  readonly end: number;
  /** A memo shared by every token spelled alike, when the other tokenizer keeps one: `amountKind` -1 until first read. */
  readonly word?: { amountKind: number };
}

/** ANCHOR tried at one position only (sticky), for `anchorLengthAt`. */
const ANCHOR_AT = new RegExp(ANCHOR.source, 'y');
/** ANCHOR without its word boundaries, tried within one word's text for `anchorCandidates`. */
const LOOSE_AT = new RegExp(ANCHOR.source.replaceAll('\\b', ''), 'y');

/**
 * The length of the anchor match (as ANCHOR's scan would find it) starting exactly at `pos` in `text`, 0 when none.
 */
export function anchorLengthAt(text: string, pos: number): number {
  ANCHOR_AT.lastIndex = pos;
  const m = ANCHOR_AT.exec(text);
  return m ? m[0].length : 0;
}

/**
 * Offsets in one word (a token another tokenizer cut: a run of letters and digits, a numeral or one mark) at which an
 * anchor may start, in order: every anchor that starts inside the word starts at one of them (a superset; the text around
 * the word decides, see `anchorLengthAt`). The same for every word spelled alike, so callers may keep it per spelling.
 * NOTE: an anchor lying inside the word matches there without its word boundaries; the only ones that reach past a word
 * are "per cent" (from a word ending in "per") and a digit glued to a multiplier ("10" + "bn").
 */
export function anchorCandidates(word: string): number[] {
  const out: number[] = [];
  const n = word.length;
  for (let k = 0; k < n; k++) {
    LOOSE_AT.lastIndex = k;
    if (LOOSE_AT.test(word)) out.push(k);
    else if (k === n - 1 && isDigit(word.charCodeAt(k))) out.push(k);
    else if (k === n - 3 && (word.endsWith('per') || word.endsWith('Per'))) out.push(k);
  }
  return out;
}

/**
 * Where ANCHOR matches in `text`, as [start, end] pairs in order, from anchor candidates known to include every position a
 * match may start at (`candidates`: ascending positions, duplicates allowed): the same pairs as a scan of the whole text.
 * NOTE: a global scan tries each position in turn and resumes after a match; positions where no match can start never
 * succeed, so trying only the candidates, and skipping those inside a match, finds the same matches.
 */
export function anchorsAt(text: string, candidates: readonly number[]): number[] {
  const out: number[] = [];
  let resume = 0;
  for (const pos of candidates) {
    if (pos < resume) continue;
    const n = anchorLengthAt(text, pos);
    if (n === 0) continue;
    out.push(pos, pos + n);
    resume = pos + n;
  }
  return out;
}

/**
 * Tokens of the windows around anchors, with a GAP token between windows so no phrase spans two.
 * When `words` (every non-space character of `text` covered, in order) is given, plain words,
 * numerals and marks are taken from it instead of being cut again; the result is the same.
 * `anchors`, when given, are ANCHOR's matches in `text` as [start, end] pairs (see `anchorsAt`): the text is then not
 * scanned for them again.
 * NOTE: most of an article holds no figure; tokenizing only near anchors keeps this fast.
 */
export function tokenize(text: string, words?: readonly WordToken[], anchors?: readonly number[]): Tok[] {
  const out: Tok[] = [];
  let winStart = -1;
  let winEnd = -1;
  const flush = () => {
    if (winStart < 0) return;
    if (out.length) out.push(GAP);
    if (words) mapWindow(text, words, winStart, winEnd, out);
    else scanWindow(text, winStart, winEnd, out);
  };
  const anchor = (index: number, end: number) => {
    const from = snapBack(text, Math.max(0, index - BACK));
    const to = end + AHEAD;
    if (from <= winEnd) {
      winEnd = Math.max(winEnd, to);
      return;
    }
    flush();
    winStart = from;
    winEnd = to;
  };
  if (anchors) {
    for (let k = 0; k + 1 < anchors.length; k += 2) anchor(anchors[k]!, anchors[k + 1]!);
  } else {
    // NOTE: exec from lastIndex, not matchAll (which clones the pattern and walks an iterator); no match is empty.
    ANCHOR.lastIndex = 0;
    for (let a = ANCHOR.exec(text); a; a = ANCHOR.exec(text)) anchor(a.index, a.index + a[0].length);
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
  let i = from;
  while (i < to && i < text.length) i = scanOne(text, i, out);
}

function pushTok(out: Tok[], text: string, a: number, b: number, num: boolean): void {
  const s = text.slice(a, b);
  out.push({ s, l: num ? s : s.toLowerCase(), start: a, end: b, num, value: undefined });
}

/** One step of the scanner at i: skip a space or push the token starting there; the position after it. */
function scanOne(text: string, i: number, out: Tok[]): number {
  const c = text.charCodeAt(i);
  if (c === 32 || c === 10 || c === 9 || c === 13) return i + 1;
  if (isDigit(c)) {
    let j = i + 1;
    for (;;) {
      while (j < text.length && isDigit(text.charCodeAt(j))) j++;
      const sep = text.charCodeAt(j);
      if ((sep === 46 || sep === 44) && isDigit(text.charCodeAt(j + 1))) j += 2;
      else break;
    }
    pushTok(out, text, i, j, true);
    return j;
  }
  if (isAsciiLetter(c)) {
    let j = i + 1;
    while (j < text.length) {
      const d = text.charCodeAt(j);
      if (isAsciiLetter(d)) j++;
      else if (d >= 128 && /\p{L}/u.test(text[j]!)) j++;
      else break;
    }
    pushTok(out, text, i, j, false);
    return j;
  }
  // Anything else: the regex handles Unicode letters, spaces and astral characters.
  TOKEN.lastIndex = i;
  const m = TOKEN.exec(text);
  if (!m || m.index !== i) return i + 1;
  pushTok(out, text, i, i + m[0].length, false);
  return i + m[0].length;
}

/**
 * The kind of word token the scanner would cut exactly as it stands: 1 a numeral, 2 ASCII letters,
 * 3 one mark; 0 for anything else (letters with digits "H100", non-ASCII words), which is cut again.
 */
function plainKind(w: WordToken): number {
  const memo = w.word;
  if (memo === undefined) return kindOf(w.text);
  // NOTE: the kind depends on the spelling alone: worked out once per word form, not once per token in a window.
  let kind = memo.amountKind;
  if (kind < 0) memo.amountKind = kind = kindOf(w.text);
  return kind;
}

function kindOf(s: string): number {
  const c = s.charCodeAt(0);
  if (isDigit(c)) return 1;
  if (isAsciiLetter(c)) {
    for (let k = 1; k < s.length; k++) if (!isAsciiLetter(s.charCodeAt(k))) return 0;
    return 2;
  }
  if (s.length !== 1) return 0;
  return c < 128 || ((c < 0xd800 || c > 0xdfff) && !/[\p{L}\p{N}]/u.test(s)) ? 3 : 0;
}

/**
 * scanWindow's tokens for text[from, to), read off `words`. Between words there is only space, so
 * at a word's start the scanner would cut that same word when it is plain; elsewhere (a window
 * opening inside a word, words such as "H100") the scanner steps until it meets a word start again.
 */
function mapWindow(text: string, words: readonly WordToken[], from: number, to: number, out: Tok[]): void {
  let lo = 0;
  let hi = words.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (words[mid]!.end <= from) lo = mid + 1;
    else hi = mid;
  }
  let k = lo;
  let i = from;
  while (i < to && i < text.length) {
    while (k < words.length && words[k]!.end <= i) k++;
    const w = words[k];
    if (!w) {
      i = scanOne(text, i, out);
      continue;
    }
    const kind = w.start >= i ? plainKind(w) : 0;
    if (kind === 0) {
      i = w.start > i ? w.start : scanOne(text, i, out);
      continue;
    }
    if (w.start >= to) break;
    const s = w.text;
    // NOTE: the scanner lower-cases the text as written; `lower` is of `norm` (quotes made plain).
    out.push({ s, l: kind === 1 ? s : kind === 2 ? w.lower : s.charCodeAt(0) < 128 ? s : s.toLowerCase(), start: w.start, end: w.end, num: kind === 1, value: undefined });
    i = w.end;
    k++;
  }
}

/** Move a window start back to a word boundary (at most a short way). */
function snapBack(text: string, i: number): number {
  for (let k = 0; k < 24 && i > 0; k++, i--) {
    const c = text.charCodeAt(i - 1);
    // NOTE: ASCII decided by code (space, tab to carriage return); the rest by the pattern.
    if (c === 32 || (c >= 9 && c <= 13)) return i;
    if (c >= 128 && /\s/.test(text[i - 1]!)) return i;
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
