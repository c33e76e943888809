/** Consolidate event dates by intersecting the reported windows; disjoint windows become a conflict. */
import type { DealDates } from '../core/claim.js';
import type { Conflict } from '../core/deal.js';
import {
  type DatePrecision,
  type FuzzyDate,
  type IsoDate,
  dateEnd,
  dateStart,
} from '../core/fuzzy-date.js';
import type { ClaimId } from '../core/ids.js';
import { type Support, compareGroupSupport, comparePreference, sortedIds } from './support-rank.js';

export const DATE_FIELDS = ['announced', 'signed', 'completed', 'start', 'end'] as const;
export type DateField = (typeof DATE_FIELDS)[number];

interface Window {
  readonly from: IsoDate;
  readonly to: IsoDate;
}

/** The inclusive day window a fuzzy date covers; null when it gives no date at all. */
export function dateWindow(d: FuzzyDate): Window | null {
  const lo = d.earliest ?? d.latest;
  const hi = d.latest ?? d.earliest;
  if (!lo || !hi) return null;
  return { from: dateStart(lo), to: dateEnd(hi) };
}

function intersect(a: Window, b: Window): Window | null {
  const from = a.from > b.from ? a.from : b.from;
  const to = a.to < b.to ? a.to : b.to;
  return from <= to ? { from, to } : null;
}

function precisionOf(w: Window): DatePrecision {
  if (w.from === w.to) return 'day';
  if (
    w.from.slice(0, 7) === w.to.slice(0, 7) &&
    w.from === dateStart(w.from.slice(0, 7)) &&
    w.to === dateEnd(w.to.slice(0, 7))
  )
    return 'month';
  if (
    w.from.slice(0, 4) === w.to.slice(0, 4) &&
    w.from === dateStart(w.from.slice(0, 4)) &&
    w.to === dateEnd(w.to.slice(0, 4))
  )
    return 'year';
  return 'unknown';
}

/** The shortest ISO prefix naming a window exactly ("2025-11" for all of November), else the day. */
function compact(d: IsoDate, p: DatePrecision): IsoDate {
  if (p === 'month') return d.slice(0, 7);
  if (p === 'year') return d.slice(0, 4);
  return d;
}

interface DateGroup {
  members: (Support & { date: FuzzyDate })[];
  window: Window;
}

function groupDate(g: DateGroup): FuzzyDate {
  const same = g.members.find((m) => {
    const w = dateWindow(m.date);
    return w !== null && w.from === g.window.from && w.to === g.window.to;
  });
  if (same) return same.date;
  const precision = precisionOf(g.window);
  const texts = [...new Set(g.members.map((m) => m.date.text).filter((t): t is string => !!t))];
  return {
    earliest: compact(g.window.from, precision),
    latest: compact(g.window.to, precision),
    precision,
    ...(texts.length ? { text: texts.join('; ') } : {}),
    ...(g.members.every((m) => m.date.approximate) ? { approximate: true } : {}),
    ...(g.members.every((m) => m.date.expected) ? { expected: true } : {}),
  };
}

/**
 * Consolidate each event date across claims: windows that overlap are intersected; a report
 * whose window misses the others starts a second value, and the best-supported value wins.
 */
export function consolidateDates(supports: readonly Support[]): {
  dates: DealDates;
  provenance: Record<string, ClaimId[]>;
  conflicts: Conflict[];
} {
  const dates: Partial<Record<DateField, FuzzyDate>> = {};
  const provenance: Record<string, ClaimId[]> = {};
  const conflicts: Conflict[] = [];
  for (const field of DATE_FIELDS) {
    const reports = supports
      .flatMap((s) => {
        const date = s.claim.dates[field];
        return date ? [{ ...s, date }] : [];
      })
      .sort((a, b) =>
        a.independent !== b.independent ? (a.independent ? -1 : 1) : comparePreference(a, b),
      );
    if (reports.length === 0) continue;
    const groups: DateGroup[] = [];
    const undated: typeof reports = [];
    for (const r of reports) {
      const w = dateWindow(r.date);
      if (!w) {
        undated.push(r);
        continue;
      }
      const g = groups.find((x) => intersect(x.window, w) !== null);
      if (g) {
        g.members.push(r);
        g.window = intersect(g.window, w)!;
      } else groups.push({ members: [r], window: w });
    }
    groups.sort((a, b) => compareGroupSupport(a.members, b.members));
    const key = `dates.${field}`;
    const best = groups[0];
    if (!best) {
      dates[field] = undated[0]!.date;
      provenance[key] = sortedIds(undated);
      continue;
    }
    dates[field] = groupDate(best);
    provenance[key] = sortedIds(best.members);
    if (groups.length > 1) {
      conflicts.push({
        field: key,
        values: groups.map((g, i) => ({
          value: groupDate(g),
          claimIds: sortedIds(g.members),
          preferred: i === 0,
        })),
      });
    }
  }
  return { dates, provenance, conflicts };
}
