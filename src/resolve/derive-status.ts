/** A deal's status from its claims in event-time order, so a late report of an earlier stage never moves it back. */
import type { Claim } from '../core/claim.js';
import type { StatusEvent } from '../core/deal.js';
import { type DealStatus, STATUS_RANK } from '../core/deal-status.js';
import { type IsoDate, dateStart } from '../core/fuzzy-date.js';
import type { ClaimId } from '../core/ids.js';

/** The lifecycle stages that only move forward. */
const FORWARD: ReadonlySet<DealStatus> = new Set([
  'rumoured',
  'in_talks',
  'announced',
  'signed',
  'completed',
]);
/** Side states that interrupt the lifecycle until a stronger or explicitly later report reopens it. */
const INTERRUPTS: ReadonlySet<DealStatus> = new Set(['stalled', 'cancelled', 'denied']);
/** Same-day order: forward stages by firmness, then amendments, then interruptions. */
const SAME_DAY_ORDER: Readonly<Record<DealStatus, number>> = {
  rumoured: 0,
  in_talks: 1,
  announced: 2,
  signed: 3,
  completed: 4,
  amended: 5,
  stalled: 6,
  denied: 7,
  cancelled: 8,
};

/** One claim's status placed in time. */
export interface StatusReport {
  readonly claimId: ClaimId;
  readonly status: DealStatus;
  /** When it became true: the claim's own event date for that stage, else its report date. */
  readonly date: IsoDate | null;
  /** True when `date` is an event date the claim gives, not its report date. */
  readonly dated: boolean;
}

/** The event date a claim gives for the stage it reports; forecasts ("expected to close") do not count. */
export function statusReport(claim: Claim): StatusReport {
  const field =
    claim.status === 'announced'
      ? claim.dates.announced
      : claim.status === 'signed'
        ? (claim.dates.signed ?? claim.dates.announced)
        : claim.status === 'completed'
          ? claim.dates.completed
          : undefined;
  const eventDate = field && !field.expected ? (field.earliest ?? field.latest ?? null) : null;
  return {
    claimId: claim.id,
    status: claim.status,
    date: eventDate ?? claim.publishedAt,
    dated: eventDate !== null && eventDate !== undefined,
  };
}

function compareReports(a: StatusReport, b: StatusReport): number {
  const da = a.date === null ? '9999-99-99' : dateStart(a.date);
  const db = b.date === null ? '9999-99-99' : dateStart(b.date);
  if (da !== db) return da < db ? -1 : 1;
  const o = SAME_DAY_ORDER[a.status] - SAME_DAY_ORDER[b.status];
  if (o !== 0) return o;
  return a.claimId < b.claimId ? -1 : a.claimId > b.claimId ? 1 : 0;
}

/**
 * Replay status reports in event-time order.
 * - Forward stages (rumoured → in talks → announced → signed → completed) only ever raise
 *   the status: a stale "in talks" after "signed" changes nothing.
 * - `amended` applies to a live deal and stays until a first completion.
 * - `stalled` applies before signing, `denied` before announcement, `cancelled` always.
 * - An interrupted deal reopens on a forward stage firmer than any reached before, or on one
 *   as firm that carries its own event date (a dated "talks resumed"), never on a stale report.
 */
export function deriveStatus(reports: readonly StatusReport[]): {
  status: DealStatus;
  history: StatusEvent[];
} {
  const ordered = [...reports].sort(compareReports);
  let current: DealStatus | null = null;
  let peak = 0;
  for (const r of ordered) {
    const s = r.status;
    const rank = STATUS_RANK[s];
    const interrupted = current !== null && INTERRUPTS.has(current);
    if (FORWARD.has(s)) {
      if (interrupted) {
        if (rank > peak || (rank >= peak && r.dated)) current = s;
      } else if (current === 'amended') {
        if (s === 'completed' && peak < STATUS_RANK.completed) current = s;
      } else if (current === null || rank > STATUS_RANK[current]) {
        current = s;
      }
      if (current === s) peak = Math.max(peak, rank);
    } else if (s === 'amended') {
      if (!interrupted) {
        current = s;
        peak = Math.max(peak, rank);
      }
    } else if (s === 'cancelled') {
      current = s;
    } else if (s === 'stalled') {
      if (!interrupted && peak <= STATUS_RANK.announced) current = s;
    } else if (s === 'denied') {
      if (peak <= STATUS_RANK.in_talks && current !== 'cancelled') current = s;
    }
  }

  const history: StatusEvent[] = [];
  for (const r of ordered) {
    const last = history[history.length - 1];
    if (last && last.status === r.status && last.date === r.date) {
      history[history.length - 1] = { ...last, claimIds: [...last.claimIds, r.claimId] };
    } else {
      history.push({ status: r.status, date: r.date, claimIds: [r.claimId] });
    }
  }
  return { status: current ?? 'rumoured', history };
}
