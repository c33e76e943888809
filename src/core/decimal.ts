/** Exact decimal strings for money: parsing, comparison and arithmetic without binary floats. */
import { Decimal } from 'decimal.js';
import { fastAdd, fastCompare, fastMul } from './decimal-fast.js';

/** A decimal number as a canonical string in currency units, e.g. "10000000000" or "1.5". */
export type DecimalString = string & { readonly __decimal?: never };

const CANONICAL = /^-?(0|[1-9]\d*)(\.\d*[1-9])?$/;

/** True when `s` is a canonical decimal string ("10", "1.25"; not "01", "1.0", "1e9"). */
export function isDecimalString(s: string): s is DecimalString {
  return CANONICAL.test(s);
}

/** Canonicalise anything decimal.js can read ("1e9", "1.50", 12) into a decimal string. */
export function toDecimal(value: string | number | bigint | Decimal): DecimalString {
  if (typeof value === 'number' && Number.isSafeInteger(value) && !Object.is(value, -0)) return String(value) as DecimalString;
  const d = new Decimal(typeof value === 'bigint' ? value.toString() : value);
  if (!d.isFinite()) throw new RangeError(`not a finite decimal: ${String(value)}`);
  return d.toFixed() as DecimalString;
}

// NOTE: compare, add and multiply try bigint arithmetic on plain decimals first (same answers,
// far cheaper than a Decimal per call) and fall back to decimal.js for anything else.
export function decimalCompare(a: DecimalString, b: DecimalString): -1 | 0 | 1 {
  return fastCompare(a, b) ?? (new Decimal(a).comparedTo(b) as -1 | 0 | 1);
}

export function decimalAdd(a: DecimalString, b: DecimalString): DecimalString {
  return (fastAdd(a, b) ?? new Decimal(a).plus(b).toFixed()) as DecimalString;
}

export function decimalSub(a: DecimalString, b: DecimalString): DecimalString {
  return new Decimal(a).minus(b).toFixed() as DecimalString;
}

export function decimalMul(a: DecimalString, b: DecimalString | number): DecimalString {
  return (fastMul(a, b) ?? new Decimal(a).times(b).toFixed()) as DecimalString;
}

export function decimalMin(a: DecimalString, b: DecimalString): DecimalString {
  return decimalCompare(a, b) <= 0 ? a : b;
}

export function decimalMax(a: DecimalString, b: DecimalString): DecimalString {
  return decimalCompare(a, b) >= 0 ? a : b;
}

/** Whole currency units, rounded half-up; for integer algorithms (clearing, cycles). */
export function decimalToBigInt(a: DecimalString): bigint {
  return BigInt(new Decimal(a).toDecimalPlaces(0, Decimal.ROUND_HALF_UP).toFixed());
}

/**
 * A JSON number for output. Amounts up to 2^53 currency units (9 quadrillion) are exact.
 * @example decimalToNumber('10000000000') // 10000000000
 */
export function decimalToNumber(a: DecimalString): number {
  return Number(a);
}
