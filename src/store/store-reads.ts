/** The store's filtered reads as free functions over a Kysely connection. */
import { type Kysely, sql } from 'kysely';
import type { Claim } from '../core/claim.js';
import type { Judgement } from '../core/deal.js';
import type { SourceDocument } from '../core/document.js';
import type { CompanyFigure } from '../core/figure.js';
import type { EntityId } from '../core/ids.js';
import type {
  ActionRecord,
  ListClaimsOptions,
  ListDocumentsOptions,
  ListJudgementsOptions,
  StoreStats,
} from './store.js';
import { idBatches, padIds } from './store-batch.js';
import { asOfInstant, checkCount, publishedByCutoff } from './store-checks.js';
import * as rows from './store-rows.js';
import type { ClaimsTable, StoreDatabase } from './store-tables.js';

type Db = Kysely<StoreDatabase>;

export async function selectDocuments(
  db: Db,
  opts: ListDocumentsOptions,
): Promise<SourceDocument[]> {
  const limit = checkCount(opts.limit, 'limit');
  const offset = checkCount(opts.offset, 'offset');
  const cutoff = opts.publishedBy === undefined ? undefined : publishedByCutoff(opts.publishedBy);
  let q = db.selectFrom('documents').selectAll();
  if (opts.kind !== undefined) q = q.where('kind', '=', opts.kind);
  if (cutoff !== undefined) {
    // NOTE: an undated document counts from the day it was read.
    q = q.where(sql<string>`coalesce(published_at, substr(retrieved_at, 1, 10))`, '<=', cutoff);
  }
  q = q
    .orderBy(sql`published_at is null`)
    .orderBy('published_at')
    .orderBy('id');
  // NOTE: SQLite accepts OFFSET only after a LIMIT.
  if (limit !== undefined || offset !== undefined) q = q.limit(limit ?? Number.MAX_SAFE_INTEGER);
  if (offset !== undefined) q = q.offset(offset);
  return (await q.execute()).map(rows.rowToDocument);
}

function byRecordedAt(a: ClaimsTable, b: ClaimsTable): number {
  if (a.recorded_at !== b.recorded_at) return a.recorded_at < b.recorded_at ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

export async function selectClaims(db: Db, opts: ListClaimsOptions): Promise<Claim[]> {
  const cutoff = opts.publishedBy === undefined ? undefined : publishedByCutoff(opts.publishedBy);
  if (opts.review?.length === 0 || opts.ids?.length === 0) return [];
  const select = (ids?: readonly string[]) => {
    let q = db.selectFrom('claims').selectAll();
    if (opts.review !== undefined) q = q.where('review', 'in', opts.review);
    if (opts.documentId !== undefined) q = q.where('document_id', '=', opts.documentId);
    if (ids !== undefined) q = q.where('id', 'in', ids);
    if (cutoff !== undefined) {
      // NOTE: a claim without a publication date counts from the day it was recorded.
      q = q.where(sql<string>`coalesce(published_at, substr(recorded_at, 1, 10))`, '<=', cutoff);
    }
    return q.orderBy('recorded_at').orderBy('id').execute();
  };
  if (opts.ids === undefined) return (await select()).map(rows.rowToClaim);
  const found: ClaimsTable[] = [];
  for (const batch of idBatches(opts.ids)) found.push(...(await select(batch)));
  return found.sort(byRecordedAt).map(rows.rowToClaim);
}

export async function selectJudgements(db: Db, opts: ListJudgementsOptions): Promise<Judgement[]> {
  if (opts.dealIds?.length === 0 || opts.claimIds?.length === 0) return [];
  const asOf = opts.asOf === undefined ? undefined : asOfInstant(opts.asOf);
  // NOTE: one id list (the longer one) is sent in batches so no statement passes the bind limit.
  const batched: 'deal_id' | 'claim_id' | null =
    opts.dealIds === undefined && opts.claimIds === undefined
      ? null
      : (opts.claimIds?.length ?? -1) > (opts.dealIds?.length ?? -1)
        ? 'claim_id'
        : 'deal_id';
  const select = (ids?: readonly string[]) => {
    let q = db.selectFrom('judgements').selectAll();
    if (opts.claimId !== undefined) q = q.where('claim_id', '=', opts.claimId);
    if (opts.dealId !== undefined) q = q.where('deal_id', '=', opts.dealId);
    if (batched === 'deal_id') {
      q = q.where('deal_id', 'in', ids!);
      if (opts.claimIds !== undefined) q = q.where('claim_id', 'in', padIds(opts.claimIds));
    } else if (batched === 'claim_id') {
      q = q.where('claim_id', 'in', ids!);
      if (opts.dealIds !== undefined) q = q.where('deal_id', 'in', padIds(opts.dealIds));
    }
    if (asOf !== undefined) {
      q = q
        .where('created_at', '<=', asOf)
        .where((eb) => eb.or([eb('deleted_at', 'is', null), eb('deleted_at', '>', asOf)]));
    } else if (!opts.includeDeleted) {
      q = q.where('deleted_at', 'is', null);
    }
    return q.orderBy('created_at').orderBy('id').execute();
  };
  if (batched === null) return (await select()).map(rows.rowToJudgement);
  const ids: readonly string[] = batched === 'claim_id' ? opts.claimIds! : opts.dealIds!;
  const found = [];
  for (const batch of idBatches(ids)) found.push(...(await select(batch)));
  // NOTE: batches are each in time order; the whole answer must be too.
  found.sort((a, b) => (a.created_at < b.created_at ? -1 : a.created_at > b.created_at ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return found.map(rows.rowToJudgement);
}

export async function selectFigures(
  db: Db,
  opts: { entityId?: EntityId },
): Promise<CompanyFigure[]> {
  let q = db.selectFrom('figures').selectAll();
  if (opts.entityId !== undefined) q = q.where('entity_id', '=', opts.entityId);
  q = q
    .orderBy('entity_id')
    .orderBy(sql`published_at is null`)
    .orderBy('published_at')
    .orderBy('id');
  return (await q.execute()).map(rows.rowToFigure);
}

export async function selectActions(
  db: Db,
  opts: { target?: string; limit?: number },
): Promise<ActionRecord[]> {
  const limit = checkCount(opts.limit, 'limit');
  let q = db
    .selectFrom('actions')
    .select(['id', 'kind', 'who', 'at', 'target', 'payload', 'undo_of']);
  if (opts.target !== undefined) q = q.where('target', '=', opts.target);
  q = q.orderBy('at', 'desc').orderBy('seq', 'desc');
  if (limit !== undefined) q = q.limit(limit);
  return (await q.execute()).map(rows.rowToAction);
}

export async function countRows(db: Db): Promise<StoreStats> {
  const count = async (table: keyof StoreDatabase) => {
    const row = await db
      .selectFrom(table)
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    // NOTE: Number() because PostgreSQL returns counts as strings.
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
}
