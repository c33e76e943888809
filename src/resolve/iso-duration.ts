/** ISO 8601 durations of deal terms ("P7Y", "P18M") added to calendar dates. */
import type { IsoDate } from '../core/fuzzy-date.js';

const DURATION = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)D)?$/;

/**
 * The day a term of `duration` starting on `start` (a YYYY-MM-DD day) ends, or null when the
 * duration is not a plain years/months/days duration. The anniversary clamps to the month's
 * end (2025-01-31 + P1M → 2025-02-28) and the term ends the day before it.
 * @example addDuration('2025-11-03', 'P7Y') // '2032-11-02'
 */
export function addDuration(start: IsoDate, duration: string): IsoDate | null {
  const m = DURATION.exec(duration);
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(start);
  if (!m || !d || duration === 'P') return null;
  const [years, months, days] = [m[1], m[2], m[3]].map((x) => Number(x ?? 0)) as [
    number,
    number,
    number,
  ];
  const y = Number(d[1]) + years;
  const monthIndex = Number(d[2]) - 1 + months;
  const lastDay = new Date(Date.UTC(y, monthIndex + 1, 0)).getUTCDate();
  const date = new Date(Date.UTC(y, monthIndex, Math.min(Number(d[3]), lastDay) + days));
  // NOTE: a term of seven years starting on day X ends the day before X seven years on.
  date.setUTCDate(date.getUTCDate() - 1);
  return date.toISOString().slice(0, 10);
}
