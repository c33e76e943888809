/** Which deal each claim belongs to, read from the judgements in force at a moment of system time. */
import type { Judgement } from '../core/deal.js';
import type { ClaimId, DealId } from '../core/ids.js';

/** A timestamp bound: judgements created after it, or deleted by it, are not in force. */
export interface JudgementClock {
  /** ISO timestamp or YYYY-MM-DD (meaning the end of that day, UTC); absent = now. */
  readonly knownAt?: string;
}

/** The end of a day for a bare date, else the timestamp itself, for string comparison with ISO timestamps. */
export function endOfMoment(t: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(t) ? `${t}T23:59:59.999Z` : t;
}

/** Judgements in force at `knownAt`: created by then and not deleted by then. */
export function judgementsInForce(
  judgements: readonly Judgement[],
  clock: JudgementClock = {},
): Judgement[] {
  if (clock.knownAt === undefined) return judgements.filter((j) => j.deletedAt === null);
  const at = endOfMoment(clock.knownAt);
  return judgements.filter((j) => j.createdAt <= at && (j.deletedAt === null || j.deletedAt > at));
}

function compareJudgements(a: Judgement, b: Judgement): number {
  if (a.createdAt !== b.createdAt) return a.createdAt < b.createdAt ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** The latest judgement in force for each (claim, deal) pair: later judgements overrule earlier ones. */
export function latestJudgements(judgements: readonly Judgement[]): Map<string, Judgement> {
  const latest = new Map<string, Judgement>();
  for (const j of [...judgements].sort(compareJudgements))
    latest.set(`${j.claimId}\u0000${j.dealId}`, j);
  return latest;
}

/** What the judgements say about one claim. */
export interface ClaimStanding {
  /** The deal it belongs to: the latest positive pair, if any. */
  readonly dealId: DealId | null;
  /** The judgement that put it there. */
  readonly judgement: Judgement | null;
  /** Deals suggested but not confirmed (latest pair judgement `unsure`). */
  readonly unsure: readonly DealId[];
  /** Deals it was judged not to belong to. */
  readonly rejected: readonly DealId[];
}

/**
 * The standing of every judged claim. A claim belongs to at most one deal: when several pairs
 * are positive (a move without deleting the old judgement), the most recent one wins.
 */
export function claimStandings(
  judgements: readonly Judgement[],
  clock: JudgementClock = {},
): Map<ClaimId, ClaimStanding> {
  const latest = [...latestJudgements(judgementsInForce(judgements, clock)).values()].sort(
    compareJudgements,
  );
  const out = new Map<
    ClaimId,
    { dealId: DealId | null; judgement: Judgement | null; unsure: DealId[]; rejected: DealId[] }
  >();
  for (const j of latest) {
    const s = out.get(j.claimId) ?? { dealId: null, judgement: null, unsure: [], rejected: [] };
    if (j.judgement === 'positive') {
      s.dealId = j.dealId;
      s.judgement = j;
    } else if (j.judgement === 'unsure') s.unsure.push(j.dealId);
    else s.rejected.push(j.dealId);
    out.set(j.claimId, s);
  }
  return out;
}
