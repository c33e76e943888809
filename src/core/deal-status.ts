/** The lifecycle of a deal, ordered by firmness, and how a claim's wording maps to it. */

export type DealStatus =
  | 'rumoured'
  | 'in_talks'
  | 'announced'
  | 'signed'
  | 'completed'
  | 'amended'
  | 'stalled'
  | 'cancelled'
  | 'denied';

export const DEAL_STATUSES: readonly DealStatus[] = [
  'rumoured', 'in_talks', 'announced', 'signed', 'completed', 'amended', 'stalled', 'cancelled', 'denied',
];

/**
 * Firmness rank for the forward lifecycle. Side states (stalled, cancelled, denied) rank
 * with the stage they interrupt only when a later report moves the deal there.
 */
export const STATUS_RANK: Readonly<Record<DealStatus, number>> = {
  denied: 0,
  cancelled: 0,
  rumoured: 1,
  stalled: 2,
  in_talks: 2,
  announced: 3,
  signed: 4,
  amended: 4,
  completed: 5,
};

/** Statuses a deal can leave only by a later report reopening it. */
export const TERMINAL_STATUSES: ReadonlySet<DealStatus> = new Set(['cancelled', 'denied']);

/** The map's default: announced or firmer. */
export const DEFAULT_STATUSES: readonly DealStatus[] = ['announced', 'signed', 'completed', 'amended'];

/** How a status is drawn: solid for signed/completed, dashed for announced, dotted for talks and rumours. */
export type StatusLine = 'solid' | 'dashed' | 'dotted';
export function statusLine(s: DealStatus): StatusLine {
  if (s === 'signed' || s === 'completed' || s === 'amended') return 'solid';
  if (s === 'announced') return 'dashed';
  return 'dotted';
}

export function isDealStatus(s: string): s is DealStatus {
  return (DEAL_STATUSES as readonly string[]).includes(s);
}

/** The weaker of two statuses (for a loop's weakest leg). */
export function weakerStatus(a: DealStatus, b: DealStatus): DealStatus {
  return STATUS_RANK[a] <= STATUS_RANK[b] ? a : b;
}
