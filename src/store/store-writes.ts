/** The store's writes as free functions over a Kysely connection; callers wrap them in a transaction. */
import type { Kysely } from 'kysely';
import type { Claim } from '../core/claim.js';
import type { DealRecord, Judgement } from '../core/deal.js';
import type { SourceDocument } from '../core/document.js';
import type { Entity } from '../core/entity.js';
import { ConflictError, InputError, NotFoundError, isRoundtripError } from '../core/errors.js';
import type { CompanyFigure } from '../core/figure.js';
import type { DealId, DocumentId, JudgementId } from '../core/ids.js';
import type { ActionRecord, DealPatch } from './store.js';
import { chunks, refuseExisting, requireExisting } from './store-batch.js';
import { canonicalTimestamp, checkInterval } from './store-checks.js';
import * as rows from './store-rows.js';
import type { StoreDatabase } from './store-tables.js';

type Db = Kysely<StoreDatabase>;

/** Insert or replace entities by id; the last copy of an id in the batch wins. */
export async function upsertEntityRows(db: Db, entities: readonly Entity[]): Promise<void> {
  // NOTE: deduplicate first: PostgreSQL refuses to upsert one row twice in one statement.
  const unique = [...new Map(entities.map((e) => [e.id, e])).values()];
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
}

/** Insert a document unless its text (content hash) is already stored. */
export async function insertDocumentOnce(
  db: Db,
  doc: SourceDocument,
): Promise<{ id: DocumentId; created: boolean }> {
  if (!doc.contentHash) {
    throw new InputError(`store: document "${doc.id}" has no contentHash`, { documentId: doc.id });
  }
  const same = await db
    .selectFrom('documents')
    .select('id')
    .where('content_hash', '=', doc.contentHash)
    .executeTakeFirst();
  if (same) return { id: same.id as DocumentId, created: false };
  const taken = await db
    .selectFrom('documents')
    .select('id')
    .where('id', '=', doc.id)
    .executeTakeFirst();
  if (taken) {
    throw new ConflictError(
      `store: document id "${doc.id}" is already used by a document with other text; give the new one another id`,
      { documentId: doc.id },
    );
  }
  await db.insertInto('documents').values(rows.documentToRow(doc)).execute();
  return { id: doc.id, created: true };
}

export async function insertClaims(db: Db, claims: readonly Claim[]): Promise<void> {
  const prepared = claims.map((c) => {
    checkInterval(c.amount, `claim "${c.id}" amount`);
    for (const key of ['stakePercent', 'valuation', 'capacity', 'shares'] as const) {
      checkInterval(c.terms[key], `claim "${c.id}" terms.${key}`);
    }
    return { ...c, recordedAt: canonicalTimestamp(c.recordedAt, `claim "${c.id}" recordedAt`) };
  });
  await refuseExisting(
    db,
    'claims',
    'claim',
    prepared.map((c) => c.id),
  );
  const docs = prepared.map((c) => [c.id, c.documentId] as const);
  await requireExisting(db, 'documents', 'document', docs, 'claim');
  for (const batch of chunks(prepared.map(rows.claimToRow))) {
    await db.insertInto('claims').values(batch).execute();
  }
}

export async function insertJudgements(db: Db, judgements: readonly Judgement[]): Promise<void> {
  const prepared = judgements.map((j) => {
    if (!['positive', 'negative', 'unsure'].includes(j.judgement)) {
      throw new InputError(
        `store: judgement "${j.id}" is "${j.judgement}", not positive, negative or unsure`,
        { judgementId: j.id },
      );
    }
    const deletedAt =
      j.deletedAt === null
        ? null
        : canonicalTimestamp(j.deletedAt, `judgement "${j.id}" deletedAt`);
    return {
      ...j,
      createdAt: canonicalTimestamp(j.createdAt, `judgement "${j.id}" createdAt`),
      deletedAt,
    };
  });
  await refuseExisting(
    db,
    'judgements',
    'judgement',
    prepared.map((j) => j.id),
  );
  const claims = prepared.map((j) => [j.id, j.claimId] as const);
  await requireExisting(db, 'claims', 'claim', claims, 'judgement');
  const deals = prepared.map((j) => [j.id, j.dealId] as const);
  await requireExisting(db, 'deal_records', 'deal', deals, 'judgement');
  for (const batch of chunks(prepared.map(rows.judgementToRow))) {
    await db.insertInto('judgements').values(batch).execute();
  }
}

/** Set deletedAt once; deleting again keeps the first time, so history is not rewritten. */
export async function softDeleteJudgement(db: Db, id: JudgementId, at: string): Promise<void> {
  const when = canonicalTimestamp(at, 'deletedAt');
  const row = await db
    .selectFrom('judgements')
    .select(['id', 'deleted_at'])
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) throw new NotFoundError(`store: no judgement "${id}" to delete`, { judgementId: id });
  if (row.deleted_at === null) {
    await db.updateTable('judgements').set({ deleted_at: when }).where('id', '=', id).execute();
  }
}

export async function insertDeal(db: Db, rec: DealRecord): Promise<void> {
  if (!Number.isInteger(rec.version) || rec.version < 1) {
    throw new InputError(
      `store: deal "${rec.id}" version must be a positive integer, got ${rec.version}`,
      { dealId: rec.id },
    );
  }
  await refuseExisting(db, 'deal_records', 'deal', [rec.id]);
  await db.insertInto('deal_records').values(rows.dealToRow(rec)).execute();
}

/** Apply a patch when the stored version is still `expectedVersion`; see `Store.updateDeal`. */
export async function updateDealVersion(
  db: Db,
  id: DealId,
  expectedVersion: number,
  patch: DealPatch,
  at: string,
): Promise<DealRecord> {
  const updatedAt = canonicalTimestamp(at, 'updatedAt');
  const row = await db
    .selectFrom('deal_records')
    .select('version')
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) throw new NotFoundError(`store: no deal "${id}" to update`, { dealId: id });
  const actualVersion = Number(row.version);
  if (actualVersion !== expectedVersion) {
    throw new ConflictError(
      `store: deal "${id}" was changed by someone else (version ${actualVersion}, you edited version ${expectedVersion}); reload it and apply your change again`,
      { dealId: id, expectedVersion, actualVersion },
    );
  }
  // NOTE: the version in WHERE keeps this safe even where the read above is not locked.
  const result = await db
    .updateTable('deal_records')
    .set({
      version: expectedVersion + 1,
      updated_at: updatedAt,
      ...(patch.title !== undefined ? { title: patch.title } : {}),
      ...(patch.relations !== undefined ? { relations: rows.toJson(patch.relations) } : {}),
      ...(patch.notes !== undefined ? { notes: patch.notes } : {}),
    })
    .where('id', '=', id)
    .where('version', '=', expectedVersion)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) === 0) {
    throw new ConflictError(
      `store: deal "${id}" was changed by someone else; reload it and retry`,
      {
        dealId: id,
        expectedVersion,
        actualVersion: expectedVersion + 1,
      },
    );
  }
  const updated = await db
    .selectFrom('deal_records')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
  return rows.rowToDeal(updated);
}

export async function insertFigures(db: Db, figures: readonly CompanyFigure[]): Promise<void> {
  for (const f of figures) checkInterval(f.amount, `figure "${f.id}" amount`);
  await refuseExisting(
    db,
    'figures',
    'figure',
    figures.map((f) => f.id),
  );
  const entities = figures.map((f) => [f.id, f.entityId] as const);
  await requireExisting(db, 'entities', 'entity', entities, 'figure');
  const docs = figures.flatMap((f) =>
    f.documentId === null ? [] : [[f.id, f.documentId] as const],
  );
  await requireExisting(db, 'documents', 'document', docs, 'figure');
  for (const batch of chunks(figures.map(rows.figureToRow))) {
    await db.insertInto('figures').values(batch).execute();
  }
}

export async function insertAction(db: Db, action: ActionRecord): Promise<void> {
  let row: ReturnType<typeof rows.actionToRow>;
  try {
    row = rows.actionToRow({
      ...action,
      at: canonicalTimestamp(action.at, `action "${action.id}" at`),
    });
  } catch (error) {
    if (isRoundtripError(error)) throw error;
    throw new InputError(
      `store: action "${action.id}" payload is not JSON: ${String(error)}`,
      { actionId: action.id },
      { cause: error },
    );
  }
  await refuseExisting(db, 'actions', 'action', [action.id]);
  await db.insertInto('actions').values(row).execute();
}
