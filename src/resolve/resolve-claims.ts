/** Claim → deal resolution: block, score, cluster a batch as a whole, then write judgements and new deals. */
import type { Claim } from '../core/claim.js';
import type { DealRecord, DealRelation, Judgement } from '../core/deal.js';
import type { Entity } from '../core/entity.js';
import {
  type ClaimId,
  type DealId,
  type EntityId,
  type JudgementId,
  dealId as toDealId,
  judgementId,
  slugify,
} from '../core/ids.js';
import { partyEntityId } from './build-legs.js';
import { blockKey, daysApart, scoreClaims } from './claim-score.js';
import { type ClaimCluster, agglomerate, linkage, memoPairScore } from './cluster-claims.js';
import { claimStandings } from './deal-membership.js';
import { memberDigest, representatives } from './deal-representatives.js';
import { FIRM_STATUSES, claimRelation } from './relation-cue.js';
import { type ResolveOptions, resolveOptions } from './resolve-options.js';
import { compareClaims } from './support-rank.js';

/** What is already stored. */
export interface ResolveState {
  readonly claims: readonly Claim[];
  readonly judgements: readonly Judgement[];
  readonly deals: readonly DealRecord[];
}

/** What happened to one claim of the batch. */
export interface ClaimDecision {
  readonly claimId: ClaimId;
  /** joined an existing or co-reported deal / founded a new deal / suggested for review / left alone. */
  readonly outcome: 'joined' | 'new_deal' | 'unsure' | 'skipped';
  readonly dealId: DealId | null;
  readonly score: number | null;
  readonly reason: string;
}

export interface ResolveResult {
  /** New judgements only; existing ones are never changed. */
  readonly judgements: Judgement[];
  /** New deal records (with `expands`/`amends` relations when a claim reports a change). */
  readonly newDeals: DealRecord[];
  /** One decision per distinct input claim, in canonical order. */
  readonly decisions: ClaimDecision[];
}

const round = (x: number) => Math.round(x * 1e4) / 1e4;

/** A content-derived deal id: `<from>-<to>-<type>-<first report date>`. */
export function dealSlug(c: Claim): string {
  return slugify(
    `${partyEntityId(c.from)}-${partyEntityId(c.to)}-${c.type}-${c.publishedAt ?? 'undated'}`,
  );
}

function uniqueId(base: string, taken: Set<string>): string {
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}

/**
 * Resolve a batch of claims against the stored deals. Deterministic and order independent:
 * the same claims and state in any order give the same judgements and deals, and running it
 * again with its own output in the state changes nothing.
 *
 * - Skipped: rejected or superseded claims, and claims already judged (a positive or unsure
 *   judgement in force). Negative judgements only keep a claim away from that deal.
 * - A reviewer's edit (`editOf`) joins the deal of the claim it replaces.
 * - Blocking: same rolled-up parties (either direction), compatible types, reports within
 *   `windowDays`; two claims of one document never share a deal; a claim reporting a change
 *   ("expanded", "increased to", or `relation`) never joins a claim of a firm deal (announced
 *   or later): it founds a new deal related to the best-matching firm one.
 * - A stored deal with more than `maxMembers` members is scored through its representatives:
 *   the members reported nearest the batch, with every kind a hard rule reads kept.
 * - Clustering: average linkage (`scoreClaims`) over the whole batch plus stored deals, merging
 *   at ≥ `positive`; a claim left alone whose best deal scores ≥ `unsure` gets an `unsure`
 *   judgement suggesting it (for the review inbox) instead of a deal of its own.
 * @throws InputError on bad options (see `resolveOptions`).
 */
export function resolveClaims(
  newClaims: readonly Claim[],
  existing: ResolveState,
  entities: readonly Entity[],
  options: ResolveOptions,
): ResolveResult {
  const { now, user, thresholds, maxMembers } = resolveOptions(options);
  const byEntity = new Map<EntityId, Entity>(entities.map((e) => [e.id, e]));
  const ctx = { entities: byEntity, windowDays: thresholds.windowDays };

  const batch = [...new Map(newClaims.map((c) => [c.id, c])).values()].sort(compareClaims);
  const allClaims = new Map(existing.claims.map((c) => [c.id, c]));
  for (const c of batch) if (!allClaims.has(c.id)) allClaims.set(c.id, c);
  const standings = claimStandings(existing.judgements);
  const knownDeals = new Set(existing.deals.map((d) => d.id));

  const decisions = new Map<ClaimId, ClaimDecision>();
  const judgements: Judgement[] = [];
  const takenJudgementIds = new Set<string>(existing.judgements.map((j) => j.id));
  const judge = (
    claimId: ClaimId,
    dealId: DealId,
    kind: Judgement['judgement'],
    score: number | null,
  ) => {
    judgements.push({
      id: judgementId(uniqueId(`auto-${claimId}-${dealId}`, takenJudgementIds)) as JudgementId,
      claimId,
      dealId,
      judgement: kind,
      score: score === null ? null : round(score),
      user,
      createdAt: now,
      deletedAt: null,
    });
  };
  const decide = (d: ClaimDecision) => decisions.set(d.claimId, d);

  // Members of stored deals: claims with a positive judgement in force, still usable.
  const members = new Map<DealId, Claim[]>();
  for (const c of allClaims.values()) {
    const s = standings.get(c.id);
    if (
      !s?.dealId ||
      c.review === 'rejected' ||
      c.review === 'superseded' ||
      !knownDeals.has(s.dealId)
    )
      continue;
    const list = members.get(s.dealId);
    if (list) list.push(c);
    else members.set(s.dealId, [c]);
  }

  const loose: Claim[] = [];
  for (const c of batch) {
    const s = standings.get(c.id);
    if (c.review === 'rejected' || c.review === 'superseded') {
      decide({
        claimId: c.id,
        outcome: 'skipped',
        dealId: null,
        score: null,
        reason: `claim is ${c.review}`,
      });
    } else if (s?.dealId || (s && s.unsure.length > 0)) {
      decide({
        claimId: c.id,
        outcome: 'skipped',
        dealId: s.dealId ?? s.unsure[0] ?? null,
        score: null,
        reason: 'already judged',
      });
    } else if (c.editOf && standings.get(c.editOf)?.dealId) {
      const target = standings.get(c.editOf)!.dealId!;
      judge(c.id, target, 'positive', 1);
      members.set(target, [...(members.get(target) ?? []), c]);
      decide({
        claimId: c.id,
        outcome: 'joined',
        dealId: target,
        score: 1,
        reason: `edit of claim ${c.editOf}`,
      });
    } else loose.push(c);
  }

  // A much-reported deal is scored through its representatives (the same ones ingest reads).
  const batchDigests = batch.map(memberDigest);
  for (const [dealId, claims] of members) {
    if (claims.length <= maxMembers) continue;
    const chosen = representatives(claims.map((c) => ({ ...memberDigest(c), claim: c })), batchDigests, maxMembers);
    members.set(dealId, chosen.map((r) => r.claim));
  }

  const relations = new Map<ClaimId, ReturnType<typeof claimRelation>>();
  const relationOf = (c: Claim) => {
    if (!relations.has(c.id)) relations.set(c.id, claimRelation(c));
    return relations.get(c.id)!;
  };
  const pair = memoPairScore((a, b) => {
    if (a.documentId === b.documentId) return null;
    const ra = relationOf(a);
    const rb = relationOf(b);
    if ((ra && !rb && FIRM_STATUSES.has(b.status)) || (rb && !ra && FIRM_STATUSES.has(a.status)))
      return null;
    return scoreClaims(a, b, ctx)?.score ?? null;
  });
  const near = (a: Claim, b: Claim) => {
    const d = daysApart(a, b);
    return d === null || d <= thresholds.windowDays;
  };
  const refuses = (claimId: ClaimId, dealId: DealId) =>
    standings.get(claimId)?.rejected.includes(dealId) ?? false;

  // Blocks: claims sharing a rolled-up party pair; stored deals join every block they touch.
  const blocks = new Map<string, { fixed: Map<DealId, Claim[]>; loose: Claim[] }>();
  const block = (key: string) => {
    let b = blocks.get(key);
    if (!b) blocks.set(key, (b = { fixed: new Map(), loose: [] }));
    return b;
  };
  for (const c of loose) block(blockKey(c, byEntity)).loose.push(c);
  for (const [dealId, claims] of members) {
    for (const c of claims) {
      const b = blocks.get(blockKey(c, byEntity));
      if (b) b.fixed.set(dealId, claims);
    }
  }

  interface Pending {
    cluster: ClaimCluster;
    id: DealId | null;
    /** The firm deal this one changes: stored (an id) or new in this batch. */
    change: { kind: DealRelation['kind']; target: Pending | DealId } | null;
  }
  const newClusters: Pending[] = [];
  const unsure: { claim: Claim; target: Pending | DealId; score: number }[] = [];

  for (const key of [...blocks.keys()].sort()) {
    const b = blocks.get(key)!;
    const fixed = [...b.fixed]
      .map(([dealId, claims]) => ({ dealId, claims }))
      .sort((x, y) => (x.dealId < y.dealId ? -1 : 1));
    const clusters = agglomerate(fixed, b.loose, pair, near, thresholds.positive, refuses);
    const deals: { cluster: ClaimCluster; pending: Pending | null }[] = [];
    const singles: ClaimCluster[] = [];
    for (const cl of clusters) {
      if (cl.dealId) {
        deals.push({ cluster: cl, pending: null });
        for (const c of cl.placed) {
          const score =
            linkage(
              [c],
              cl.claims.filter((x) => x.id !== c.id),
              pair,
              near,
            ) ?? 1;
          judge(c.id, cl.dealId, 'positive', score);
          decide({
            claimId: c.id,
            outcome: 'joined',
            dealId: cl.dealId,
            score: round(score),
            reason: 'matched a stored deal',
          });
        }
      } else if (cl.claims.length > 1) {
        const p: Pending = { cluster: cl, id: null, change: null };
        deals.push({ cluster: cl, pending: p });
        newClusters.push(p);
      } else singles.push(cl);
    }
    // Grey zone: a claim left alone is suggested to its best deal instead of founding one.
    for (const s of [...singles].sort((x, y) => compareClaims(x.claims[0]!, y.claims[0]!))) {
      const c = s.claims[0]!;
      let best: { target: (typeof deals)[number]; score: number } | null = null;
      for (const d of deals) {
        if (d.cluster.dealId && refuses(c.id, d.cluster.dealId)) continue;
        const score = linkage([c], d.cluster.claims, pair, near);
        if (score !== null && score >= thresholds.unsure && (!best || score > best.score))
          best = { target: d, score };
      }
      if (best) {
        unsure.push({
          claim: c,
          target: best.target.pending ?? best.target.cluster.dealId!,
          score: best.score,
        });
      } else {
        const p: Pending = { cluster: s, id: null, change: null };
        deals.push({ cluster: s, pending: p });
        newClusters.push(p);
      }
    }
    // Changes to firm deals: relate each new deal made only of change reports to its best firm deal.
    for (const d of deals) {
      if (!d.pending) continue;
      const rels = d.cluster.claims.map(relationOf);
      if (rels.some((r) => r === null)) continue;
      let best: { target: (typeof deals)[number]; score: number } | null = null;
      for (const t of deals) {
        if (t === d || !t.cluster.claims.some((c) => !relationOf(c) && FIRM_STATUSES.has(c.status)))
          continue;
        const score = linkage(
          d.cluster.claims,
          t.cluster.claims,
          (a, b) => scoreClaims(a, b, ctx, { ignoreAmount: true })?.score ?? null,
          near,
        );
        if (score !== null && score >= thresholds.unsure && (!best || score > best.score))
          best = { target: t, score };
      }
      if (best) {
        const kind =
          rels.filter((r) => r === 'amends').length > rels.length / 2 ? 'amends' : 'expands';
        d.pending.change = { kind, target: best.target.pending ?? best.target.cluster.dealId! };
      }
    }
  }

  // Ids for new deals in canonical order of their first claim, then everything that points at them.
  const takenDealIds = new Set<string>(existing.deals.map((d) => d.id));
  newClusters.sort((x, y) => compareClaims(x.cluster.claims[0]!, y.cluster.claims[0]!));
  for (const p of newClusters)
    p.id = toDealId(uniqueId(dealSlug(p.cluster.claims[0]!), takenDealIds));
  const newDeals: DealRecord[] = newClusters.map((p) => {
    const relations: DealRelation[] = p.change
      ? [
          {
            kind: p.change.kind,
            dealId: typeof p.change.target === 'string' ? p.change.target : p.change.target.id!,
          },
        ]
      : [];
    const founders = p.cluster.claims;
    for (const c of founders) {
      const score =
        founders.length > 1
          ? linkage(
              [c],
              founders.filter((x) => x.id !== c.id),
              pair,
              near,
            )
          : null;
      judge(c.id, p.id!, 'positive', score);
      decide({
        claimId: c.id,
        outcome: 'new_deal',
        dealId: p.id,
        score: score === null ? null : round(score),
        reason:
          founders.length > 1
            ? `reported ${founders.length} times in this batch`
            : 'no matching deal',
      });
    }
    return { id: p.id!, title: null, version: 1, relations, createdAt: now, updatedAt: now };
  });
  for (const u of unsure) {
    const dealId = typeof u.target === 'string' ? u.target : u.target.id!;
    judge(u.claim.id, dealId, 'unsure', u.score);
    decide({
      claimId: u.claim.id,
      outcome: 'unsure',
      dealId,
      score: round(u.score),
      reason: 'possible match: needs review',
    });
  }

  judgements.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return {
    judgements,
    newDeals,
    decisions: batch.map((c) => decisions.get(c.id)!).filter(Boolean),
  };
}
