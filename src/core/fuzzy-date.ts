/** Dates at the precision they were reported: "2025", "2025-10", "2025-10-06". */

/** ISO 8601 prefix: a year, a month or a day. */
export type IsoDate = string & { readonly __isoDate?: never };

const ISO_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

export type DatePrecision = 'day' | 'month' | 'quarter' | 'half' | 'year' | 'unknown';

/** An event-time date with its uncertainty, resolved to an inclusive window. */
export interface FuzzyDate {
  readonly text?: string;
  readonly earliest?: IsoDate;
  readonly latest?: IsoDate;
  readonly precision: DatePrecision;
  readonly approximate?: boolean;
  /** A forecast ("expected to close in Q1"). */
  readonly expected?: boolean;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** True for a real calendar date prefix: "2025-02-30" is false, "2025-02" is true. */
export function isIsoDate(s: string): s is IsoDate {
  const m = ISO_DATE.exec(s);
  if (!m) return false;
  const year = Number(m[1]);
  if (m[2] === undefined) return year >= 1800 && year <= 2200;
  const month = Number(m[2]);
  if (month < 1 || month > 12) return false;
  if (m[3] === undefined) return true;
  const day = Number(m[3]);
  return day >= 1 && day <= daysInMonth(year, month);
}

export function datePrecision(d: IsoDate): 'year' | 'month' | 'day' {
  return d.length === 4 ? 'year' : d.length === 7 ? 'month' : 'day';
}

/** First day covered by a prefix date: "2025-10" → "2025-10-01". */
export function dateStart(d: IsoDate): IsoDate {
  if (d.length === 4) return `${d}-01-01`;
  if (d.length === 7) return `${d}-01`;
  return d;
}

/** Last day covered by a prefix date: "2025-02" → "2025-02-28". */
export function dateEnd(d: IsoDate): IsoDate {
  if (d.length === 4) return `${d}-12-31`;
  if (d.length === 7) {
    const [y, m] = d.split('-').map(Number) as [number, number];
    return `${d}-${String(daysInMonth(y, m)).padStart(2, '0')}`;
  }
  return d;
}

/** A FuzzyDate covering exactly the period a prefix date names. */
export function fuzzyFromIso(d: IsoDate, text?: string): FuzzyDate {
  return { precision: datePrecision(d), earliest: dateStart(d), latest: dateEnd(d), ...(text ? { text } : {}) };
}

/** Today's date in UTC as YYYY-MM-DD. */
export function todayIso(now: Date = new Date()): IsoDate {
  return now.toISOString().slice(0, 10);
}
