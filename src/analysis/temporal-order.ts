/** Temporal loops: can a loop's legs be taken in date order, all within a window of days? */
import { dateStart, type IsoDate } from '../core/fuzzy-date.js';
import type { GraphEdge } from './graph-view.js';

export interface TemporalOptions {
  /** The whole loop must fit in this many days, from its first leg's date to its last. */
  readonly windowDays: number;
  /** Require strictly later dates hop after hop; by default a same-day leg may follow (dates are coarse). */
  readonly strict?: boolean;
}

/** Days since 1970-01-01 of the first day a date covers. */
export function dayNumber(d: IsoDate): number {
  const [y, m, day] = dateStart(d).split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, day) / 86_400_000;
}

/**
 * True when some rotation of the loop and some choice of one leg per hop has non-decreasing
 * (or, with `strict`, increasing) dates spanning at most `windowDays`. A leg's date is its start,
 * else its report date; undated legs cannot be placed. For each starting leg the earliest
 * feasible leg of every next hop is the best choice, so the check is exact.
 */
export function temporallyOrdered(hops: readonly (readonly GraphEdge[])[], options: TemporalOptions): boolean {
  const L = hops.length;
  const days = hops.map((legs) => {
    const ds: number[] = [];
    for (const e of legs) {
      const d = e.start ?? e.reportedAt;
      if (d) ds.push(dayNumber(d));
    }
    return ds.sort((a, b) => a - b);
  });
  if (days.some((ds) => ds.length === 0)) return false;
  const strict = options.strict ?? false;
  for (let r = 0; r < L; r++) {
    for (const t0 of days[r]!) {
      let cur = t0;
      let ok = true;
      for (let i = 1; i < L && ok; i++) {
        const next = firstAtLeast(days[(r + i) % L]!, strict ? cur + 1 : cur);
        if (next === null || next - t0 > options.windowDays) ok = false;
        else cur = next;
      }
      if (ok) return true;
    }
  }
  return false;
}

function firstAtLeast(sorted: readonly number[], x: number): number | null {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo < sorted.length ? sorted[lo]! : null;
}
