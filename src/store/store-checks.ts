/** Checks and normalisations every store applies before writing or filtering. */
import type { Interval } from '../core/amount.js';
import { isDecimalString } from '../core/decimal.js';
import { DataError, InputError } from '../core/errors.js';
import { dateEnd, isIsoDate, type IsoDate } from '../core/fuzzy-date.js';

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * An ISO timestamp in one canonical form (`2025-10-06T00:00:00.000Z`) so that timestamps
 * compare correctly as strings. NOTE: stored timestamps are compared with SQL string
 * comparison for as-of queries; mixed forms ("…Z" vs "….000Z" vs "+02:00") would sort wrongly.
 */
export function canonicalTimestamp(value: string, field: string): string {
  const ms = Date.parse(value);
  if (!/^\d{4}-\d{2}-\d{2}/.test(value) || Number.isNaN(ms)) {
    throw new InputError(
      `store: ${field} "${value}" is not an ISO timestamp; write it like 2025-10-06T12:00:00.000Z`,
      {
        field,
        value,
      },
    );
  }
  return new Date(ms).toISOString();
}

/** The instant an as-of filter means: a bare date is the end of that day (UTC). */
export function asOfInstant(value: string): string {
  if (DATE_ONLY.test(value)) {
    if (!isIsoDate(value))
      throw new InputError(`store: asOf "${value}" is not a real date`, { field: 'asOf', value });
    return `${value}T23:59:59.999Z`;
  }
  return canonicalTimestamp(value, 'asOf');
}

/**
 * The last day a `publishedBy` filter admits. Stored publication dates are prefixes
 * ("2025-10"); a prefix sorts before every day it covers, so `published_at <= cutoff` keeps
 * exactly the reports whose first possible day is on or before the cutoff.
 */
export function publishedByCutoff(value: IsoDate): string {
  if (!isIsoDate(value)) {
    throw new InputError(
      `store: publishedBy "${value}" is not a date; use YYYY, YYYY-MM or YYYY-MM-DD`,
      {
        field: 'publishedBy',
        value,
      },
    );
  }
  return dateEnd(value);
}

/** Refuse an amount whose bounds are not decimal strings (a float would lose money). */
export function checkInterval(i: Interval | null | undefined, where: string): void {
  if (!i) return;
  for (const key of ['point', 'lower', 'upper'] as const) {
    const v: unknown = i[key];
    if (v !== null && (typeof v !== 'string' || !isDecimalString(v))) {
      throw new DataError(
        `store: ${where}.${key} is ${JSON.stringify(v)}, not a decimal string such as "10000000000"`,
        {
          where,
          field: key,
          value: v,
        },
      );
    }
  }
}

/** A count or offset the caller passed: a non-negative integer. */
export function checkCount(value: number | undefined, field: string): number | undefined {
  if (value === undefined) return undefined;
  if (!Number.isInteger(value) || value < 0) {
    throw new InputError(`store: ${field} must be a non-negative integer, got ${value}`, {
      field,
      value,
    });
  }
  return value;
}
