/** Which members stand for a large stored deal when new claims are scored against it: a bounded, stable choice. */
import type { Claim } from '../core/claim.js';
import { dateStart } from '../core/fuzzy-date.js';
import type { ClaimId, DocumentId } from '../core/ids.js';
import { FIRM_STATUSES, claimRelation } from './relation-cue.js';

/** Default for `ResolveOptions.maxMembers`: how many members (at least) represent a stored deal. */
export const DEFAULT_MAX_MEMBERS = 16;

/**
 * What the choice needs to know of a claim. Small on purpose: the ingest index keeps one per
 * stored member instead of the claim itself.
 */
export interface MemberDigest {
  readonly id: ClaimId;
  readonly documentId: DocumentId;
  /** Report day (days since the epoch), null when the claim has no publication date. */
  readonly day: number | null;
  /** Everything the resolver's hard rules read of one side of a pair: type, change cue, firm status. */
  readonly signature: string;
}

// NOTE: a few dozen signatures exist (type × change × firm); one string each, not one per claim.
const SIGNATURES = new Map<string, string>();

/** The digest of one claim. */
export function memberDigest(c: Claim): MemberDigest {
  const change = claimRelation(c) ? 'change' : '';
  const firm = FIRM_STATUSES.has(c.status) ? 'firm' : '';
  const key = `${c.type}|${change}|${firm}`;
  let signature = SIGNATURES.get(key);
  if (signature === undefined) SIGNATURES.set(key, (signature = key));
  return {
    id: c.id,
    documentId: c.documentId,
    day: c.publishedAt ? Date.parse(dateStart(c.publishedAt)) / 86_400_000 : null,
    signature,
  };
}

/**
 * The members of one stored deal that represent it against `batch`: all of them when there are
 * at most `max`; otherwise the `max` reported nearest in time to the batch (ties by claim id),
 * plus the nearest member of every signature (so a hard rule that would refuse a pair still
 * sees a member it refuses) and every member from a document of the batch (two claims of one
 * document never share a deal).
 *
 * NOTE: the choice is hereditary: choosing again from any subset that holds the first choice
 * gives the same members. So resolving against only the chosen members (what ingest reads from
 * the store) decides exactly as resolving against all of them, and a deal reported a thousand
 * times costs a document no more than one reported `max` times.
 */
export function representatives<T extends MemberDigest>(
  members: readonly T[],
  batch: readonly MemberDigest[],
  max: number,
): T[] {
  if (members.length <= max) return [...members];
  const days = batch.flatMap((b) => (b.day === null ? [] : [b.day]));
  const undated = batch.some((b) => b.day === null);
  const docs = new Set(batch.map((b) => b.documentId));
  // NOTE: an undated report is near everything (as in the resolver's report window).
  const distance = (m: MemberDigest) =>
    m.day === null || undated || days.length === 0
      ? 0
      : Math.min(...days.map((d) => Math.abs(d - m.day!)));
  const ranked = members
    .map((m) => ({ m, d: distance(m) }))
    .sort((x, y) => x.d - y.d || (x.m.id < y.m.id ? -1 : x.m.id > y.m.id ? 1 : 0));
  const chosen = new Set<T>();
  const signatures = new Set<string>();
  ranked.forEach(({ m }, rank) => {
    const firstOfKind = !signatures.has(m.signature);
    signatures.add(m.signature);
    if (rank < max || firstOfKind || docs.has(m.documentId)) chosen.add(m);
  });
  return members.filter((m) => chosen.has(m));
}
