/** Open the ledger database, creating it and seeding it from the bundled dataset on first use. */
import { rm } from 'node:fs/promises';
import { ConflictError } from '../core/errors.js';
import { datasetToLedger } from '../ingest/dataset-convert.js';
import { loadDataset } from '../ingest/dataset-load.js';
import { type ImportSummary, importDataset } from '../ingest/dataset-import.js';
import { openStore } from '../store/open-store.js';
import { isPostgresUrl } from '../store/postgres-url.js';
import type { Store } from '../store/store.js';
import { actionId } from './action-id.js';
import { Ledger, type LedgerOptions } from './ledger.js';

export interface OpenLedgerOptions extends LedgerOptions {
  /** A SQLite file path, or a postgres:// URL for a shared PostgreSQL ledger. */
  readonly dbPath: string;
  /** The bundled dataset directory (data/); null never seeds. */
  readonly datasetDir: string | null;
  /** Seed a database that has never been initialised (default true). */
  readonly seed?: boolean;
  readonly readonly?: boolean;
}

export interface OpenedLedger {
  readonly ledger: Ledger;
  /** What seeding imported, when this call seeded the database. */
  readonly seeded: ImportSummary | null;
}

const INIT_KINDS = ['init.seed', 'init.empty'];

/** True once `init` ran or the database was seeded (an emptied database is not re-seeded). */
async function initialised(store: Store): Promise<boolean> {
  const stats = await store.stats();
  if (stats.deals + stats.claims + stats.documents > 0) return true;
  const actions = await store.listActions({ target: 'ledger' });
  return actions.some((a) => INIT_KINDS.includes(a.kind));
}

/** Import the bundled dataset and record that the ledger was initialised. */
export async function seedLedger(ledger: Ledger, datasetDir: string): Promise<ImportSummary> {
  const dataset = await loadDataset(datasetDir);
  const summary = await ledger.store.transaction(async (tx) => {
    const s = await importDataset(tx, dataset);
    await tx.appendAction({
      id: actionId('init'),
      kind: 'init.seed',
      who: ledger.user,
      at: ledger.now(),
      target: 'ledger',
      payload: { datasetDir, summary: s },
      undoOf: null,
    });
    return s;
  });
  ledger.invalidate();
  return summary;
}

/**
 * Initialise a ledger with no deals: only the bundled gazetteer (companies and outlets, which
 * extraction needs to recognise names), marked so first start does not seed it.
 */
export async function initEmpty(ledger: Ledger, datasetDir: string | null): Promise<number> {
  const entities = datasetDir ? datasetToLedger(await loadDataset(datasetDir)).entities : [];
  await ledger.store.transaction(async (tx) => {
    if (entities.length) await tx.upsertEntities(entities);
    await markEmpty(ledger, tx);
  });
  ledger.invalidate();
  return entities.length;
}

/** Mark a database as deliberately empty so first start does not seed it. */
export async function markEmpty(ledger: Ledger, store: Store = ledger.store): Promise<void> {
  await store.appendAction({
    id: actionId('init'),
    kind: 'init.empty',
    who: ledger.user,
    at: ledger.now(),
    target: 'ledger',
    payload: {},
    undoOf: null,
  });
}

/**
 * Open the ledger at `dbPath`. On first use (no data, never initialised) it is seeded from
 * `datasetDir` unless `seed` is false.
 */
export async function openLedger(opts: OpenLedgerOptions): Promise<OpenedLedger> {
  const store = await openStore(opts.dbPath, opts.readonly ? { readonly: true } : {});
  const ledger = new Ledger(store, opts);
  try {
    let seeded: ImportSummary | null = null;
    if ((opts.seed ?? true) && opts.datasetDir && !opts.readonly && !(await initialised(store))) {
      seeded = await seedLedger(ledger, opts.datasetDir);
    }
    return { ledger, seeded };
  } catch (error) {
    await store.close();
    throw error;
  }
}

/**
 * Delete a database file and its WAL side files, for `init --force`.
 * @throws ConflictError when the path is in use by this process (close the store first).
 */
export async function removeDatabase(dbPath: string): Promise<void> {
  if (dbPath === ':memory:') throw new ConflictError('an in-memory database cannot be removed');
  if (isPostgresUrl(dbPath)) {
    throw new ConflictError('init --force does not drop a PostgreSQL ledger; drop its tables (or the database) with psql, then run init', { reason: 'postgres' });
  }
  await Promise.all(['', '-wal', '-shm', '-journal'].map((suffix) => rm(`${dbPath}${suffix}`, { force: true })));
}
