/** Quantities that are not money on a token array: percentages, GW and MW, shares, GPUs and chips. */
import { matchFigure, yearLike } from './amount-figure.js';
import { matchTail } from './amount-tail.js';
import { ahead, glued, isDash, type Tok } from './amount-tokens.js';
import { matchPre, mayStartNumber } from './amount-words.js';
import { type AmountQualifier, makeAmount, type Quantity, type QuantityUnit } from './amount.js';
import { decimalCompare, type DecimalString } from './decimal.js';

type Q = AmountQualifier;

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
export function matchQuantityAt(t: readonly Tok[], i: number): { q: Q; value: DecimalString; upper?: DecimalString; unit: QuantityUnit; next: number } | null {
  const pre = matchPre(t, i);
  const at = pre ? pre.next : i;
  if (!mayStartNumber(t[at]) || !ahead(t, i, 8, UNIT_MARKERS)) return null;
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

export function toQuantity(q: Q, value: DecimalString, upper: DecimalString | undefined, unit: QuantityUnit, text: string): Quantity {
  const a =
    q === 'range' && upper !== undefined
      ? decimalCompare(value, upper) <= 0
        ? makeAmount('range', value, text, { upperValue: upper })
        : makeAmount('range', upper, text, { upperValue: value })
      : makeAmount(q, value, text);
  // NOTE: one literal, not a spread of an interval: the spread gave every quantity its own hidden class.
  return {
    point: a.point, lower: a.lower, lowerInclusive: a.lowerInclusive, upper: a.upper,
    upperInclusive: a.upperInclusive, qualifier: a.qualifier, text, unit,
  };
}
