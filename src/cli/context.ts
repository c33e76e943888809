/** Shared plumbing of commands: where the data lives, opening the ledger, parsing common options. */
import { fileURLToPath } from 'node:url';
import { DEAL_STATUSES, type DealStatus, isDealStatus } from '../core/deal-status.js';
import { DEAL_TYPES, type DealType, isDealType } from '../core/deal-type.js';
import { InputError } from '../core/errors.js';
import { type IsoDate, isIsoDate } from '../core/fuzzy-date.js';
import type { Entity } from '../core/entity.js';
import type { Ledger } from '../ledger/ledger.js';
import type { OpenedLedger } from '../ledger/open-ledger.js';
import { defaultDbPath } from '../store/default-db-path.js';
import { redactLocation } from '../store/postgres-url.js';
import type { CliIo } from './io.js';

/** The bundled dataset shipped with the package (same relative place from src/cli and dist/cli). */
export const BUNDLED_DATA_DIR = fileURLToPath(new URL('../../data', import.meta.url));

export interface GlobalOptions {
  readonly db?: string;
}

export { redactLocation };

/** The database path: --db, else ROUNDTRIP_DB, else the user data directory. */
export function dbPathFrom(io: CliIo, global: GlobalOptions): string {
  return global.db ?? defaultDbPath(io.env);
}

/**
 * Open the ledger (seeding it on first use), run `fn`, and always close the database.
 * Seeding prints one line on stderr so scripted stdout stays clean.
 */
export async function withLedger<T>(
  io: CliIo,
  global: GlobalOptions,
  fn: (ledger: Ledger, opened: OpenedLedger) => Promise<T>,
  opts: { seed?: boolean } = {},
): Promise<T> {
  const dbPath = dbPathFrom(io, global);
  // NOTE: loaded here, not at the top: the store stack (Kysely, SQLite, PostgreSQL) is most of the
  // CLI's start-up, and commands that never open the ledger (--help, extract, eval) should not pay it.
  const { openLedger } = await import('../ledger/open-ledger.js');
  const opened = await openLedger({ dbPath, datasetDir: BUNDLED_DATA_DIR, seed: opts.seed ?? true, now: io.now, user: io.env.ROUNDTRIP_USER ? `human:${io.env.ROUNDTRIP_USER}` : 'cli' });
  if (opened.seeded) {
    io.stderr.write(`roundtrip: first run: seeded ${redactLocation(dbPath)} with the bundled dataset (${opened.seeded.deals.added} deals, ${opened.seeded.entities.added} companies)\n`);
  }
  try {
    return await fn(opened.ledger, opened);
  } finally {
    await opened.ledger.store.close();
  }
}

/** The companies of the bundled dataset, for commands that read articles without opening the ledger. */
export async function bundledEntities(): Promise<readonly Entity[]> {
  const [{ loadDataset }, { datasetToLedger }] = await Promise.all([
    import('../ingest/dataset-load.js'),
    import('../ingest/dataset-convert.js'),
  ]);
  return datasetToLedger(await loadDataset(BUNDLED_DATA_DIR)).entities;
}

/** Split "a,b" option values (repeatable) into a flat list. */
export function listOption(value: string | readonly string[] | undefined): string[] {
  if (value === undefined) return [];
  const parts = Array.isArray(value) ? value : [value as string];
  return parts.flatMap((v) => v.split(',')).map((v) => v.trim()).filter(Boolean);
}

export function parseTypes(value: string | readonly string[] | undefined): DealType[] {
  return listOption(value).map((t) => {
    if (!isDealType(t)) throw new InputError(`unknown deal type "${t}"; use one of ${DEAL_TYPES.join(', ')}`, { option: 'type', value: t });
    return t;
  });
}

export function parseStatuses(value: string | readonly string[] | undefined): DealStatus[] {
  return listOption(value).map((s) => {
    if (!isDealStatus(s)) throw new InputError(`unknown status "${s}"; use one of ${DEAL_STATUSES.join(', ')}`, { option: 'status', value: s });
    return s;
  });
}

export function parseDate(value: string | undefined, option: string): IsoDate | undefined {
  if (value === undefined) return undefined;
  if (!isIsoDate(value)) throw new InputError(`--${option} "${value}" is not a date; write YYYY-MM-DD (or YYYY-MM, YYYY)`, { option, value });
  return value;
}

/** Collect a repeatable option. */
export function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}
