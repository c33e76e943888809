/** What changed between two views of the deals: added, changed field by field, and ended. */
import type { Deal } from '../core/deal.js';
import type { DealStatus } from '../core/deal-status.js';
import type { DealId } from '../core/ids.js';

/** One field that differs. */
export interface FieldChange {
  readonly field: string;
  readonly before: unknown;
  readonly after: unknown;
}

/** A deal present in both views whose fields differ. */
export interface DealChange {
  readonly id: DealId;
  readonly fields: readonly FieldChange[];
}

/** A deal that is no longer live: gone from the later view, or now cancelled or denied. */
export interface DealEnd {
  readonly id: DealId;
  readonly reason: 'removed' | 'cancelled' | 'denied';
  readonly before: Deal;
  readonly after: Deal | null;
  /** Field changes when it is still present (at least the status). */
  readonly fields: readonly FieldChange[];
}

export interface DealDiff {
  readonly added: readonly Deal[];
  readonly changed: readonly DealChange[];
  readonly ended: readonly DealEnd[];
}

const ENDED: ReadonlySet<DealStatus> = new Set(['cancelled', 'denied']);

/**
 * The fields compared, in output order. Sources and claims are compared by their ids and
 * independence, conflicts by field; presentation-only parts (legs repeat amount, status and dates) are left out.
 */
const FIELDS: readonly [string, (d: Deal) => unknown][] = [
  ['title', (d) => d.title],
  ['type', (d) => d.type],
  ['from', (d) => d.from.id ?? d.from.name],
  ['to', (d) => d.to.id ?? d.to.name],
  ['amount', (d) => d.amount],
  ['status', (d) => d.status],
  ['dates.announced', (d) => d.dates.announced ?? null],
  ['dates.signed', (d) => d.dates.signed ?? null],
  ['dates.completed', (d) => d.dates.completed ?? null],
  ['dates.start', (d) => d.dates.start ?? null],
  ['dates.end', (d) => d.dates.end ?? null],
  ['terms.valuation', (d) => d.terms.valuation ?? null],
  ['terms.stakePercent', (d) => d.terms.stakePercent ?? null],
  ['terms.capacity', (d) => d.terms.capacity ?? null],
  ['terms.shares', (d) => d.terms.shares ?? null],
  ['terms.duration', (d) => d.terms.duration ?? null],
  ['terms.names', (d) => d.terms.names ?? null],
  ['relations', (d) => d.relations],
  ['claimIds', (d) => d.claimIds],
  ['independentSources', (d) => d.sources.filter((s) => s.independent).length],
  ['conflicts', (d) => d.conflicts.map((c) => c.field)],
  ['reviewed', (d) => d.reviewed],
];

/** JSON with object keys sorted, so equal values compare equal whatever their key order. */
function canonical(v: unknown): string {
  return JSON.stringify(v, (_k, x: unknown) =>
    x && typeof x === 'object' && !Array.isArray(x)
      ? Object.fromEntries(
          Object.entries(x as Record<string, unknown>).sort(([a], [b]) =>
            a < b ? -1 : a > b ? 1 : 0,
          ),
        )
      : x,
  );
}

/** The fields in which two versions of a deal differ. */
export function dealFieldChanges(before: Deal, after: Deal): FieldChange[] {
  const out: FieldChange[] = [];
  for (const [field, get] of FIELDS) {
    const b = get(before);
    const a = get(after);
    if (canonical(b) !== canonical(a)) out.push({ field, before: b, after: a });
  }
  return out;
}

/**
 * Compare two views of the deals (e.g. `consolidateAll` as of two dates). Each deal lands in
 * at most one list: `ended` (removed, or moved into cancelled/denied), `added`, or `changed`.
 * Lists are sorted by deal id.
 */
export function diffDeals(before: readonly Deal[], after: readonly Deal[]): DealDiff {
  const prev = new Map(before.map((d) => [d.id, d]));
  const next = new Map(after.map((d) => [d.id, d]));
  const added: Deal[] = [];
  const changed: DealChange[] = [];
  const ended: DealEnd[] = [];
  for (const d of after) if (!prev.has(d.id)) added.push(d);
  for (const b of before) {
    const a = next.get(b.id);
    if (!a) {
      ended.push({ id: b.id, reason: 'removed', before: b, after: null, fields: [] });
      continue;
    }
    const fields = dealFieldChanges(b, a);
    if (fields.length === 0) continue;
    if (ENDED.has(a.status) && !ENDED.has(b.status)) {
      ended.push({
        id: b.id,
        reason: a.status === 'cancelled' ? 'cancelled' : 'denied',
        before: b,
        after: a,
        fields,
      });
    } else changed.push({ id: b.id, fields });
  }
  const byId = <T extends { id: DealId }>(x: T, y: T) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0);
  return { added: added.sort(byId), changed: changed.sort(byId), ended: ended.sort(byId) };
}
