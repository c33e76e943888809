/** Combining the amounts one document gives for the same deal: intersect what agrees, keep the first on conflict. */
import type { Amount } from '../core/amount.js';
import { decimalCompare, type DecimalString } from '../core/decimal.js';

interface Bound {
  readonly value: DecimalString | null;
  readonly inclusive: boolean;
}

function maxLower(a: Bound, b: Bound): Bound {
  if (a.value === null) return b;
  if (b.value === null) return a;
  const c = decimalCompare(a.value, b.value);
  if (c !== 0) return c > 0 ? a : b;
  return { value: a.value, inclusive: a.inclusive && b.inclusive };
}

function minUpper(a: Bound, b: Bound): Bound {
  if (a.value === null) return b;
  if (b.value === null) return a;
  const c = decimalCompare(a.value, b.value);
  if (c !== 0) return c < 0 ? a : b;
  return { value: a.value, inclusive: a.inclusive && b.inclusive };
}

function empty(lo: Bound, hi: Bound): boolean {
  if (lo.value === null || hi.value === null) return false;
  const c = decimalCompare(lo.value, hi.value);
  return c > 0 || (c === 0 && !(lo.inclusive && hi.inclusive));
}

const vague = (a: Amount) => a.qualifier === 'order_of_magnitude' || a.qualifier === 'undisclosed';

/**
 * The amount a document gives for one deal when it states it twice: the intersection of both
 * intervals when they overlap ("$10 billion or more" and "around $10 billion" → [10e9, 11e9]);
 * the first when they conflict (a tranche after the total); a precise figure over an order of
 * magnitude. "May be zero" from either side is kept.
 */
export function mergeAmounts(a: Amount | null, b: Amount | null): Amount | null {
  if (!a) return b;
  if (!b) return a;
  const mayBeZero = a.mayBeZero || b.mayBeZero;
  const withFlags = (x: Amount, other: Amount): Amount => ({
    ...x,
    mayBeZero,
    ...(x.period || !other.period ? {} : { period: other.period }),
  });
  if (a.qualifier === 'none' || b.qualifier === 'none') return withFlags(a.qualifier === 'none' ? b : a, a);
  if (vague(a) !== vague(b)) return withFlags(vague(a) ? b : a, vague(a) ? a : b);
  if (a.currency !== b.currency) return withFlags(a, b);
  const lo = maxLower({ value: a.lower, inclusive: a.lowerInclusive }, { value: b.lower, inclusive: b.lowerInclusive });
  const hi = minUpper({ value: a.upper, inclusive: a.upperInclusive }, { value: b.upper, inclusive: b.upperInclusive });
  if (empty(lo, hi)) return withFlags(a, b);
  const same = lo.value === a.lower && lo.inclusive === a.lowerInclusive && hi.value === a.upper && hi.inclusive === a.upperInclusive;
  if (same) return withFlags(a, b);
  const qualifier = lo.value !== null && hi.value !== null ? 'range' : lo.value !== null ? (lo.inclusive ? 'at_least' : 'more_than') : 'up_to';
  return {
    ...a,
    qualifier,
    point: a.point ?? b.point,
    lower: lo.value,
    lowerInclusive: lo.inclusive,
    upper: hi.value,
    upperInclusive: hi.inclusive,
    text: `${a.text}; ${b.text}`,
    mayBeZero,
    ...(a.period ?? b.period ? { period: a.period ?? b.period } : {}),
  };
}
