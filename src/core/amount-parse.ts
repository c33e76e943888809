/** Money and quantity phrases in news text, found with offsets and parsed into exact intervals. */
import {
  makeAmount,
  type Amount,
  type AmountBasis,
  type AmountQualifier,
  type Interval,
  type Quantity,
  type QuantityUnit,
} from './amount.js';
import { decimalCompare, decimalMul, toDecimal, type DecimalString } from './decimal.js';

// NOTE: everything here runs on a token array with bounded look-ahead (a phrase is at most a
// dozen tokens), so the cost is linear in the input: no regular expression can backtrack.
interface Tok {
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
function tokenize(text: string): Tok[] {
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

const glued = (a: Tok | undefined, b: Tok | undefined): boolean => !!a && !!b && a.end === b.start;

const E = (n: number): DecimalString => `1${'0'.repeat(n)}`;
/** Multipliers that may stand apart from the number ("10 billion", "10 bn"). */
const SCALES: Record<string, DecimalString> = {
  thousand: E(3), million: E(6), mn: E(6), mln: E(6), billion: E(9), bn: E(9), bln: E(9),
  trillion: E(12), tn: E(12), trn: E(12), lakh: E(5), crore: E(7),
};
/** Single-letter multipliers, only when glued to the number ("$6.6B", "£750m", "$1.4T"). */
const GLUED_SCALES: Record<string, DecimalString> = { k: E(3), m: E(6), mm: E(6), b: E(9), t: E(12), tr: E(12) };
/** Plural multipliers for orders of magnitude ("tens of billions", "billions"). */
const PLURAL_SCALES: Record<string, DecimalString> = {
  thousands: E(3), millions: E(6), billions: E(9), trillions: E(12),
};
const MAGNITUDES: Record<string, number> = { tens: 10, dozens: 10, hundreds: 100 };

const SYMBOLS: Record<string, string> = { $: 'USD', '€': 'EUR', '£': 'GBP', '¥': 'JPY', '₹': 'INR', '₩': 'KRW' };
/** Letters glued before "$": "US$", "A$", "HK$". */
const DOLLAR_PREFIXES: Record<string, string> = {
  us: 'USD', a: 'AUD', au: 'AUD', c: 'CAD', ca: 'CAD', hk: 'HKD', s: 'SGD', sg: 'SGD', nz: 'NZD', nt: 'TWD', r: 'BRL',
};
const ISO_CODES = new Set([
  'USD', 'EUR', 'GBP', 'JPY', 'CNY', 'CHF', 'CAD', 'AUD', 'INR', 'KRW', 'HKD', 'SGD', 'SEK', 'NOK', 'DKK',
  'BRL', 'SAR', 'AED', 'NZD', 'TWD', 'RMB',
]);
const CURRENCY_WORDS: Record<string, string> = {
  dollars: 'USD', dollar: 'USD', euros: 'EUR', euro: 'EUR', pounds: 'GBP', sterling: 'GBP', yen: 'JPY',
  yuan: 'CNY', renminbi: 'CNY', francs: 'CHF', rupees: 'INR', won: 'KRW', riyals: 'SAR', dirhams: 'AED',
};
/** A word before "dollars" that changes the currency ("Canadian dollars"). */
const DOLLAR_COUNTRIES: Record<string, string> = {
  canadian: 'CAD', australian: 'AUD', singapore: 'SGD', taiwan: 'TWD', zealand: 'NZD', kong: 'HKD',
};

type Q = AmountQualifier;
/** Words before a figure and the qualifier they give it; longest phrase first. */
const PRE: readonly (readonly [string, Q])[] = [
  ['no less than', 'at_least'], ['no more than', 'up_to'], ['in excess of', 'more_than'],
  ['a minimum of', 'at_least'], ['a maximum of', 'up_to'], ['as much as', 'up_to'], ['as high as', 'up_to'],
  ['as many as', 'up_to'], ['as little as', 'about'], ['an estimated', 'about'], ['well over', 'more_than'],
  ['well above', 'more_than'], ['just over', 'more_than'], ['just under', 'about'], ['more than', 'more_than'],
  ['upwards of', 'more_than'], ['north of', 'more_than'], ['at least', 'at_least'], ['up to', 'up_to'],
  ['less than', 'less_than'], ['fewer than', 'less_than'], ['close to', 'about'], ['in the region of', 'about'],
  ['over', 'more_than'], ['beyond', 'more_than'], ['above', 'more_than'], ['exceeding', 'more_than'],
  ['under', 'less_than'], ['below', 'less_than'], ['around', 'about'], ['about', 'about'], ['roughly', 'about'],
  ['approximately', 'about'], ['approx', 'about'], ['some', 'about'], ['nearly', 'about'], ['almost', 'about'],
  ['estimated', 'about'], ['circa', 'about'], ['~', 'about'], ['between', 'range'], ['from', 'range'],
];
const PRE_SPLIT = PRE.map(([p, q]) => [p.split(' '), q] as const);

/** Match a lower-case word sequence at token i; returns the index after it, or -1. */
function seq(t: readonly Tok[], i: number, words: readonly string[]): number {
  for (let k = 0; k < words.length; k++) if (t[i + k]?.l !== words[k]) return -1;
  return i + words.length;
}

const PRE_BY_FIRST = new Map<string, (readonly [readonly string[], Q])[]>();
for (const entry of PRE_SPLIT) {
  const list = PRE_BY_FIRST.get(entry[0][0]!) ?? [];
  list.push(entry);
  PRE_BY_FIRST.set(entry[0][0]!, list);
}

function matchPre(t: readonly Tok[], i: number): { q: Q; next: number } | null {
  const first = t[i]?.l;
  const candidates = first === undefined ? undefined : PRE_BY_FIRST.get(first);
  if (!candidates) return null;
  // NOTE: "adds up to $22.4bn" is a total, not a ceiling.
  if (first === 'up' && /^add(s|ed|ing)?$/.test(t[i - 1]?.l ?? '')) return null;
  for (const [words, q] of candidates) {
    const next = seq(t, i, words);
    if (next >= 0) return { q, next };
  }
  return null;
}

const UNITS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11,
  twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
};
const TENS: Record<string, number> = {
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};

interface Num {
  readonly value: DecimalString;
  readonly next: number;
  /** True for digits, false for words ("half a", "two"). */
  readonly digits: boolean;
}

const NUMERIC = /^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/;

/** Canonical decimal string of a plain numeral ("1,250,000" → "1250000", "1.50" → "1.5", "007" → "7"). */
function canonical(numeral: string): DecimalString {
  if (numeral.charCodeAt(0) !== 48 && !numeral.includes(',') && !numeral.includes('.')) return numeral as DecimalString;
  const [int = '0', frac = ''] = numeral.replace(/,/g, '').split('.');
  const i = int.replace(/^0+(?=\d)/, '');
  const f = frac.replace(/0+$/, '');
  return (f ? `${i}.${f}` : i) as DecimalString;
}

/** value × 10^exp on the decimal string itself (multipliers are powers of ten). */
function shift(value: DecimalString, exp: number): DecimalString {
  const [int = '0', frac = ''] = value.split('.');
  const digits = int + frac.padEnd(exp, '0');
  const point = int.length + exp;
  return canonical(`${digits.slice(0, point)}.${digits.slice(point)}`);
}

const exponent = (powerOfTen: DecimalString): number => powerOfTen.length - 1;

/** A number at token i: digits ("1,250,000", "1.4") or words ("half a", "a quarter of a", "two"). */
function matchNumber(t: readonly Tok[], i: number): Num | null {
  const tok = t[i];
  if (!tok) return null;
  if (tok.num) {
    if (tok.value === undefined) tok.value = NUMERIC.test(tok.s) ? canonical(tok.s) : null;
    return tok.value === null ? null : { value: tok.value, next: i + 1, digits: true };
  }
  return matchNumberWords(t, i);
}

/** A number written in words; only meaningful before a multiplier or a unit. */
function matchNumberWords(t: readonly Tok[], i: number): Num | null {
  const w = t[i]?.l;
  if (w === undefined) return null;
  const words = (value: number | string, next: number): Num => ({ value: toDecimal(value), next, digits: false });
  if (w === 'half') return words('0.5', seq(t, i + 1, ['a']) > 0 || seq(t, i + 1, ['an']) > 0 ? i + 2 : i + 1);
  if (w === 'a' || w === 'an') {
    const q = seq(t, i + 1, ['quarter', 'of', 'a']);
    if (q > 0) return words('0.25', q);
    if (t[i + 1]?.l === 'half') return words('0.5', t[i + 2]?.s === '-' ? i + 3 : i + 2);
    if (t[i + 1]?.l === 'dozen') return words(12, i + 2);
    return words(1, i + 1);
  }
  if (w === 'three') {
    const q = seq(t, i + 1, ['quarters', 'of', 'a']);
    if (q > 0) return words('0.75', q);
  }
  let n: number | undefined = UNITS[w];
  let next = i + 1;
  const tens = TENS[w];
  if (tens !== undefined) {
    n = tens;
    const unit = t[i + 1]?.s === '-' ? UNITS[t[i + 2]?.l ?? ''] : undefined;
    if (unit !== undefined && unit < 10) {
      n += unit;
      next = i + 3;
    }
  }
  if (n === undefined) return null;
  if (t[next]?.l === 'hundred') {
    n *= 100;
    next += 1;
  }
  const half = seq(t, next, ['and', 'a', 'half']);
  if (half > 0) return words(n + 0.5, half);
  return words(n, next);
}

/** A multiplier at token i, glued or spaced, with an optional hyphen ("$10-billion"). */
function matchScale(t: readonly Tok[], i: number): { scale: DecimalString; next: number } | null {
  let j = i;
  if (t[j]?.s === '-' && glued(t[j - 1], t[j]) && glued(t[j], t[j + 1])) j += 1;
  const tok = t[j];
  if (!tok || tok.num) return null;
  const long = SCALES[tok.l];
  if (long !== undefined) return { scale: long, next: j + 1 };
  const short = GLUED_SCALES[tok.l];
  // NOTE: "m" or "b" standing alone is a word ("$5 m" is rare, "5 b" meaningless); glued only.
  if (short !== undefined && j === i && glued(t[i - 1], tok)) return { scale: short, next: j + 1 };
  return null;
}

/** A currency written before the figure: "$", "US$", "€", "EUR ", "Rs ". */
function matchPrefixCurrency(t: readonly Tok[], i: number): { currency: string; next: number } | null {
  const tok = t[i];
  if (!tok) return null;
  const sym = SYMBOLS[tok.s];
  if (sym) return { currency: sym, next: i + 1 };
  const dollarPrefix = DOLLAR_PREFIXES[tok.l];
  if (dollarPrefix && t[i + 1]?.s === '$' && glued(tok, t[i + 1]) && tok.s === tok.s.toUpperCase()) {
    return { currency: dollarPrefix, next: i + 2 };
  }
  if (ISO_CODES.has(tok.s) && t[i + 1]?.num) return { currency: tok.s === 'RMB' ? 'CNY' : tok.s, next: i + 1 };
  if (tok.s === 'Rs' && (t[i + 1]?.num || (t[i + 1]?.s === '.' && t[i + 2]?.num))) {
    return { currency: 'INR', next: t[i + 1]?.s === '.' ? i + 2 : i + 1 };
  }
  return null;
}

/** A currency written after the figure: "dollars", "U.S. dollars", "Swiss francs", "USD". */
function matchSuffixCurrency(t: readonly Tok[], i: number): { currency: string; next: number } | null {
  const tok = t[i];
  if (!tok) return null;
  if (ISO_CODES.has(tok.s)) return { currency: tok.s === 'RMB' ? 'CNY' : tok.s, next: i + 1 };
  let j = i;
  let country: string | undefined;
  const us = seq(t, j, ['u', '.', 's', '.']);
  if (us > 0) j = us;
  else if (tok.s === 'US') j = i + 1;
  else if (DOLLAR_COUNTRIES[tok.l] && t[i + 1]?.l.startsWith('dollar')) {
    country = DOLLAR_COUNTRIES[tok.l];
    j = i + 1;
  } else if (tok.l === 'hong' || tok.l === 'new') {
    if (t[i + 1] && DOLLAR_COUNTRIES[t[i + 1]!.l] && t[i + 2]?.l.startsWith('dollar')) {
      country = DOLLAR_COUNTRIES[t[i + 1]!.l];
      j = i + 2;
    }
  } else if (tok.l === 'swiss' && t[i + 1]?.l.startsWith('franc')) j = i + 1;
  const word = t[j]?.l;
  const currency = word === undefined ? undefined : CURRENCY_WORDS[word] ?? (word === 'franc' ? 'CHF' : undefined);
  if (!currency) return null;
  const next = t[j + 1]?.l === 'sterling' && currency === 'GBP' ? j + 2 : j + 1;
  return { currency: country ?? currency, next };
}

interface Figure {
  readonly value: DecimalString;
  /** The number before its multiplier. */
  readonly base: DecimalString;
  readonly scale: DecimalString | null;
  readonly scaled: boolean;
  readonly digits: boolean;
  readonly next: number;
}

/** A number and its multiplier: "10 billion", "1.4tn", "half a trillion", "750". */
function matchFigure(t: readonly Tok[], i: number): Figure | null {
  const n = matchNumber(t, i);
  if (!n) return null;
  const s = matchScale(t, n.next);
  if (!s) return { value: n.value, base: n.value, scale: null, scaled: false, digits: n.digits, next: n.next };
  return { value: shift(n.value, exponent(s.scale)), base: n.value, scale: s.scale, scaled: true, digits: n.digits, next: s.next };
}

interface Core {
  readonly currency: string | null;
  readonly value: DecimalString;
  readonly upper?: DecimalString;
  readonly magnitude?: boolean;
  readonly next: number;
}

const isDash = (s: string | undefined) => s === '-' || s === '–' || s === '—';

/** Figures that read as years, not money ("in 2025 dollars"). */
const yearLike = (f: Figure, t: readonly Tok[], i: number) =>
  !f.scaled && f.digits && /^(1[89]|2[01])\d\d$/.test(t[i]?.s ?? '');

/** The money core: currency, figure, optional second figure of a range, optional currency word. */
function matchMoneyCore(t: readonly Tok[], i: number, rangeWord: boolean): Core | null {
  const magnitude = matchMagnitude(t, i);
  if (magnitude) return magnitude;
  const pre = matchPrefixCurrency(t, i);
  const at = pre ? pre.next : i;
  const first = matchFigure(t, at);
  if (!first || (pre && !first.digits && !first.scaled)) return null;
  let value = first.value;
  let upper: DecimalString | undefined;
  let next = first.next;
  const sep = t[next];
  const rangeSep = isDash(sep?.s) || sep?.l === 'to' || (rangeWord && sep?.l === 'and');
  if (rangeSep) {
    const pre2 = matchPrefixCurrency(t, next + 1);
    const second = matchFigure(t, pre2 ? pre2.next : next + 1);
    if (second && (pre || pre2 || second.scaled || first.scaled)) {
      // NOTE: "$20-30 billion": the first figure borrows the second one's multiplier.
      if (!first.scaled && second.scale) value = shift(first.base, exponent(second.scale));
      upper = second.value;
      next = second.next;
    }
  }
  const suf = matchSuffixCurrency(t, next);
  if (!pre && !suf) return null;
  if (!pre && yearLike(first, t, at)) return null;
  return { currency: pre?.currency ?? suf!.currency, value, ...(upper ? { upper } : {}), next: suf ? suf.next : next };
}

/** "tens of billions of dollars", "hundreds of billions", "billions", "$billions", "multibillion-dollar". */
function matchMagnitude(t: readonly Tok[], i: number): Core | null {
  const pre = matchPrefixCurrency(t, i);
  let j = pre ? pre.next : i;
  let factor = 1;
  const mag = MAGNITUDES[t[j]?.l ?? ''];
  if (mag !== undefined && t[j + 1]?.l === 'of') {
    factor = mag;
    j += 2;
  } else if ((t[j]?.l === 'several' || seq(t, j, ['a', 'few']) > 0) && t[j + (t[j]?.l === 'a' ? 2 : 1)]) {
    const k = j + (t[j]?.l === 'a' ? 2 : 1);
    const scale = SCALES[t[k]?.l ?? ''];
    if (!scale) return null;
    const suf = matchSuffixCurrency(t, k + 1);
    if (!pre && !suf) return null;
    return { currency: pre?.currency ?? suf!.currency, value: scale, magnitude: true, next: suf ? suf.next : k + 1 };
  } else if (!pre && (t[j]?.l === 'multi' || /^multi(million|billion)$/.test(t[j]?.l ?? ''))) {
    // "multibillion-dollar", "multi-billion dollar", "multibillion dollar"
    let k = j;
    if (t[k]!.l === 'multi' && t[k + 1]?.s === '-' && /^(million|billion)$/.test(t[k + 2]?.l ?? '')) k += 2;
    const billion = t[k]!.l.endsWith('billion');
    if (!/(million|billion)$/.test(t[k]!.l)) return null;
    if (t[k + 1]?.s === '-') k++;
    if (t[k + 1]?.l !== 'dollar') return null;
    return { currency: 'USD', value: billion ? E(9) : E(6), magnitude: true, next: k + 2 };
  }
  const scale = PLURAL_SCALES[t[j]?.l ?? ''];
  if (!scale) return null;
  let next = j + 1;
  let currency = pre?.currency ?? null;
  if (t[next]?.l === 'of') {
    const suf = matchSuffixCurrency(t, next + 1);
    // NOTE: "billions of users" is not money; "billions of dollars" is.
    if (!suf) return null;
    currency = suf.currency;
    next = suf.next;
  }
  return { currency: currency ?? 'USD', value: decimalMul(scale, factor), magnitude: true, next };
}

interface Tail {
  q?: Q;
  mayBeZero?: boolean;
  basis?: AmountBasis;
  period?: string;
  next: number;
}

const PERIOD_UNITS: Record<string, string> = { year: 'Y', years: 'Y', month: 'M', months: 'M', decade: '10Y', decades: '10Y' };

/** "over seven years", "over the next four years", "over a decade" → ISO duration. */
function matchOverPeriod(t: readonly Tok[], i: number): { period: string; next: number } | null {
  if (t[i]?.l !== 'over' && t[i]?.l !== 'across') return null;
  let j = i + 1;
  if (t[j]?.l === 'the') j += 1;
  if (t[j]?.l === 'next' || t[j]?.l === 'coming' || t[j]?.l === 'following') j += 1;
  let n: DecimalString = '1';
  const num = matchNumber(t, j);
  if (num) {
    n = num.value;
    j = num.next;
  }
  const unit = PERIOD_UNITS[t[j]?.l ?? ''];
  if (!unit || !/^\d+$/.test(n)) return null;
  const period = unit === '10Y' ? `P${Number(n) * 10}Y` : `P${n}${unit}`;
  return { period, next: j + 1 };
}

const PER_PERIOD: readonly (readonly [readonly string[], string])[] = [
  [['a', 'year'], 'P1Y'], [['per', 'year'], 'P1Y'], [['each', 'year'], 'P1Y'], [['per', 'annum'], 'P1Y'],
  [['annually'], 'P1Y'], [['a', 'month'], 'P1M'], [['per', 'month'], 'P1M'], [['per', 'quarter'], 'P3M'],
  [['a', 'quarter'], 'P3M'],
];

/** Words after a figure: "or more", "-plus", "or none at all", "a year", "over seven years". */
function matchTail(t: readonly Tok[], i: number): Tail {
  const tail: Tail = { next: i };
  const post: readonly (readonly [readonly string[], Q | 'zero'])[] = [
    [['or', 'more'], 'at_least'], [['or', 'higher'], 'at_least'], [['or', 'above'], 'at_least'],
    [['and', 'up'], 'at_least'], [['or', 'less'], 'up_to'], [['or', 'so'], 'about'],
    [['or', 'none', 'at', 'all'], 'zero'], [['or', 'nothing'], 'zero'], [['or', 'none'], 'zero'],
  ];
  for (const [words, q] of post) {
    const next = seq(t, tail.next, words);
    if (next < 0) continue;
    if (q === 'zero') tail.mayBeZero = true;
    else tail.q = q;
    tail.next = next;
    break;
  }
  const plus = t[tail.next]?.s === '-' && glued(t[tail.next - 1], t[tail.next]) ? tail.next + 1 : tail.next;
  if (t[plus]?.l === 'plus' && !t[plus + 1]?.num && !SYMBOLS[t[plus + 1]?.s ?? '']) {
    tail.q = 'at_least';
    tail.next = plus + 1;
  }
  for (const [words, period] of PER_PERIOD) {
    const next = seq(t, tail.next, words);
    if (next < 0) continue;
    tail.basis = 'per_period';
    tail.period = period;
    tail.next = next;
    return tail;
  }
  const over = matchOverPeriod(t, tail.next);
  if (over) {
    tail.period = over.period;
    tail.next = over.next;
  }
  return tail;
}

interface Phrase {
  readonly q: Q;
  readonly value: DecimalString;
  readonly upper?: DecimalString;
  readonly currency: string | null;
  readonly tail: Tail;
  readonly first: number;
  readonly next: number;
}

/** Lower-case words that can open a money or quantity phrase; anything else is skipped at once. */
const OPENERS = new Set<string>([
  ...PRE_SPLIT.map(([words]) => words[0]!), ...Object.keys(UNITS), ...Object.keys(TENS), ...Object.keys(MAGNITUDES),
  ...Object.keys(PLURAL_SCALES), ...Object.keys(SYMBOLS), ...Object.keys(DOLLAR_PREFIXES),
  ...[...ISO_CODES].map((c) => c.toLowerCase()), 'a', 'an', 'half', 'several', 'rs', 'multibillion', 'multimillion',
  'multi',
]);

const mayOpen = (tok: Tok | undefined): boolean => !!tok && (tok.num || OPENERS.has(tok.l));

/** A money phrase starting at token i: optional qualifier, core, optional tail. */
/** Words a money phrase cannot do without: a currency or a plural multiplier. */
const MONEY_MARKERS = new Set<string>([
  ...Object.keys(SYMBOLS), ...[...ISO_CODES].map((c) => c.toLowerCase()), ...Object.keys(CURRENCY_WORDS), ...Object.keys(PLURAL_SCALES),
  'multibillion', 'multimillion', 'multi', 'rs', 'franc',
]);

/** True when one of `markers` occurs in the next `n` tokens (cheap test before a full match). */
function ahead(t: readonly Tok[], i: number, n: number, markers: ReadonlySet<string>): boolean {
  for (let j = i; j < i + n && j < t.length; j++) if (markers.has(t[j]!.l)) return true;
  return false;
}

function matchMoneyAt(t: readonly Tok[], i: number): Phrase | null {
  if (!mayOpen(t[i]) || !ahead(t, i, 8, MONEY_MARKERS)) return null;
  const pre = matchPre(t, i);
  const at = pre ? pre.next : i;
  const core = matchMoneyCore(t, at, pre?.q === 'range');
  if (!core) return null;
  // NOTE: "from $20 billion" without a second figure is not a range; "from" is then a preposition.
  if (pre?.q === 'range' && !core.upper) return null;
  const tail = matchTail(t, core.next);
  let q: Q = core.magnitude ? 'order_of_magnitude' : core.upper ? 'range' : 'exact';
  if (pre && !core.magnitude && !core.upper) q = pre.q;
  else if (pre && core.magnitude && pre.q !== 'range') q = pre.q === 'about' ? 'order_of_magnitude' : pre.q;
  if (tail.q && q === 'exact') q = tail.q;
  return { q, value: core.value, ...(core.upper ? { upper: core.upper } : {}), currency: core.currency, tail, first: i, next: tail.next };
}

/** One money phrase found in a text, with `text.slice(start, end) === amount.text`. */
export interface AmountMatch {
  readonly amount: Amount;
  readonly start: number;
  readonly end: number;
}

export interface ParseAmountOptions {
  /** Currency for phrases that name none ("tens of billions"); default "USD". */
  readonly defaultCurrency?: string;
}

function toAmount(p: Phrase, text: string, opts: ParseAmountOptions): Amount {
  const init = {
    currency: p.currency ?? opts.defaultCurrency ?? 'USD',
    ...(p.tail.mayBeZero ? { mayBeZero: true } : {}),
    ...(p.tail.basis ? { basis: p.tail.basis } : {}),
    ...(p.tail.period ? { period: p.tail.period } : {}),
  };
  if (p.q === 'range' && p.upper !== undefined) {
    const [lo, hi] = decimalCompare(p.value, p.upper) <= 0 ? [p.value, p.upper] : [p.upper, p.value];
    return makeAmount('range', lo, text, { ...init, upperValue: hi });
  }
  return makeAmount(p.q, p.value, text, init);
}

/**
 * Every money phrase in a text, in order, with character offsets.
 * @example findAmounts('Amazon may invest more than $10 billion.')[0].amount.lower // '10000000000'
 */
export function findAmounts(text: string, opts: ParseAmountOptions = {}): AmountMatch[] {
  return scanValues(text, opts).amounts;
}

/**
 * The first money phrase in `text` ("more than $10 billion", "€2bn", "half a trillion dollars"),
 * or null when there is none. `amount.text` is the phrase as matched.
 */
export function parseAmount(text: string, opts: ParseAmountOptions = {}): Amount | null {
  return findAmounts(text, opts)[0]?.amount ?? null;
}

/** One non-money quantity found in a text, with `text.slice(start, end) === quantity.text`. */
export interface QuantityMatch {
  readonly quantity: Quantity;
  readonly start: number;
  readonly end: number;
}

const UNIT_WORDS: Record<string, QuantityUnit> = {
  gw: 'GW', gigawatt: 'GW', gigawatts: 'GW', mw: 'MW', megawatt: 'MW', megawatts: 'MW',
  percent: 'percent', pct: 'percent', '%': 'percent', shares: 'shares', share: 'shares',
  gpus: 'GPUs', gpu: 'GPUs', chips: 'chips', accelerators: 'chips', processors: 'chips', tpus: 'chips',
};
const UNIT_MARKERS = new Set<string>([...Object.keys(UNIT_WORDS), 'per', 'units']);

/** Units that may follow a few naming words ("100,000 Nvidia H100 GPUs", "160 million AMD shares"). */
const NAMED_UNITS = new Set<QuantityUnit>(['GPUs', 'chips', 'shares']);

/** The unit at token i, skipping up to three capitalised or model-number words for named units. */
function matchUnit(t: readonly Tok[], i: number): { unit: QuantityUnit; next: number } | null {
  for (let j = i; j < i + 4 && j < t.length; j++) {
    const tok = t[j]!;
    let unit = UNIT_WORDS[tok.l];
    let next = j + 1;
    if (tok.l === 'per' && t[j + 1]?.l === 'cent') {
      unit = 'percent';
      next = j + 2;
    } else if (tok.l === 'graphics' && t[j + 1]?.l === 'processing' && t[j + 2]?.l === 'units') {
      unit = 'GPUs';
      next = j + 3;
    }
    if (unit && (j === i || NAMED_UNITS.has(unit))) {
      if (unit === 'percent' && t[next]?.l === 'points') return null;
      return { unit, next };
    }
    // NOTE: only names ("Nvidia", "GB200", "AMD") may stand between a count and its unit.
    if (!/^[A-Z]/.test(tok.s) && !(tok.num && glued(t[j - 1], tok)) && !(tok.s === '-' && glued(t[j - 1], tok))) return null;
  }
  return null;
}

/** A quantity at token i: qualifier, figure (or range), unit. */
function matchQuantityAt(t: readonly Tok[], i: number): { q: Q; value: DecimalString; upper?: DecimalString; unit: QuantityUnit; next: number } | null {
  if (!ahead(t, i, 8, UNIT_MARKERS)) return null;
  const pre = matchPre(t, i);
  const at = pre ? pre.next : i;
  const first = matchFigure(t, at);
  if (!first || (!first.digits && !first.scaled && !UNIT_WORDS[t[first.next]?.l ?? ''])) return null;
  let upper: DecimalString | undefined;
  let next = first.next;
  let unit = matchUnit(t, next);
  if (unit?.unit === 'percent' && (isDash(t[unit.next]?.s) || t[unit.next]?.l === 'to' || t[unit.next]?.l === 'and')) {
    const second = matchFigure(t, unit.next + 1);
    const unit2 = second ? matchUnit(t, second.next) : null;
    if (second && unit2?.unit === 'percent') {
      upper = second.value;
      unit = unit2;
    }
  } else if (!unit && (isDash(t[next]?.s) || t[next]?.l === 'to' || (pre?.q === 'range' && t[next]?.l === 'and'))) {
    const second = matchFigure(t, next + 1);
    if (second) {
      upper = second.value;
      next = second.next;
      unit = matchUnit(t, next);
    }
  }
  if (!unit) return null;
  if (pre?.q === 'range' && upper === undefined) return null;
  if (yearLike(first, t, at) && unit.unit !== 'percent' && !upper) return null;
  const tail = matchTail(t, unit.next);
  let q: Q = upper !== undefined ? 'range' : pre?.q ?? 'exact';
  if (q === 'exact' && tail.q) q = tail.q;
  return { q, value: first.value, ...(upper !== undefined ? { upper } : {}), unit: unit.unit, next: tail.q ? tail.next : unit.next };
}

function toQuantity(q: Q, value: DecimalString, upper: DecimalString | undefined, unit: QuantityUnit, text: string): Quantity {
  const a =
    q === 'range' && upper !== undefined
      ? decimalCompare(value, upper) <= 0
        ? makeAmount('range', value, text, { upperValue: upper })
        : makeAmount('range', upper, text, { upperValue: value })
      : makeAmount(q, value, text);
  const interval: Interval = {
    point: a.point, lower: a.lower, lowerInclusive: a.lowerInclusive, upper: a.upper,
    upperInclusive: a.upperInclusive, qualifier: a.qualifier, text,
  };
  return { ...interval, unit };
}

/**
 * Every percentage, capacity (GW, MW), share count and GPU or chip count in a text.
 * @example findQuantities('a 10% stake and 6 GW')[1].quantity.unit // 'GW'
 */
export function findQuantities(text: string): QuantityMatch[] {
  return scanValues(text).quantities;
}

/** Money and quantities found in one pass over a text. */
export interface ValueScan {
  readonly amounts: AmountMatch[];
  readonly quantities: QuantityMatch[];
}

/**
 * Every money phrase and every quantity in a text, in one pass (what an extractor wants).
 * Money wins where both could match, so "$10 billion" is never read as a bare count.
 */
export function scanValues(text: string, opts: ParseAmountOptions = {}): ValueScan {
  const t = tokenize(text);
  const amounts: AmountMatch[] = [];
  const quantities: QuantityMatch[] = [];
  for (let i = 0; i < t.length; ) {
    if (!mayOpen(t[i])) {
      i += 1;
      continue;
    }
    const p = matchMoneyAt(t, i);
    if (p) {
      const start = t[p.first]!.start;
      const end = t[p.next - 1]!.end;
      // NOTE: built on first read: callers often look at offsets only.
      let amount: Amount | undefined;
      amounts.push({
        get amount() {
          amount ??= toAmount(p, text.slice(start, end), opts);
          return amount;
        },
        start, end,
      });
      i = p.next;
      continue;
    }
    const m = matchQuantityAt(t, i);
    if (!m) {
      i += 1;
      continue;
    }
    const start = t[i]!.start;
    const end = t[m.next - 1]!.end;
    let quantity: Quantity | undefined;
    quantities.push({
      get quantity() {
        quantity ??= toQuantity(m.q, m.value, m.upper, m.unit, text.slice(start, end));
        return quantity;
      },
      start, end,
    });
    i = m.next;
  }
  return { amounts, quantities };
}
