/** Money phrases on a token array: qualifier, currency and figure (or range, or order of magnitude), tail. */
import { exponent, matchFigure, matchPrefixCurrency, matchSuffixCurrency, shift, yearLike } from './amount-figure.js';
import { matchTail, type Tail } from './amount-tail.js';
import { ahead, isDash, seq, type Tok } from './amount-tokens.js';
import { CURRENCY_WORDS, DIGIT_COUNTS, DIGIT_LEVELS, E, ISO_CODES, MAGNITUDES, matchPre, mayOpen, mayStartCore, PLURAL_SCALES, SCALES, SYMBOLS } from './amount-words.js';
import type { AmountQualifier } from './amount.js';
import { decimalMul, type DecimalString } from './decimal.js';

type Q = AmountQualifier;

interface Core {
  readonly currency: string | null;
  readonly value: DecimalString;
  readonly upper?: DecimalString;
  readonly magnitude?: boolean;
  readonly next: number;
}

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

/** "low double-digit", "single-digit", "triple digit" before a plural scale: the factor on the scale. */
function matchDigitCount(t: readonly Tok[], i: number): { factor: number; next: number } | null {
  let j = DIGIT_LEVELS.has(t[i]?.l ?? '') ? i + 1 : i;
  const factor = DIGIT_COUNTS[t[j]?.l ?? ''];
  if (factor === undefined) return null;
  j += t[j + 1]?.s === '-' ? 2 : 1;
  if (t[j]?.l !== 'digit') return null;
  return PLURAL_SCALES[t[j + 1]?.l ?? ''] ? { factor, next: j + 1 } : null;
}

/** "tens of billions of dollars", "hundreds of billions", "billions", "$billions", "multibillion-dollar". */
function matchMagnitude(t: readonly Tok[], i: number): Core | null {
  const pre = matchPrefixCurrency(t, i);
  let j = pre ? pre.next : i;
  let factor = 1;
  const mag = MAGNITUDES[t[j]?.l ?? ''];
  const digits = matchDigitCount(t, j);
  if (mag !== undefined && t[j + 1]?.l === 'of') {
    factor = mag;
    j += 2;
  } else if (digits) {
    factor = digits.factor;
    j = digits.next;
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

export interface Phrase {
  readonly q: Q;
  readonly value: DecimalString;
  readonly upper?: DecimalString;
  readonly currency: string | null;
  readonly tail: Tail;
  readonly first: number;
  readonly next: number;
}

/** Words a money phrase cannot do without: a currency or a plural multiplier. */
const MONEY_MARKERS = new Set<string>([
  ...Object.keys(SYMBOLS), ...[...ISO_CODES].map((c) => c.toLowerCase()), ...Object.keys(CURRENCY_WORDS), ...Object.keys(PLURAL_SCALES),
  'multibillion', 'multimillion', 'multi', 'rs', 'franc',
]);

/** A money phrase starting at token i: optional qualifier, core, optional tail. */
export function matchMoneyAt(t: readonly Tok[], i: number): Phrase | null {
  if (!mayOpen(t[i])) return null;
  const pre = matchPre(t, i);
  const at = pre ? pre.next : i;
  if (!mayStartCore(t[at]) || !ahead(t, i, 8, MONEY_MARKERS)) return null;
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
