/** Publication dates as pages and feeds write them (ISO 8601, RFC 822, "Sept. 22, 2025") to an IsoDate. */
import { isIsoDate, type IsoDate } from '../core/fuzzy-date.js';

const MONTHS: Readonly<Record<string, number>> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};

function iso(year: number, month: number, day?: number): IsoDate | null {
  const s = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}${day === undefined ? '' : `-${String(day).padStart(2, '0')}`}`;
  return isIsoDate(s) ? s : null;
}

function monthNumber(name: string): number | undefined {
  return MONTHS[name.slice(0, 3).toLowerCase()];
}

function fullYear(y: string): number {
  const n = Number(y);
  return y.length === 2 ? 2000 + n : n;
}

/**
 * The calendar date a publisher wrote, at day precision when given (month precision for
 * "2025-09"). Timestamps keep the publisher's own date rather than converting to UTC:
 * "2025-09-22T23:30:00-04:00" is 2025-09-22. Null when nothing date-like is found.
 * @example parsePublishedDate('Mon, 22 Sep 2025 10:00:00 GMT') // '2025-09-22'
 */
export function parsePublishedDate(value: string | null | undefined): IsoDate | null {
  if (!value) return null;
  const s = value.trim();
  let m = /^(\d{4})-(\d{2})(?:-(\d{2}))?(?![\d-])/.exec(s);
  if (m) return iso(Number(m[1]), Number(m[2]), m[3] === undefined ? undefined : Number(m[3]));
  m = /^(\d{4})(\d{2})(\d{2})(?!\d)/.exec(s);
  if (m) return iso(Number(m[1]), Number(m[2]), Number(m[3]));
  // RFC 822 / 2822 (RSS pubDate): "Mon, 22 Sep 2025 10:00:00 GMT", also "22 September 2025".
  m = /\b(\d{1,2})[\s-]+([A-Za-z]{3,9})\.?[\s-]+(\d{4}|\d{2})\b/.exec(s);
  const dm = m?.[2] ? monthNumber(m[2]) : undefined;
  if (m && dm) return iso(fullYear(m[3] ?? ''), dm, Number(m[1]));
  // "September 22, 2025" and "Sept. 22 2025".
  m = /\b([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/.exec(s);
  const md = m?.[1] ? monthNumber(m[1]) : undefined;
  if (m && md) return iso(Number(m[3]), md, Number(m[2]));
  // NOTE: V8's Date.parse accepts almost anything ("1" is 2001), so only trust it with a year in sight.
  if (!/\b\d{4}\b/.test(s)) return null;
  const t = Date.parse(s);
  return Number.isFinite(t) ? (new Date(t).toISOString().slice(0, 10) as IsoDate) : null;
}
