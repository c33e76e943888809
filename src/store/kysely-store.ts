/** A `Store` over any Kysely database holding the ledger tables; the SQLite and PostgreSQL adapters wrap it. */
import { idBatches } from './store-batch.js';
import { type Kysely, sql } from 'kysely';
import { REVIEW_STATES, type Claim, type ReviewState } from '../core/claim.js';
import type { DealRecord, Judgement } from '../core/deal.js';
import type { SourceDocument } from '../core/document.js';
import type { Entity } from '../core/entity.js';
import { InputError, NotFoundError, StoreError, isRoundtripError } from '../core/errors.js';
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
import { canonicalTimestamp } from './store-checks.js';
import * as reads from './store-reads.js';
import * as rows from './store-rows.js';
import type { StoreDatabase } from './store-tables.js';
import * as writes from './store-writes.js';

/** What a concrete database adds to the generic store. */
export interface KyselyStoreHooks {
  /** Turn a driver error into a roundtrip error (StoreError for locks, read-only files...). */
  readonly translateError: (error: unknown) => unknown;
  /** The schema version the open database is at. */
  readonly schemaVersion: number;
  /**
   * The statement(s) that start a top-level transaction, run in order (default `begin`): SQLite
   * uses `begin immediate`; PostgreSQL adds a writer lock after `begin`.
   */
  readonly begin?: string | readonly string[];
}

type Db = Kysely<StoreDatabase>;

let savepointCounter = 0;

/**
 * The ledger store on a Kysely connection. Built by `openSqliteStore` and `openPostgresStore`; a
 * transaction-bound instance is handed to `transaction` callbacks. Queries live in store-reads and
 * store-writes.
 */
export class KyselyStore implements Store {
  readonly #db: Db;
  readonly #hooks: KyselyStoreHooks;
  /** 0 for the store that owns the connection, 1+ inside (nested) transactions. */
  readonly #depth: number;
  #closed = false;

  constructor(db: Db, hooks: KyselyStoreHooks, depth = 0) {
    this.#db = db;
    this.#hooks = hooks;
    this.#depth = depth;
  }

  /** Run one operation: refuse after close, translate driver errors. */
  async #run<T>(op: (db: Db) => Promise<T>): Promise<T> {
    if (this.#closed) {
      throw new StoreError('store: the store is closed; open it again to keep working');
    }
    try {
      return await op(this.#db);
    } catch (error) {
      throw isRoundtripError(error) ? error : this.#hooks.translateError(error);
    }
  }

  /** Run a multi-row write atomically: a transaction at the top, a savepoint inside one. */
  async #atomic<T>(op: (db: Db) => Promise<T>): Promise<T> {
    return this.transaction((tx) => (tx as KyselyStore).#run(op));
  }

  async transaction<T>(fn: (tx: Store) => Promise<T>): Promise<T> {
    if (this.#depth === 0) {
      // NOTE: on the connection directly rather than db.transaction() so the adapter chooses
      // how to begin: SQLite's BEGIN IMMEDIATE takes the write lock up front, so a concurrent
      // writer in another process waits instead of failing mid-transaction on a stale snapshot.
      return this.#run((db) =>
        db.connection().execute(async (conn) => {
          const begin = this.#hooks.begin ?? 'begin';
          let result: T;
          try {
            for (const statement of typeof begin === 'string' ? [begin] : begin) {
              await sql.raw(statement).execute(conn);
            }
            result = await fn(new KyselyStore(conn, this.#hooks, 1));
            await sql`commit`.execute(conn);
          } catch (error) {
            await sql`rollback`.execute(conn).catch(() => undefined);
            throw error;
          }
          return result;
        }),
      );
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
    return this.#atomic((db) => writes.upsertEntityRows(db, entities));
  }

  async listEntities(): Promise<Entity[]> {
    return this.#run(async (db) =>
      (await db.selectFrom('entities').selectAll().orderBy('id').execute()).map(rows.rowToEntity),
    );
  }

  async getEntity(id: EntityId): Promise<Entity | null> {
    return this.#run(async (db) => {
      const row = await db
        .selectFrom('entities')
        .selectAll()
        .where('id', '=', id)
        .executeTakeFirst();
      return row ? rows.rowToEntity(row) : null;
    });
  }

  // Documents ---------------------------------------------------------------------------

  async addDocument(doc: SourceDocument): Promise<{ id: DocumentId; created: boolean }> {
    return this.#atomic((db) => writes.insertDocumentOnce(db, doc));
  }

  async getDocument(id: DocumentId): Promise<SourceDocument | null> {
    return this.#run(async (db) => {
      const row = await db
        .selectFrom('documents')
        .selectAll()
        .where('id', '=', id)
        .executeTakeFirst();
      return row ? rows.rowToDocument(row) : null;
    });
  }

  async findDocumentByHash(hash: string): Promise<SourceDocument | null> {
    return this.#run(async (db) => {
      const row = await db
        .selectFrom('documents')
        .selectAll()
        .where('content_hash', '=', hash)
        .executeTakeFirst();
      return row ? rows.rowToDocument(row) : null;
    });
  }

  async listDocuments(opts: ListDocumentsOptions = {}): Promise<SourceDocument[]> {
    return this.#run((db) => reads.selectDocuments(db, opts));
  }

  // Claims ------------------------------------------------------------------------------

  async addClaims(claims: readonly Claim[]): Promise<void> {
    return this.#atomic((db) => writes.insertClaims(db, claims));
  }

  async getClaim(id: ClaimId): Promise<Claim | null> {
    return this.#run(async (db) => {
      const row = await db.selectFrom('claims').selectAll().where('id', '=', id).executeTakeFirst();
      return row ? rows.rowToClaim(row) : null;
    });
  }

  async listClaims(opts: ListClaimsOptions = {}): Promise<Claim[]> {
    return this.#run((db) => reads.selectClaims(db, opts));
  }

  async setReview(id: ClaimId, state: ReviewState, change: ReviewChange): Promise<void> {
    if (!REVIEW_STATES.includes(state)) {
      throw new InputError(
        `store: review state "${state}" is not one of ${REVIEW_STATES.join(', ')}`,
        { value: state },
      );
    }
    const at = canonicalTimestamp(change.at, 'review at');
    // NOTE: atomic like every write, so it waits for (and takes) the adapter's writer lock.
    return this.#atomic(async (db) => {
      const result = await db
        .updateTable('claims')
        .set({ review: state, reviewed_by: change.who, reviewed_at: at })
        .where('id', '=', id)
        .executeTakeFirst();
      if (Number(result.numUpdatedRows) === 0) {
        throw new NotFoundError(`store: no claim "${id}" to review`, { claimId: id });
      }
    });
  }

  // Judgements --------------------------------------------------------------------------

  async addJudgements(judgements: readonly Judgement[]): Promise<void> {
    return this.#atomic((db) => writes.insertJudgements(db, judgements));
  }

  async deleteJudgement(id: JudgementId, at: string): Promise<void> {
    return this.#atomic((db) => writes.softDeleteJudgement(db, id, at));
  }

  async listJudgements(opts: ListJudgementsOptions = {}): Promise<Judgement[]> {
    return this.#run((db) => reads.selectJudgements(db, opts));
  }

  // Deal records ------------------------------------------------------------------------

  async createDeal(rec: DealRecord): Promise<void> {
    return this.#atomic((db) => writes.insertDeal(db, rec));
  }

  async getDealRecord(id: DealId): Promise<DealRecord | null> {
    return this.#run(async (db) => {
      const row = await db
        .selectFrom('deal_records')
        .selectAll()
        .where('id', '=', id)
        .executeTakeFirst();
      return row ? rows.rowToDeal(row) : null;
    });
  }

  async listDealRecords(opts: { readonly ids?: readonly DealId[] } = {}): Promise<DealRecord[]> {
    return this.#run(async (db) => {
      if (opts.ids === undefined) {
        return (await db.selectFrom('deal_records').selectAll().orderBy('id').execute()).map(rows.rowToDeal);
      }
      const found = [];
      for (const batch of idBatches(opts.ids)) {
        found.push(...(await db.selectFrom('deal_records').selectAll().where('id', 'in', batch).execute()));
      }
      return found.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)).map(rows.rowToDeal);
    });
  }

  async updateDeal(
    id: DealId,
    expectedVersion: number,
    patch: DealPatch,
    opts: { at?: string } = {},
  ): Promise<DealRecord> {
    const at = opts.at ?? new Date().toISOString();
    return this.#atomic((db) => writes.updateDealVersion(db, id, expectedVersion, patch, at));
  }

  // Figures -----------------------------------------------------------------------------

  async addFigures(figures: readonly CompanyFigure[]): Promise<void> {
    return this.#atomic((db) => writes.insertFigures(db, figures));
  }

  async listFigures(opts: { entityId?: EntityId } = {}): Promise<CompanyFigure[]> {
    return this.#run((db) => reads.selectFigures(db, opts));
  }

  // Audit log ---------------------------------------------------------------------------

  async appendAction(action: ActionRecord): Promise<void> {
    return this.#atomic((db) => writes.insertAction(db, action));
  }

  async listActions(opts: { target?: string; limit?: number } = {}): Promise<ActionRecord[]> {
    return this.#run((db) => reads.selectActions(db, opts));
  }

  // Housekeeping ------------------------------------------------------------------------

  async isEmpty(): Promise<boolean> {
    const s = await this.stats();
    return s.entities + s.documents + s.claims + s.deals + s.figures === 0;
  }

  async stats(): Promise<StoreStats> {
    return this.#run((db) => reads.countRows(db));
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
}
