/** Which stored deals a new document's claims could join: an index of ids by blocking key, bodies read from the store on demand. */
import type { Claim } from '../core/claim.js';
import type { Judgement } from '../core/deal.js';
import type { Entity } from '../core/entity.js';
import type { DealId, EntityId } from '../core/ids.js';
import { blockKey } from '../resolve/claim-score.js';
import { claimStandings } from '../resolve/deal-membership.js';
import { DEFAULT_MAX_MEMBERS, type MemberDigest, memberDigest, representatives } from '../resolve/deal-representatives.js';
import type { ResolveResult, ResolveState } from '../resolve/resolve-claims.js';
import type { Store } from '../store/store.js';

const usable = (c: Claim) => c.review !== 'rejected' && c.review !== 'superseded';

/**
 * The stored deals by blocking key (the rolled-up party pair that resolution blocks on), with a
 * digest of each claim that belongs to each (id, report day, the kind the resolver's hard rules
 * read). Only digests stay in memory, so a long ingest does not hold every claim it stored: for
 * each document, `candidates` reads from the store the deals its claims could join, with their
 * representative members (all of them, up to `maxMembers`) and those members' judgements.
 *
 * NOTE: resolution against `candidates` decides exactly as against the whole store, because a
 * claim can only join a deal that shares its block, and the standing of a member claim depends
 * only on its judgements on the deals read. What the narrow state cannot see is whether a new
 * deal or judgement id is already taken elsewhere; the store refuses such a write with a
 * ConflictError, and the caller then resolves once more against the whole store.
 */
export class DealCandidates {
  readonly #entities: ReadonlyMap<EntityId, Entity>;
  readonly #byBlock = new Map<string, Set<DealId>>();
  readonly #members = new Map<DealId, MemberDigest[]>();
  readonly #maxMembers: number;

  private constructor(entities: readonly Entity[], maxMembers: number) {
    this.#entities = new Map(entities.map((e) => [e.id, e]));
    this.#maxMembers = maxMembers;
  }

  /**
   * Build the index from everything stored (read once; only digests are kept). `maxMembers` must
   * be the one resolution uses (`ResolveOptions.maxMembers`).
   * @example const index = await DealCandidates.load(store, await store.listEntities());
   */
  static async load(
    store: Store,
    entities: readonly Entity[],
    maxMembers = DEFAULT_MAX_MEMBERS,
  ): Promise<DealCandidates> {
    const index = new DealCandidates(entities, maxMembers);
    const [claims, judgements, deals] = await Promise.all([
      store.listClaims(),
      store.listJudgements(),
      store.listDealRecords(),
    ]);
    const known = new Set(deals.map((d) => d.id));
    const standings = claimStandings(judgements);
    for (const c of claims) {
      const dealId = standings.get(c.id)?.dealId;
      if (dealId && known.has(dealId) && usable(c)) index.#add(dealId, c);
    }
    return index;
  }

  /** How many deals and member claims the index holds. */
  get size(): { deals: number; claims: number } {
    let claims = 0;
    for (const m of this.#members.values()) claims += m.length;
    return { deals: this.#members.size, claims };
  }

  #add(dealId: DealId, c: Claim): void {
    const key = blockKey(c, this.#entities);
    let deals = this.#byBlock.get(key);
    if (!deals) this.#byBlock.set(key, (deals = new Set()));
    deals.add(dealId);
    const members = this.#members.get(dealId);
    if (members) members.push(memberDigest(c));
    else this.#members.set(dealId, [memberDigest(c)]);
  }

  /** The stored deals `claims` could join, with their representative members and those members' judgements, read from `store`. */
  async candidates(store: Store, claims: readonly Claim[]): Promise<ResolveState> {
    const dealIds = new Set<DealId>();
    for (const c of claims) for (const d of this.#byBlock.get(blockKey(c, this.#entities)) ?? []) dealIds.add(d);
    if (dealIds.size === 0) return { claims: [], judgements: [], deals: [] };
    const ids = [...dealIds].sort();
    const batch = claims.map(memberDigest);
    const claimIds = ids.flatMap((d) => representatives(this.#members.get(d) ?? [], batch, this.#maxMembers).map((m) => m.id));
    // NOTE: the batch's own judgements (none for a new document) keep its refusals in force.
    const [members, judgements, deals] = await Promise.all([
      store.listClaims({ ids: claimIds }),
      store.listJudgements({ claimIds: [...claimIds, ...claims.map((c) => c.id)] }),
      store.listDealRecords({ ids }),
    ]);
    return { claims: members, judgements, deals };
  }

  /** Record what a committed resolution decided: each claim judged positive now belongs to its deal. */
  record(claims: readonly Claim[], resolved: Pick<ResolveResult, 'judgements'>): void {
    const byId = new Map(claims.map((c) => [c.id, c]));
    for (const j of resolved.judgements as readonly Judgement[]) {
      const c = byId.get(j.claimId);
      if (c && j.judgement === 'positive' && j.deletedAt === null && usable(c)) this.#add(j.dealId, c);
    }
  }
}
