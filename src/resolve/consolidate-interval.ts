/** Consolidate one interval field (an amount, a stake, a capacity) from several reports into a value and its conflicts. */
import type { Amount, AmountQualifier, Interval, Quantity } from '../core/amount.js';
import type { Conflict } from '../core/deal.js';
import type { ClaimId } from '../core/ids.js';
import {
  type AgreementMode,
  type Bounds,
  agree,
  boundsOf,
  hasNumbers,
  sameBounds,
} from './interval-math.js';
import { type Support, compareGroupSupport, comparePreference, sortedIds } from './support-rank.js';

/** One report of an interval field. */
export interface IntervalReport<T extends Interval> extends Support {
  readonly value: T;
}

/** Reports that agree on one value, with the shared bounds and how loosely they agree. */
export interface IntervalGroup<T extends Interval> {
  readonly members: readonly IntervalReport<T>[];
  readonly bounds: Bounds;
  readonly mode: AgreementMode;
}

/** The consolidated value of a field, the claims behind it, and a conflict when reports disagree. */
export interface FieldConsensus<T> {
  readonly value: T | null;
  readonly claimIds: readonly ClaimId[];
  readonly conflict: Conflict | null;
}

/**
 * Partition reports into groups that agree (`agree`: exactly, touching at a bound, or within
 * rounding), independent reports first, each in preference order; a report joins the first
 * group it agrees with and whose `keyOf` (currency and basis, or unit) matches. Groups come
 * back best supported first.
 */
export function groupIntervals<T extends Interval>(
  reports: readonly IntervalReport<T>[],
  keyOf: (v: T) => string,
): IntervalGroup<T>[] {
  const ordered = reports
    .filter((r) => hasNumbers(r.value))
    .sort((a, b) =>
      a.independent !== b.independent ? (a.independent ? -1 : 1) : comparePreference(a, b),
    );
  const groups: {
    key: string;
    members: IntervalReport<T>[];
    bounds: Bounds;
    mode: AgreementMode;
  }[] = [];
  for (const r of ordered) {
    const key = keyOf(r.value);
    let placed = false;
    for (const g of groups) {
      if (g.key !== key) continue;
      const a = agree([...g.members, r].map((m) => boundsOf(m.value)));
      if (a) {
        g.members.push(r);
        g.bounds = a.bounds;
        g.mode = a.mode;
        placed = true;
        break;
      }
    }
    if (!placed) groups.push({ key, members: [r], bounds: boundsOf(r.value), mode: 'strict' });
  }
  for (const g of groups) g.members.sort(comparePreference);
  return groups.sort((a, b) => compareGroupSupport(a.members, b.members));
}

function deriveQualifier(b: Bounds): AmountQualifier {
  if (b.lower !== null && b.upper !== null) return b.lower === b.upper ? 'exact' : 'range';
  if (b.lower !== null) return b.lowerInclusive ? 'at_least' : 'more_than';
  if (b.upper !== null) return b.upperInclusive ? 'up_to' : 'less_than';
  return 'undisclosed';
}

/** The interval part shared by amounts and quantities, built from a group. */
function groupInterval<T extends Interval>(g: IntervalGroup<T>): Interval {
  const counts = new Map<string, number>();
  for (const m of g.members)
    if (m.value.point !== null) counts.set(m.value.point, (counts.get(m.value.point) ?? 0) + 1);
  let point: string | null = null;
  for (const m of g.members) {
    const p = m.value.point;
    if (p !== null && (point === null || counts.get(p)! > counts.get(point)!)) point = p;
  }
  const same = g.members.find((m) => sameBounds(boundsOf(m.value), g.bounds));
  const texts = [...new Set(g.members.map((m) => m.value.text))];
  return {
    ...g.bounds,
    point,
    qualifier: same ? same.value.qualifier : deriveQualifier(g.bounds),
    text: texts.join('; '),
  };
}

/** An amount from a group: bounds intersected, may-be-zero OR-ed, every phrase kept. */
export function groupAmount(g: IntervalGroup<Amount>): Amount {
  const first = g.members[0]!.value;
  const contingentOn = g.members.find((m) => m.value.contingentOn)?.value.contingentOn;
  const period = g.members.find((m) => m.value.period)?.value.period;
  return {
    ...groupInterval(g),
    currency: first.currency,
    basis: first.basis,
    mayBeZero: g.members.some((m) => m.value.mayBeZero),
    ...(period ? { period } : {}),
    ...(contingentOn ? { contingentOn } : {}),
  };
}

/** A quantity from a group. */
export function groupQuantity(g: IntervalGroup<Quantity>): Quantity {
  return { ...groupInterval(g), unit: g.members[0]!.value.unit };
}

/**
 * Consolidate an interval field. With no numbers reported, the best-supported phrase ("not
 * disclosed") stands; with several disagreeing groups, the best supported is the value and
 * every group is kept in the conflict.
 */
export function consolidateInterval<T extends Interval>(
  field: string,
  reports: readonly IntervalReport<T>[],
  keyOf: (v: T) => string,
  build: (g: IntervalGroup<T>) => T,
): FieldConsensus<T> {
  const groups = groupIntervals(reports, keyOf);
  if (groups.length === 0) {
    const [best] = [...reports].sort(comparePreference);
    return { value: best ? best.value : null, claimIds: sortedIds(reports), conflict: null };
  }
  const values = groups.map((g, i) => ({
    value: build(g),
    claimIds: sortedIds(g.members),
    preferred: i === 0,
  }));
  const preferred = values[0]!;
  return {
    value: preferred.value,
    claimIds: preferred.claimIds,
    conflict: values.length > 1 ? { field, values } : null,
  };
}

/** Compatibility key of an amount: values in other currencies or on another basis never intersect. */
export const amountKey = (a: Amount): string => `${a.currency}/${a.basis}`;
/** Compatibility key of a quantity. */
export const quantityKey = (q: Quantity): string => q.unit;
