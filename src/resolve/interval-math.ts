/** Interval arithmetic for amounts and quantities: intersection with inclusivity, closure, rounding slack, overlap. */
import { Decimal } from 'decimal.js';
import type { Interval } from '../core/amount.js';
import { type DecimalString, decimalCompare, decimalSub } from '../core/decimal.js';

/** The bounds of an interval without its phrase and qualifier. `null` = unbounded on that side. */
export interface Bounds {
  readonly lower: DecimalString | null;
  readonly lowerInclusive: boolean;
  readonly upper: DecimalString | null;
  readonly upperInclusive: boolean;
}

/** How strictly two reported intervals were made to agree. */
export type AgreementMode = 'strict' | 'closure' | 'rounding';
export const AGREEMENT_MODES: readonly AgreementMode[] = ['strict', 'closure', 'rounding'];

/** The bounds of an interval. */
export function boundsOf(i: Bounds): Bounds {
  return {
    lower: i.lower,
    lowerInclusive: i.lowerInclusive,
    upper: i.upper,
    upperInclusive: i.upperInclusive,
  };
}

/** True when an interval carries any number (a stated point or a bound). */
export function hasNumbers(i: Interval | null | undefined): i is Interval {
  return !!i && (i.point !== null || i.lower !== null || i.upper !== null);
}

/** True when no value satisfies the bounds. */
export function isEmptyBounds(b: Bounds): boolean {
  if (b.lower === null || b.upper === null) return false;
  const c = decimalCompare(b.lower, b.upper);
  return c > 0 || (c === 0 && !(b.lowerInclusive && b.upperInclusive));
}

/**
 * The values both intervals allow, honouring inclusivity; null when they share none.
 * @example intersectBounds((10e9, ∞), [9e9, 11e9]) // (10e9, 11e9]
 */
export function intersectBounds(a: Bounds, b: Bounds): Bounds | null {
  let lower = a.lower;
  let lowerInclusive = a.lowerInclusive;
  if (b.lower !== null) {
    const c = lower === null ? -1 : decimalCompare(lower, b.lower);
    if (c < 0) [lower, lowerInclusive] = [b.lower, b.lowerInclusive];
    else if (c === 0) lowerInclusive = lowerInclusive && b.lowerInclusive;
  }
  let upper = a.upper;
  let upperInclusive = a.upperInclusive;
  if (b.upper !== null) {
    const c = upper === null ? 1 : decimalCompare(upper, b.upper);
    if (c > 0) [upper, upperInclusive] = [b.upper, b.upperInclusive];
    else if (c === 0) upperInclusive = upperInclusive && b.upperInclusive;
  }
  const out = { lower, lowerInclusive, upper, upperInclusive };
  return isEmptyBounds(out) ? null : out;
}

/** The same bounds with every finite end made inclusive ("more than 500" touches "500"). */
export function closeBounds(b: Bounds): Bounds {
  return {
    lower: b.lower,
    lowerInclusive: b.lower !== null,
    upper: b.upper,
    upperInclusive: b.upper !== null,
  };
}

/**
 * Half a unit of the last digit a reporter plausibly rounded to, capped at two significant
 * digits: "500000000000" → 5e9, "38000000000" → 5e8, "27" → 0.5, "38250000000" → 5e6.
 */
export function roundingSlack(value: DecimalString): DecimalString {
  const d = new Decimal(value);
  if (d.isZero()) return '0';
  // NOTE: the place of the last significant digit, but never coarser than the second
  // significant digit, so "$10 billion" means 9.5–10.5 and not 5–15.
  const lastPlace = d.e - d.precision() + 1;
  const place = Math.min(lastPlace, d.e - 1);
  return new Decimal(10).pow(place).div(2).toFixed() as DecimalString;
}

/** Bounds widened by their rounding slack and closed; the lower end never drops below zero. */
export function widenForRounding(b: Bounds): Bounds {
  let lower: DecimalString | null = null;
  if (b.lower !== null) {
    const l = decimalSub(b.lower, roundingSlack(b.lower));
    lower = l.startsWith('-') ? '0' : l;
  }
  const upper =
    b.upper === null
      ? null
      : (new Decimal(b.upper).plus(roundingSlack(b.upper)).toFixed() as DecimalString);
  return { lower, lowerInclusive: lower !== null, upper, upperInclusive: upper !== null };
}

/** Bounds as a mode compares them: as stated, closed, or widened for rounding. */
export function boundsForMode(b: Bounds, mode: AgreementMode): Bounds {
  if (mode === 'strict') return boundsOf(b);
  return mode === 'closure' ? closeBounds(b) : widenForRounding(b);
}

/**
 * The loosest mode under which all intervals share a value, with that shared part; null when
 * they disagree even after allowing for rounding.
 */
export function agree(all: readonly Bounds[]): { bounds: Bounds; mode: AgreementMode } | null {
  for (const mode of AGREEMENT_MODES) {
    let acc: Bounds | null = {
      lower: null,
      lowerInclusive: false,
      upper: null,
      upperInclusive: false,
    };
    for (const b of all) {
      acc = intersectBounds(acc, boundsForMode(b, mode));
      if (acc === null) break;
    }
    if (acc !== null) return { bounds: acc, mode };
  }
  return null;
}

function width(b: Bounds): Decimal | null {
  if (b.upper === null) return null;
  return new Decimal(b.upper).minus(b.lower ?? '0');
}

/**
 * How much two intervals overlap, 0..1: the shared width over the narrower interval's width
 * (1 when one lies inside the other or both are open-ended and meet; 0 when they are disjoint).
 */
export function overlapRatio(a: Bounds, b: Bounds): number {
  const shared = intersectBounds(a, b);
  if (shared === null) return 0;
  const wa = width(a);
  const wb = width(b);
  const narrow = wa === null ? wb : wb === null ? wa : Decimal.min(wa, wb);
  if (narrow === null || narrow.isZero()) return 1;
  const ws = width(shared) ?? narrow;
  return Math.min(1, ws.div(narrow).toNumber());
}

/** True when two bounds are the same interval. */
export function sameBounds(a: Bounds, b: Bounds): boolean {
  const eq = (x: DecimalString | null, y: DecimalString | null) =>
    x === null || y === null ? x === y : decimalCompare(x, y) === 0;
  return (
    eq(a.lower, b.lower) &&
    eq(a.upper, b.upper) &&
    (a.lower === null || a.lowerInclusive === b.lowerInclusive) &&
    (a.upper === null || a.upperInclusive === b.upperInclusive)
  );
}
