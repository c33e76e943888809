/** Batch helpers for multi-row writes: chunking, and refusing duplicate or dangling ids up front. */
import type { Kysely } from 'kysely';
import { ConflictError, NotFoundError } from '../core/errors.js';
import type { StoreDatabase } from './store-tables.js';

/** Rows per INSERT: well under every driver's bound-parameter limit. */
const CHUNK = 100;

/** Split a batch into slices of at most `size`. */
export function chunks<T>(items: readonly T[], size = CHUNK): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/**
 * Split ids for `where id in (...)` reads: distinct, at most `size` per batch, and each batch
 * padded to a power of two by repeating its last id.
 *
 * NOTE: every list length is its own SQL text, so its own prepared statement; unpadded, a long
 * ingest prepares thousands of them, each holding native memory until the collector finalises
 * it (RSS grows while the heap stays flat). Padded, a query shape has at most ten texts.
 */
export function idBatches(ids: Iterable<string>, size = 512): string[][] {
  return chunks([...new Set(ids)], size).map(padIds);
}

/** A non-empty id list padded to a power of two by repeating its last id (see `idBatches`). */
export function padIds(ids: readonly string[]): string[] {
  let n = 1;
  while (n < ids.length) n *= 2;
  return ids.concat(Array<string>(n - ids.length).fill(ids[ids.length - 1]!));
}

type ImmutableTable = 'claims' | 'judgements' | 'deal_records' | 'figures' | 'actions';
type ReferencedTable = 'documents' | 'claims' | 'deal_records' | 'entities';

/** Refuse a batch that repeats an id or reuses a stored one: these records are immutable. */
export async function refuseExisting(
  db: Kysely<StoreDatabase>,
  table: ImmutableTable,
  what: string,
  ids: readonly string[],
): Promise<void> {
  const seen = new Set<string>();
  for (const id of ids) {
    if (seen.has(id)) {
      throw new ConflictError(`store: ${what} id "${id}" appears twice in one batch`, {
        id,
        table,
      });
    }
    seen.add(id);
  }
  for (const batch of idBatches(ids)) {
    const hit = await db.selectFrom(table).select('id').where('id', 'in', batch).executeTakeFirst();
    if (hit) {
      throw new ConflictError(
        `store: ${what} "${hit.id}" already exists; ${what}s are immutable, store a new one with another id`,
        { id: hit.id, table },
      );
    }
  }
}

/**
 * Refuse a batch whose records refer to ids missing from `table`, naming the first such record.
 * `refs` pairs each record's id with the id it refers to.
 */
export async function requireExisting(
  db: Kysely<StoreDatabase>,
  table: ReferencedTable,
  what: string,
  refs: readonly (readonly [string, string])[],
  owner: string,
): Promise<void> {
  const wanted = [...new Set(refs.map(([, id]) => id))];
  const found = new Set<string>();
  for (const batch of idBatches(wanted)) {
    const hits = await db.selectFrom(table).select('id').where('id', 'in', batch).execute();
    for (const row of hits) found.add(row.id);
  }
  const missing = refs.find(([, id]) => !found.has(id));
  if (missing) {
    throw new NotFoundError(
      `store: ${owner} "${missing[0]}" refers to ${what} "${missing[1]}", which is not stored; add the ${what} first`,
      { id: missing[0], missing: missing[1], table },
    );
  }
}
