/** The application service shared by CLI and server: reads and consolidates the ledger a Store holds. */
import { type GraphView, type GraphViewOptions, buildGraphView } from '../analysis/graph-view.js';
import type { Claim } from '../core/claim.js';
import type { Deal, DealRecord, Judgement } from '../core/deal.js';
import type { SourceDocument } from '../core/document.js';
import type { Entity } from '../core/entity.js';
import { NotFoundError } from '../core/errors.js';
import type { CompanyFigure } from '../core/figure.js';
import type { IsoDate } from '../core/fuzzy-date.js';
import type { DocumentId } from '../core/ids.js';
import { type LedgerData, consolidateAll, publishedBy } from '../resolve/consolidate-all.js';
import { claimStandings } from '../resolve/deal-membership.js';
import { type DealDiff, diffDeals } from '../resolve/diff-deals.js';
import type { ActionRecord, Store } from '../store/store.js';
import { type DealFilter, filterDeals } from './deal-filter.js';
import { findEntity } from './entity-lookup.js';

/** Which view of the ledger a read wants. */
export interface ViewQuery {
  /** What was known on this date: claims published and judgements made by then. */
  readonly asOf?: IsoDate;
  /** Count claims nobody has reviewed yet (trusted automatic mode). */
  readonly includeUnreviewed?: boolean;
}

/** A deal with everything behind it, for `deal ID` and the deal page. */
export interface DealDetail {
  readonly deal: Deal;
  readonly claims: readonly Claim[];
  readonly documents: readonly SourceDocument[];
  readonly judgements: readonly Judgement[];
  readonly actions: readonly ActionRecord[];
  readonly related: readonly Deal[];
}

/** Everything consolidation needs, loaded once and cached until the next write. */
export interface LedgerSnapshot extends LedgerData {
  readonly entities: readonly Entity[];
  readonly claims: readonly Claim[];
  readonly judgements: readonly Judgement[];
  readonly deals: readonly DealRecord[];
  readonly documents: ReadonlyMap<DocumentId, SourceDocument>;
  readonly figures: readonly CompanyFigure[];
}

export interface LedgerOptions {
  /** Current time as an ISO timestamp (injected so tests control it). */
  readonly now?: () => string;
  /** Who acts: "human:ana", "cli". */
  readonly user?: string;
}

/**
 * True when deal `id` has a claim that counts in the reviewed view: accepted, placed in the deal
 * by the judgements in force, and published by `asOf` (the rule consolidateAll applies).
 */
function hasCountingClaim(snap: LedgerSnapshot, id: string, asOf: IsoDate | undefined): boolean {
  const standings = claimStandings(snap.judgements);
  return snap.claims.some(
    (c) =>
      c.review === 'accepted' &&
      standings.get(c.id)?.dealId === id &&
      (asOf === undefined || publishedBy(c, asOf)),
  );
}

export class Ledger {
  readonly store: Store;
  readonly now: () => string;
  readonly user: string;
  #snapshot: Promise<LedgerSnapshot> | null = null;

  constructor(store: Store, opts: LedgerOptions = {}) {
    this.store = store;
    this.now = opts.now ?? (() => new Date().toISOString());
    this.user = opts.user ?? 'cli';
  }

  /** Forget cached reads; every write through the ledger calls it. */
  invalidate(): void {
    this.#snapshot = null;
  }

  /** All stored records, loaded once per write generation. */
  snapshot(): Promise<LedgerSnapshot> {
    this.#snapshot ??= this.#load();
    return this.#snapshot;
  }

  async #load(): Promise<LedgerSnapshot> {
    const [entities, claims, judgements, deals, documents, figures] = await Promise.all([
      this.store.listEntities(),
      this.store.listClaims(),
      this.store.listJudgements(),
      this.store.listDealRecords(),
      this.store.listDocuments(),
      this.store.listFigures(),
    ]);
    return { entities, claims, judgements, deals, documents: new Map(documents.map((d) => [d.id, d])), figures };
  }

  async entities(): Promise<readonly Entity[]> {
    return (await this.snapshot()).entities;
  }

  /** The entity a user means by an id, name, alias or ticker. */
  async entity(ref: string): Promise<Entity> {
    return findEntity(await this.entities(), ref);
  }

  /** Consolidated deals in a view, filtered. */
  async deals(query: ViewQuery & DealFilter = {}): Promise<Deal[]> {
    const snap = await this.snapshot();
    const deals = consolidateAll(snap, {
      ...(query.asOf ? { asOf: query.asOf } : {}),
      includeUnreviewed: query.includeUnreviewed ?? false,
    });
    return filterDeals(deals, snap.entities, query);
  }

  /**
   * One deal with its claims, sources, judgements and audit history. A deal whose claims are
   * all unreviewed is shown in the unreviewed view rather than reported missing.
   * @throws NotFoundError when no deal has that id in the view.
   */
  async deal(id: string, query: ViewQuery = {}): Promise<DealDetail> {
    const snap = await this.snapshot();
    if (!snap.deals.some((d) => d.id === id)) {
      const near = snap.deals.filter((d) => d.id.includes(id)).slice(0, 5).map((d) => d.id);
      throw new NotFoundError(`no deal "${id}"${near.length ? `; did you mean ${near.join(', ')}?` : '; run `roundtrip deals` to list them'}`, { id, suggestions: near });
    }
    // NOTE: pick the view before consolidating, so the ledger is consolidated once per call.
    const includeUnreviewed = query.includeUnreviewed === true || !hasCountingClaim(snap, id, query.asOf);
    const all = await this.deals({ ...query, includeUnreviewed });
    const deal = all.find((d) => d.id === id);
    if (!deal) {
      throw new NotFoundError(`deal "${id}" has no claims${query.asOf ? ` known by ${query.asOf}` : ''} that count (rejected or not yet published)`, { id, asOf: query.asOf });
    }
    const memberIds = new Set(deal.claimIds);
    const judgements = snap.judgements.filter((j) => j.dealId === id);
    const judgedIds = new Set(judgements.map((j) => j.claimId));
    const claims = snap.claims.filter((c) => memberIds.has(c.id) || judgedIds.has(c.id));
    const documents = [...new Set(claims.map((c) => c.documentId))]
      .map((d) => snap.documents.get(d))
      .filter((d): d is SourceDocument => d !== undefined);
    const actions = await this.store.listActions({ target: `deal:${id}` });
    const claimActions = (await Promise.all(claims.map((c) => this.store.listActions({ target: `claim:${c.id}` })))).flat();
    const relatedIds = new Set(deal.relations.map((r) => r.dealId));
    const related = all.filter((d) => relatedIds.has(d.id) || d.relations.some((r) => r.dealId === id));
    return {
      deal,
      claims,
      documents,
      judgements,
      actions: [...actions, ...claimActions].sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0)),
      related,
    };
  }

  /** The graph view of the deals in a view: what loops, metrics and pictures read. */
  async graph(options: Partial<GraphViewOptions> = {}, query: Omit<ViewQuery, 'asOf'> = {}): Promise<{ view: GraphView; deals: Deal[]; entities: readonly Entity[] }> {
    const asOf = options.asOf ?? undefined;
    const deals = await this.deals({ ...(asOf ? { asOf } : {}), includeUnreviewed: query.includeUnreviewed ?? false });
    const entities = await this.entities();
    return { view: buildGraphView(deals, entities, options), deals, entities };
  }

  /** Everything an export needs, as known on a date. */
  async bundle(query: ViewQuery = {}): Promise<{ entities: readonly Entity[]; deals: Deal[]; claims: readonly Claim[]; documents: readonly SourceDocument[]; figures: readonly CompanyFigure[]; dealRecords: readonly DealRecord[] }> {
    const snap = await this.snapshot();
    const deals = await this.deals(query);
    return { entities: snap.entities, deals, claims: snap.claims, documents: [...snap.documents.values()], figures: snap.figures, dealRecords: snap.deals };
  }

  async figures(entityId?: string): Promise<readonly CompanyFigure[]> {
    const figures = (await this.snapshot()).figures;
    return entityId ? figures.filter((f) => f.entityId === entityId) : figures;
  }

  /** Deals added, changed field by field, and ended between two dates. */
  async diff(from: IsoDate, to: IsoDate, query: Omit<ViewQuery, 'asOf'> = {}): Promise<DealDiff> {
    const [before, after] = await Promise.all([
      this.deals({ asOf: from, includeUnreviewed: query.includeUnreviewed ?? false }),
      this.deals({ asOf: to, includeUnreviewed: query.includeUnreviewed ?? false }),
    ]);
    return diffDeals(before, after);
  }
}
