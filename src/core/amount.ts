/** Amounts as intervals: what a report said, as bounds, never a bare number. */
import {
  type DecimalString,
  decimalAdd,
  decimalCompare,
  decimalMul,
  isDecimalString,
} from './decimal.js';

/** How the report qualified the figure. */
export type AmountQualifier =
  | 'exact' // "$10 billion"
  | 'about' // "around / roughly / some / nearly $10 billion"
  | 'more_than' // "more than / over / beyond $10 billion" (lower bound exclusive)
  | 'at_least' // "at least / $10 billion or more" (lower bound inclusive)
  | 'up_to' // "up to / as much as $10 billion"
  | 'less_than' // "less than / under $10 billion"
  | 'range' // "between $20 and $30 billion", "$20-30 billion"
  | 'order_of_magnitude' // "tens / hundreds of billions"
  | 'undisclosed' // "terms were not disclosed"
  | 'none'; // "no money changed hands"

export const AMOUNT_QUALIFIERS: readonly AmountQualifier[] = [
  'exact', 'about', 'more_than', 'at_least', 'up_to', 'less_than', 'range',
  'order_of_magnitude', 'undisclosed', 'none',
];

/** What the figure measures. */
export type AmountBasis = 'total' | 'per_period' | 'tranche' | 'valuation' | 'run_rate';
export const AMOUNT_BASES: readonly AmountBasis[] = ['total', 'per_period', 'tranche', 'valuation', 'run_rate'];

/** The shape shared by money amounts and other quantities: a point and two optional bounds. */
export interface Interval {
  /** The figure as stated ("10 billion"), not necessarily the midpoint; null when none was stated. */
  readonly point: DecimalString | null;
  /** Lower bound; null = unbounded or unknown. */
  readonly lower: DecimalString | null;
  readonly lowerInclusive: boolean;
  /** Upper bound; null = unbounded. */
  readonly upper: DecimalString | null;
  readonly upperInclusive: boolean;
  readonly qualifier: AmountQualifier;
  /** The original phrase, exactly as reported: "more than $10 billion". */
  readonly text: string;
}

/** A sum of money in currency units (not minor units). */
export interface Amount extends Interval {
  /** ISO 4217 code ("USD", "EUR", "GBP"); "XXX" when unknown. */
  readonly currency: string;
  /** "…or none at all": the value set is {0} ∪ [lower, upper]. */
  readonly mayBeZero: boolean;
  readonly basis: AmountBasis;
  /** ISO 8601 duration of the term the total is spread over: "P7Y" for "over seven years". */
  readonly period?: string;
  /** What the money depends on ("milestones", "GW deployed"). */
  readonly contingentOn?: string;
}

/** A non-money quantity: gigawatts, GPUs, shares, a percentage. */
export interface Quantity extends Interval {
  readonly unit: QuantityUnit;
}
export type QuantityUnit = 'GW' | 'MW' | 'GPUs' | 'shares' | 'percent' | 'chips';

/** Which value of an interval an analysis uses. */
export type AmountPolicy = 'low' | 'stated' | 'high';
export const AMOUNT_POLICIES: readonly AmountPolicy[] = ['low', 'stated', 'high'];

/** Relative tolerance for "about": ±10 %. */
export const ABOUT_TOLERANCE = '0.1';

export interface AmountInit {
  readonly currency?: string;
  readonly basis?: AmountBasis;
  readonly mayBeZero?: boolean;
  readonly period?: string;
  readonly contingentOn?: string;
}

/**
 * An amount with its fields in the one order JSON output shows (base fields, optional period and
 * contingency, then the interval).
 * NOTE: literals, not spreads: spreading into a literal gave nearly every amount its own hidden
 * class, which made every later read of an amount slow.
 */
function build(
  text: string, init: AmountInit, qualifier: AmountQualifier, point: DecimalString | null,
  lower: DecimalString | null, lowerInclusive: boolean, upper: DecimalString | null, upperInclusive: boolean,
): Amount {
  const currency = init.currency ?? 'USD';
  const mayBeZero = init.mayBeZero ?? false;
  const basis = init.basis ?? 'total';
  const { period, contingentOn } = init;
  if (period && contingentOn) return { currency, mayBeZero, basis, text, period, contingentOn, qualifier, point, lower, lowerInclusive, upper, upperInclusive };
  if (period) return { currency, mayBeZero, basis, text, period, qualifier, point, lower, lowerInclusive, upper, upperInclusive };
  if (contingentOn) return { currency, mayBeZero, basis, text, contingentOn, qualifier, point, lower, lowerInclusive, upper, upperInclusive };
  return { currency, mayBeZero, basis, text, qualifier, point, lower, lowerInclusive, upper, upperInclusive };
}

/**
 * Build an amount from a qualifier and a stated value (and a second value for ranges).
 * @example makeAmount('more_than', '10000000000', 'more than $10 billion')
 *   // lower 10e9 exclusive, upper null
 */
export function makeAmount(
  qualifier: AmountQualifier,
  value: DecimalString | null,
  text: string,
  init: AmountInit & { readonly upperValue?: DecimalString } = {},
): Amount {
  switch (qualifier) {
    case 'exact':
      return build(text, init, qualifier, value, value, true, value, true);
    case 'about': {
      if (value === null) return build(text, init, qualifier, null, null, false, null, false);
      const delta = decimalMul(value, ABOUT_TOLERANCE);
      return build(text, init, qualifier, value, decimalAdd(value, `-${delta}` as DecimalString), true, decimalAdd(value, delta), true);
    }
    case 'more_than':
      return build(text, init, qualifier, value, value, false, null, false);
    case 'at_least':
      return build(text, init, qualifier, value, value, true, null, false);
    case 'up_to':
      return build(text, init, qualifier, value, '0', true, value, true);
    case 'less_than':
      return build(text, init, qualifier, value, '0', true, value, false);
    case 'range':
      return build(text, init, qualifier, null, value, true, init.upperValue ?? null, true);
    case 'order_of_magnitude': {
      // "hundreds of billions": [1e11, 1e12)
      if (value === null) return build(text, init, qualifier, null, null, false, null, false);
      return build(text, init, qualifier, null, value, true, decimalMul(value, 10), false);
    }
    case 'undisclosed':
      return build(text, init, qualifier, null, null, false, null, false);
    case 'none':
      return build(text, init, qualifier, '0', '0', true, '0', true);
  }
}

/** An amount that was not disclosed. */
export function undisclosedAmount(text = 'undisclosed', init: AmountInit = {}): Amount {
  return makeAmount('undisclosed', null, text, init);
}

/** True when the amount carries any number at all. */
export function isDisclosed(a: Amount | null | undefined): a is Amount {
  return !!a && (a.point !== null || a.lower !== null || a.upper !== null);
}

/**
 * The single value an analysis uses under a policy, or null when nothing is known.
 * `low` counts may-be-zero as 0 and an unbounded-below amount as its stated point;
 * `high` uses the upper bound, falling back to the point or the lower bound when open.
 */
export function amountValue(a: Amount | null | undefined, policy: AmountPolicy): DecimalString | null {
  if (!isDisclosed(a)) return null;
  switch (policy) {
    case 'low':
      if (a.mayBeZero) return '0';
      return a.lower ?? a.point ?? a.upper;
    case 'stated':
      if (a.point !== null) return a.point;
      if (a.lower !== null && a.upper !== null) {
        return decimalMul(decimalAdd(a.lower, a.upper), '0.5');
      }
      return a.lower ?? a.upper;
    case 'high':
      return a.upper ?? a.point ?? a.lower;
  }
}

/** Problems with an interval's internal consistency, as messages; empty when valid. */
export function intervalProblems(i: Interval): string[] {
  const problems: string[] = [];
  for (const [name, v] of [['point', i.point], ['lower', i.lower], ['upper', i.upper]] as const) {
    if (v === null) continue;
    if (!isDecimalString(v)) problems.push(`${name} "${v}" is not a decimal number`);
    else if (v.startsWith('-')) problems.push(`${name} ${v} is negative`);
  }
  if (problems.length) return problems;
  if (i.lower !== null && i.upper !== null) {
    const c = decimalCompare(i.lower, i.upper);
    if (c > 0) problems.push(`lower bound ${i.lower} is above upper bound ${i.upper}`);
    if (c === 0 && !(i.lowerInclusive && i.upperInclusive)) problems.push('the interval is empty');
  }
  return problems;
}

/** True when value lies inside the interval, honouring inclusivity. */
export function intervalContains(i: Interval, value: DecimalString): boolean {
  if (i.lower !== null) {
    const c = decimalCompare(value, i.lower);
    if (c < 0 || (c === 0 && !i.lowerInclusive)) return false;
  }
  if (i.upper !== null) {
    const c = decimalCompare(value, i.upper);
    if (c > 0 || (c === 0 && !i.upperInclusive)) return false;
  }
  return true;
}
