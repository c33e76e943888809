/** Numbers with their multipliers ("10 billion", "1.4tn", "half a trillion") and currencies written before or after them. */
import { glued, seq, type Tok } from './amount-tokens.js';
import { CURRENCY_WORDS, DOLLAR_COUNTRIES, DOLLAR_PREFIXES, GLUED_SCALES, ISO_CODES, SCALES, SYMBOLS, TENS, UNITS } from './amount-words.js';
import { type DecimalString, toDecimal } from './decimal.js';

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
export function shift(value: DecimalString, exp: number): DecimalString {
  // NOTE: fast path for the usual "10" or "1.5" before a multiplier (no leading zero, digits that fit).
  const dot = value.indexOf('.');
  const lead = value.charCodeAt(0);
  if (lead > 48 && lead <= 57 && !value.includes(',')) {
    if (dot < 0) return (value + '0'.repeat(exp)) as DecimalString;
    const fracLength = value.length - dot - 1;
    if (fracLength <= exp && value.charCodeAt(value.length - 1) !== 48) {
      return (value.slice(0, dot) + value.slice(dot + 1) + '0'.repeat(exp - fracLength)) as DecimalString;
    }
  }
  const [int = '0', frac = ''] = value.split('.');
  const digits = int + frac.padEnd(exp, '0');
  const point = int.length + exp;
  return canonical(`${digits.slice(0, point)}.${digits.slice(point)}`);
}

export const exponent = (powerOfTen: DecimalString): number => powerOfTen.length - 1;

/** A number at token i: digits ("1,250,000", "1.4") or words ("half a", "a quarter of a", "two"). */
export function matchNumber(t: readonly Tok[], i: number): Num | null {
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
export function matchPrefixCurrency(t: readonly Tok[], i: number): { currency: string; next: number } | null {
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
export function matchSuffixCurrency(t: readonly Tok[], i: number): { currency: string; next: number } | null {
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

export interface Figure {
  readonly value: DecimalString;
  /** The number before its multiplier. */
  readonly base: DecimalString;
  readonly scale: DecimalString | null;
  readonly scaled: boolean;
  readonly digits: boolean;
  readonly next: number;
}

/** A number and its multiplier: "10 billion", "1.4tn", "half a trillion", "750". */
export function matchFigure(t: readonly Tok[], i: number): Figure | null {
  const n = matchNumber(t, i);
  if (!n) return null;
  const s = matchScale(t, n.next);
  if (!s) return { value: n.value, base: n.value, scale: null, scaled: false, digits: n.digits, next: n.next };
  return { value: shift(n.value, exponent(s.scale)), base: n.value, scale: s.scale, scaled: true, digits: n.digits, next: s.next };
}

/** Figures that read as years, not money ("in 2025 dollars"). */
export const yearLike = (f: Figure, t: readonly Tok[], i: number) =>
  !f.scaled && f.digits && /^(1[89]|2[01])\d\d$/.test(t[i]?.s ?? '');
