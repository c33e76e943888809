/** A `Store` over any Kysely database holding the ledger tables; the SQLite adapter wraps it. */
import { type Kysely, sql } from 'kysely';
import { REVIEW_STATES, type Claim, type ReviewState } from '../core/claim.js';
import type { DealRecord, Judgement } from '../core/deal.js';
import type { SourceDocument } from '../core/document.js';
import type { Entity } from '../core/entity.js';
import { ConflictError, InputError, NotFoundError, StoreError, isRoundtripError } from '../core/errors.js';
import type { CompanyFigure } from '../core/figure.js';
import type { ClaimId, DealId, DocumentId, EntityId, JudgementId } from '../core/ids.js';
import type {
  ActionRecord,
  DealPatch,
  ListClaimsOptions,
  ListDocumentsOptions,
  ListJudgementsOptions,
  ReviewChange,
  Store,
  StoreStats,
} from './store.js';
import { asOfInstant, canonicalTimestamp, checkCount, checkInterval, publishedByCutoff } from './store-checks.js';
import * as rows from './store-rows.js';
import type { StoreDatabase } from './store-tables.js';

/** What a concrete database adds to the generic store. */
export interface KyselyStoreHooks {
  /** Turn a driver error into a roundtrip error (StoreError for locks, read-only files...). */
  readonly translateError: (error: unknown) => unknown;
  /** The schema version the open database is at. */
  readonly schemaVersion: number;
}

/** Rows per INSERT: well under every driver's bound-parameter limit. */
const CHUNK = 100;

function chunks<T>(items: readonly T[], size = CHUNK): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** The first id that occurs twice in a batch, if any. */
function duplicateIn(ids: readonly string[]): string | undefined {
  const seen = new Set<string>();
  for (const id of ids) {
    if (seen.has(id)) return id;
    seen.add(id);
  }
  return undefined;
}

let savepointCounter = 0;

/**
 * The ledger store on a Kysely connection. Built by `openSqliteStore`; a transaction-bound
 * instance is handed to `transaction` callbacks.
 */
export class KyselyStore implements Store {
  readonly #db: Kysely<StoreDatabase>;
  readonly #hooks: KyselyStoreHooks;
  /** 0 for the store that owns the connection, 1+ inside (nested) transactions. */
  readonly #depth: number;
  #closed = false;

  constructor(db: Kysely<StoreDatabase>, hooks: KyselyStoreHooks, depth = 0) {
    this.#db = db;
    this.#hooks = hooks;
    this.#depth = depth;
  }

  /** Run one operation: refuse after close, translate driver errors. */
  async #run<T>(op: (db: Kysely<StoreDatabase>) => Promise<T>): Promise<T> {
    if (this.#closed) throw new StoreError('store: the store is closed; open it again to keep working');
    try {
      return await op(this.#db);
    } catch (error) {
      throw isRoundtripError(error) ? error : this.#hooks.translateError(error);
    }
  }

  /** Run a multi-row write atomically: a transaction at the top, a savepoint inside one. */
  async #atomic<T>(op: (db: Kysely<StoreDatabase>) => Promise<T>): Promise<T> {
    return this.transaction((tx) => (tx as KyselyStore).#run(op));
  }

  async transaction<T>(fn: (tx: Store) => Promise<T>): Promise<T> {
    if (this.#depth === 0) {
      return this.#run((db) => db.transaction().execute((trx) => fn(new KyselyStore(trx, this.#hooks, 1))));
    }
    const name = sql.raw(`sp_${++savepointCounter}`);
    await this.#run((db) => sql`savepoint ${name}`.execute(db));
    let result: T;
    try {
      result = await fn(new KyselyStore(this.#db, this.#hooks, this.#depth + 1));
    } catch (error) {
      await this.#run(async (db) => {
        await sql`rollback to savepoint ${name}`.execute(db);
        await sql`release savepoint ${name}`.execute(db);
      });
      throw error;
    }
    await this.#run((db) => sql`release savepoint ${name}`.execute(db));
    return result;
  }

  // Entities ----------------------------------------------------------------------------

  async upsertEntities(entities: readonly Entity[]): Promise<void> {
    // NOTE: last one wins within a batch; PostgreSQL refuses to upsert one row twice per statement.
    const unique = [...new Map(entities.map((e) => [e.id, e])).values()];
    return this.#atomic(async (db) => {
      for (const batch of chunks(unique.map(rows.entityToRow))) {
        await db
          .insertInto('entities')
          .values(batch)
          .onConflict((oc) =>
            oc.column('id').doUpdateSet((eb) => ({
              name: eb.ref('excluded.name'),
              kind: eb.ref('excluded.kind'),
              sector: eb.ref('excluded.sector'),
              aliases: eb.ref('excluded.aliases'),
              identifiers: eb.ref('excluded.identifiers'),
              parents: eb.ref('excluded.parents'),
              products: eb.ref('excluded.products'),
              descriptors: eb.ref('excluded.descriptors'),
              description: eb.ref('excluded.description'),
            })),
          )
          .execute();
      }
    });
  }

  async listEntities(): Promise<Entity[]> {
    return this.#run(async (db) => (await db.selectFrom('entities').selectAll().orderBy('id').execute()).map(rows.rowToEntity));
  }

  async getEntity(id: EntityId): Promise<Entity | null> {
    return this.#run(async (db) => {
      const row = await db.selectFrom('entities').selectAll().where('id', '=', id).executeTakeFirst();
      return row ? rows.rowToEntity(row) : null;
    });
  }

  // Documents ---------------------------------------------------------------------------

  async addDocument(doc: SourceDocument): Promise<{ id: DocumentId; created: boolean }> {
    if (!doc.contentHash) throw new InputError(`store: document "${doc.id}" has no contentHash`, { documentId: doc.id });
    return this.#atomic(async (db) => {
      const same = await db.selectFrom('documents').select('id').where('content_hash', '=', doc.contentHash).executeTakeFirst();
      if (same) return { id: same.id as DocumentId, created: false };
      const taken = await db.selectFrom('documents').select('id').where('id', '=', doc.id).executeTakeFirst();
      if (taken) {
        throw new ConflictError(`store: document id "${doc.id}" is already used by a document with other text; give the new one another id`, {
          documentId: doc.id,
        });
      }
      await db.insertInto('documents').values(rows.documentToRow(doc)).execute();
      return { id: doc.id, created: true };
    });
  }

  async getDocument(id: DocumentId): Promise<SourceDocument | null> {
    return this.#run(async (db) => {
      const row = await db.selectFrom('documents').selectAll().where('id', '=', id).executeTakeFirst();
      return row ? rows.rowToDocument(row) : null;
    });
  }

  async findDocumentByHash(hash: string): Promise<SourceDocument | null> {
    return this.#run(async (db) => {
      const row = await db.selectFrom('documents').selectAll().where('content_hash', '=', hash).executeTakeFirst();
      return row ? rows.rowToDocument(row) : null;
    });
  }

  async listDocuments(opts: ListDocumentsOptions = {}): Promise<SourceDocument[]> {
    const limit = checkCount(opts.limit, 'limit');
    const offset = checkCount(opts.offset, 'offset');
    const cutoff = opts.publishedBy === undefined ? undefined : publishedByCutoff(opts.publishedBy);
    return this.#run(async (db) => {
      let q = db.selectFrom('documents').selectAll();
      if (opts.kind !== undefined) q = q.where('kind', '=', opts.kind);
      if (cutoff !== undefined) {
        q = q.where(sql<string>`coalesce(published_at, substr(retrieved_at, 1, 10))`, '<=', cutoff);
      }
      q = q.orderBy(sql`published_at is null`).orderBy('published_at').orderBy('id');
      // NOTE: SQLite accepts OFFSET only after a LIMIT.
      if (limit !== undefined || offset !== undefined) q = q.limit(limit ?? Number.MAX_SAFE_INTEGER);
      if (offset !== undefined) q = q.offset(offset);
      return (await q.execute()).map(rows.rowToDocument);
    });
  }

  // Claims ------------------------------------------------------------------------------

  async addClaims(claims: readonly Claim[]): Promise<void> {
    const prepared = claims.map((c) => {
      checkInterval(c.amount, `claim "${c.id}" amount`);
      for (const key of ['stakePercent', 'valuation', 'capacity', 'shares'] as const) {
        checkInterval(c.terms[key], `claim "${c.id}" terms.${key}`);
      }
      return { ...c, recordedAt: canonicalTimestamp(c.recordedAt, `claim "${c.id}" recordedAt`) };
    });
    return this.#atomic(async (db) => {
      await this.#refuseExisting(db, 'claims', 'claim', prepared.map((c) => c.id));
      await this.#requireExisting(db, 'documents', 'document', prepared.map((c) => [c.id, c.documentId]), 'claim');
      for (const batch of chunks(prepared.map(rows.claimToRow))) await db.insertInto('claims').values(batch).execute();
    });
  }

  async getClaim(id: ClaimId): Promise<Claim | null> {
    return this.#run(async (db) => {
      const row = await db.selectFrom('claims').selectAll().where('id', '=', id).executeTakeFirst();
      return row ? rows.rowToClaim(row) : null;
    });
  }

  async listClaims(opts: ListClaimsOptions = {}): Promise<Claim[]> {
    const cutoff = opts.publishedBy === undefined ? undefined : publishedByCutoff(opts.publishedBy);
    if (opts.review?.length === 0 || opts.ids?.length === 0) return [];
    return this.#run(async (db) => {
      const select = (ids?: readonly string[]) => {
        let q = db.selectFrom('claims').selectAll();
        if (opts.review !== undefined) q = q.where('review', 'in', opts.review);
        if (opts.documentId !== undefined) q = q.where('document_id', '=', opts.documentId);
        if (ids !== undefined) q = q.where('id', 'in', ids);
        if (cutoff !== undefined) q = q.where(sql<string>`coalesce(published_at, substr(recorded_at, 1, 10))`, '<=', cutoff);
        return q.orderBy('recorded_at').orderBy('id').execute();
      };
      if (opts.ids === undefined) return (await select()).map(rows.rowToClaim);
      const found = [];
      for (const batch of chunks([...new Set(opts.ids)], 500)) found.push(...(await select(batch)));
      found.sort((a, b) => (a.recorded_at === b.recorded_at ? (a.id < b.id ? -1 : 1) : a.recorded_at < b.recorded_at ? -1 : 1));
      return found.map(rows.rowToClaim);
    });
  }

  async setReview(id: ClaimId, state: ReviewState, change: ReviewChange): Promise<void> {
    if (!REVIEW_STATES.includes(state)) {
      throw new InputError(`store: review state "${state}" is not one of ${REVIEW_STATES.join(', ')}`, { value: state });
    }
    const at = canonicalTimestamp(change.at, 'review at');
    return this.#run(async (db) => {
      const result = await db
        .updateTable('claims')
        .set({ review: state, reviewed_by: change.who, reviewed_at: at })
        .where('id', '=', id)
        .executeTakeFirst();
      if (Number(result.numUpdatedRows) === 0) throw new NotFoundError(`store: no claim "${id}" to review`, { claimId: id });
    });
  }

  // Judgements --------------------------------------------------------------------------

  async addJudgements(judgements: readonly Judgement[]): Promise<void> {
    const prepared = judgements.map((j) => {
      if (!['positive', 'negative', 'unsure'].includes(j.judgement)) {
        throw new InputError(`store: judgement "${j.id}" is "${j.judgement}", not positive, negative or unsure`, { judgementId: j.id });
      }
      return {
        ...j,
        createdAt: canonicalTimestamp(j.createdAt, `judgement "${j.id}" createdAt`),
        deletedAt: j.deletedAt === null ? null : canonicalTimestamp(j.deletedAt, `judgement "${j.id}" deletedAt`),
      };
    });
    return this.#atomic(async (db) => {
      await this.#refuseExisting(db, 'judgements', 'judgement', prepared.map((j) => j.id));
      await this.#requireExisting(db, 'claims', 'claim', prepared.map((j) => [j.id, j.claimId]), 'judgement');
      await this.#requireExisting(db, 'deal_records', 'deal', prepared.map((j) => [j.id, j.dealId]), 'judgement');
      for (const batch of chunks(prepared.map(rows.judgementToRow))) await db.insertInto('judgements').values(batch).execute();
    });
  }

  async deleteJudgement(id: JudgementId, at: string): Promise<void> {
    const when = canonicalTimestamp(at, 'deletedAt');
    return this.#atomic(async (db) => {
      const row = await db.selectFrom('judgements').select(['id', 'deleted_at']).where('id', '=', id).executeTakeFirst();
      if (!row) throw new NotFoundError(`store: no judgement "${id}" to delete`, { judgementId: id });
      // NOTE: deleting twice keeps the first deletion time, so history is not rewritten.
      if (row.deleted_at === null) await db.updateTable('judgements').set({ deleted_at: when }).where('id', '=', id).execute();
    });
  }

  async listJudgements(opts: ListJudgementsOptions = {}): Promise<Judgement[]> {
    const asOf = opts.asOf === undefined ? undefined : asOfInstant(opts.asOf);
    return this.#run(async (db) => {
      let q = db.selectFrom('judgements').selectAll();
      if (opts.claimId !== undefined) q = q.where('claim_id', '=', opts.claimId);
      if (opts.dealId !== undefined) q = q.where('deal_id', '=', opts.dealId);
      if (asOf !== undefined) {
        q = q.where('created_at', '<=', asOf).where((eb) => eb.or([eb('deleted_at', 'is', null), eb('deleted_at', '>', asOf)]));
      } else if (!opts.includeDeleted) {
        q = q.where('deleted_at', 'is', null);
      }
      return (await q.orderBy('created_at').orderBy('id').execute()).map(rows.rowToJudgement);
    });
  }

  // Deal records ------------------------------------------------------------------------

  async createDeal(rec: DealRecord): Promise<void> {
    if (!Number.isInteger(rec.version) || rec.version < 1) {
      throw new InputError(`store: deal "${rec.id}" version must be a positive integer, got ${rec.version}`, { dealId: rec.id });
    }
    return this.#atomic(async (db) => {
      await this.#refuseExisting(db, 'deal_records', 'deal', [rec.id]);
      await db.insertInto('deal_records').values(rows.dealToRow(rec)).execute();
    });
  }

  async getDealRecord(id: DealId): Promise<DealRecord | null> {
    return this.#run(async (db) => {
      const row = await db.selectFrom('deal_records').selectAll().where('id', '=', id).executeTakeFirst();
      return row ? rows.rowToDeal(row) : null;
    });
  }

  async listDealRecords(): Promise<DealRecord[]> {
    return this.#run(async (db) => (await db.selectFrom('deal_records').selectAll().orderBy('id').execute()).map(rows.rowToDeal));
  }

  async updateDeal(id: DealId, expectedVersion: number, patch: DealPatch, opts: { at?: string } = {}): Promise<DealRecord> {
    const at = canonicalTimestamp(opts.at ?? new Date().toISOString(), 'updatedAt');
    return this.#atomic(async (db) => {
      const row = await db.selectFrom('deal_records').select('version').where('id', '=', id).executeTakeFirst();
      if (!row) throw new NotFoundError(`store: no deal "${id}" to update`, { dealId: id });
      const actualVersion = Number(row.version);
      if (actualVersion !== expectedVersion) {
        throw new ConflictError(
          `store: deal "${id}" was changed by someone else (version ${actualVersion}, you edited version ${expectedVersion}); reload it and apply your change again`,
          { dealId: id, expectedVersion, actualVersion },
        );
      }
      await db
        .updateTable('deal_records')
        .set({
          version: expectedVersion + 1,
          updated_at: at,
          ...(patch.title !== undefined ? { title: patch.title } : {}),
          ...(patch.relations !== undefined ? { relations: rows.toJson(patch.relations) } : {}),
          ...(patch.notes !== undefined ? { notes: patch.notes } : {}),
        })
        .where('id', '=', id)
        .where('version', '=', expectedVersion)
        .execute();
      const updated = await db.selectFrom('deal_records').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
      return rows.rowToDeal(updated);
    });
  }

  // Figures -----------------------------------------------------------------------------

  async addFigures(figures: readonly CompanyFigure[]): Promise<void> {
    for (const f of figures) checkInterval(f.amount, `figure "${f.id}" amount`);
    return this.#atomic(async (db) => {
      await this.#refuseExisting(db, 'figures', 'figure', figures.map((f) => f.id));
      await this.#requireExisting(db, 'entities', 'entity', figures.map((f) => [f.id, f.entityId]), 'figure');
      const withDocs = figures.flatMap((f): [string, string][] => (f.documentId === null ? [] : [[f.id, f.documentId]]));
      await this.#requireExisting(db, 'documents', 'document', withDocs, 'figure');
      for (const batch of chunks(figures.map(rows.figureToRow))) await db.insertInto('figures').values(batch).execute();
    });
  }

  async listFigures(opts: { entityId?: EntityId } = {}): Promise<CompanyFigure[]> {
    return this.#run(async (db) => {
      let q = db.selectFrom('figures').selectAll();
      if (opts.entityId !== undefined) q = q.where('entity_id', '=', opts.entityId);
      q = q.orderBy('entity_id').orderBy(sql`published_at is null`).orderBy('published_at').orderBy('id');
      return (await q.execute()).map(rows.rowToFigure);
    });
  }

  // Audit log ---------------------------------------------------------------------------

  async appendAction(action: ActionRecord): Promise<void> {
    let row: ReturnType<typeof rows.actionToRow>;
    try {
      row = rows.actionToRow({ ...action, at: canonicalTimestamp(action.at, `action "${action.id}" at`) });
    } catch (error) {
      if (isRoundtripError(error)) throw error;
      throw new InputError(`store: action "${action.id}" payload is not JSON: ${String(error)}`, { actionId: action.id }, { cause: error });
    }
    return this.#atomic(async (db) => {
      await this.#refuseExisting(db, 'actions', 'action', [action.id]);
      await db.insertInto('actions').values(row).execute();
    });
  }

  async listActions(opts: { target?: string; limit?: number } = {}): Promise<ActionRecord[]> {
    const limit = checkCount(opts.limit, 'limit');
    return this.#run(async (db) => {
      let q = db.selectFrom('actions').select(['id', 'kind', 'who', 'at', 'target', 'payload', 'undo_of']);
      if (opts.target !== undefined) q = q.where('target', '=', opts.target);
      q = q.orderBy('at', 'desc').orderBy('seq', 'desc');
      if (limit !== undefined) q = q.limit(limit);
      return (await q.execute()).map(rows.rowToAction);
    });
  }

  // Housekeeping ------------------------------------------------------------------------

  async isEmpty(): Promise<boolean> {
    const s = await this.stats();
    return s.entities + s.documents + s.claims + s.deals + s.figures === 0;
  }

  async stats(): Promise<StoreStats> {
    return this.#run(async (db) => {
      const count = async (table: keyof StoreDatabase) => {
        const row = await db.selectFrom(table).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
        return Number(row.n);
      };
      return {
        entities: await count('entities'),
        documents: await count('documents'),
        claims: await count('claims'),
        judgements: await count('judgements'),
        deals: await count('deal_records'),
        figures: await count('figures'),
        actions: await count('actions'),
      };
    });
  }

  async schemaVersion(): Promise<number> {
    return this.#hooks.schemaVersion;
  }

  async close(): Promise<void> {
    // NOTE: a transaction-bound store does not own the connection; closing it is a no-op.
    if (this.#closed || this.#depth > 0) return;
    this.#closed = true;
    await this.#db.destroy();
  }

  // Helpers -----------------------------------------------------------------------------

  /** Refuse a batch that repeats an id or reuses a stored one: records are immutable. */
  async #refuseExisting(db: Kysely<StoreDatabase>, table: 'claims' | 'judgements' | 'deal_records' | 'figures' | 'actions', what: string, ids: readonly string[]): Promise<void> {
    const twice = duplicateIn(ids);
    if (twice !== undefined) throw new ConflictError(`store: ${what} id "${twice}" appears twice in one batch`, { id: twice, table });
    for (const batch of chunks(ids, 500)) {
      const hit = await db.selectFrom(table).select('id').where('id', 'in', batch).executeTakeFirst();
      if (hit) throw new ConflictError(`store: ${what} "${hit.id}" already exists; ${what}s are immutable, store a new one with another id`, { id: hit.id, table });
    }
  }

  /** Refuse a batch whose records refer to ids missing from `table`; pairs are [record id, referenced id]. */
  async #requireExisting(
    db: Kysely<StoreDatabase>,
    table: 'documents' | 'claims' | 'deal_records' | 'entities',
    what: string,
    refs: readonly (readonly [string, string])[],
    owner: string,
  ): Promise<void> {
    const wanted = [...new Set(refs.map(([, id]) => id))];
    const found = new Set<string>();
    for (const batch of chunks(wanted, 500)) {
      for (const row of await db.selectFrom(table).select('id').where('id', 'in', batch).execute()) found.add(row.id);
    }
    const missing = refs.find(([, id]) => !found.has(id));
    if (missing) {
      throw new NotFoundError(`store: ${owner} "${missing[0]}" refers to ${what} "${missing[1]}", which is not stored; add the ${what} first`, {
        id: missing[0],
        missing: missing[1],
        table,
      });
    }
  }
}
