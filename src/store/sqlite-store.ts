/** Open the ledger in a SQLite file: check the file first, then migrate, then hand back a `Store`. */
import {
  accessSync,
  closeSync,
  constants,
  existsSync,
  mkdirSync,
  openSync,
  readSync,
  statSync,
} from 'node:fs';
import { dirname, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { Kysely, Migrator, SqliteDialect } from 'kysely';
import { withStatementCache } from './sqlite-statement-cache.js';
import { ConflictError, NotFoundError, StoreError } from '../core/errors.js';
import { KyselyStore } from './kysely-store.js';
import {
  SQLITE_MIGRATIONS,
  SQLITE_SCHEMA_VERSION,
  sqliteMigrationProvider,
} from './sqlite-migrations.js';
import type { Store } from './store.js';
import type { StoreDatabase } from './store-tables.js';

/** How to open the database file. */
export interface OpenSqliteOptions {
  /** Open without writing anything; the file must exist and be at the current schema version. */
  readonly readonly?: boolean;
  /** How long to wait for another program's lock before giving up (default 5000 ms). */
  readonly busyTimeoutMs?: number;
}

/** Every SQLite 3 file starts with these 16 bytes. */
const SQLITE_MAGIC = Buffer.from('SQLite format 3\0', 'latin1');

/** What a database file already holds, read without changing it. */
interface Inspection {
  readonly tables: readonly string[];
  readonly version: number | null;
  readonly app: string | null;
  readonly migrations: readonly string[];
}

/**
 * Open (creating if needed) the ledger database at `path` and bring its schema up to date.
 * Refuses, leaving the file byte-for-byte unchanged, when the file is not SQLite, is another
 * program's database, or was written by a newer roundtrip. `":memory:"` opens a throwaway store.
 * @example const store = await openSqliteStore(defaultDbPath(process.env));
 */
export async function openSqliteStore(path: string, opts: OpenSqliteOptions = {}): Promise<Store> {
  const memory = path === ':memory:';
  const file = memory ? path : resolve(path);
  const translate = translateSqliteError(file);
  let version = 0;
  if (!memory) version = checkFile(file, opts, translate);

  let raw: Database.Database;
  try {
    raw = new Database(file, {
      readonly: !!opts.readonly,
      fileMustExist: !!opts.readonly,
      timeout: opts.busyTimeoutMs ?? 5000,
    });
  } catch (error) {
    throw translate(error);
  }
  const db = new Kysely<StoreDatabase>({ dialect: new SqliteDialect({ database: withStatementCache(raw) }) });
  try {
    raw.pragma('foreign_keys = ON');
    if (!opts.readonly) {
      if (!memory) raw.pragma('journal_mode = WAL');
      raw.pragma('synchronous = NORMAL');
      version = await migrate(raw, db);
    }
  } catch (error) {
    await db.destroy();
    throw translate(error);
  }
  return new KyselyStore(db, {
    translateError: translate,
    schemaVersion: version,
    // NOTE: a read-only connection cannot take the write lock that IMMEDIATE asks for.
    begin: opts.readonly ? 'begin' : 'begin immediate',
  });
}

/** Refuse unusable files before SQLite touches them; returns the schema version found (0 = new). */
function checkFile(
  file: string,
  opts: OpenSqliteOptions,
  translate: (e: unknown) => unknown,
): number {
  const details = { path: file };
  if (!existsSync(file)) {
    if (opts.readonly) {
      throw new StoreError(
        `store: "${file}" does not exist; open it once without --readonly to create it, or check the --db path`,
        { ...details, reason: 'missing' },
      );
    }
    try {
      mkdirSync(dirname(file), { recursive: true });
    } catch (error) {
      throw new StoreError(
        `store: cannot create the directory for "${file}": ${(error as Error).message}; choose another --db path`,
        { ...details, reason: 'mkdir' },
        { cause: error },
      );
    }
    return 0;
  }
  const stat = statSync(file);
  if (stat.isDirectory()) {
    throw new StoreError(
      `store: "${file}" is a directory; pass a file path such as "${file}/roundtrip.sqlite" to --db`,
      { ...details, reason: 'directory' },
    );
  }
  if (stat.size === 0) {
    if (opts.readonly) {
      throw new StoreError(
        `store: "${file}" is empty; open it once without --readonly to create the database`,
        { ...details, reason: 'old_schema', version: 0 },
      );
    }
    return 0; // an empty file is a new database
  }
  if (!hasSqliteHeader(file)) {
    throw new StoreError(
      `store: "${file}" is not a SQLite database (it may be a text or image file); it was left unchanged: choose another --db path`,
      {
        ...details,
        reason: 'not_sqlite',
      },
    );
  }
  if (!opts.readonly) {
    try {
      accessSync(file, constants.R_OK | constants.W_OK);
      accessSync(dirname(file), constants.W_OK);
    } catch (error) {
      throw new StoreError(
        `store: "${file}" or its directory is read-only; fix the permissions, open it with --readonly, or choose another --db path`,
        { ...details, reason: 'readonly' },
        { cause: error },
      );
    }
  }
  let found: Inspection;
  try {
    found = inspect(file);
  } catch (error) {
    throw translate(error);
  }
  const known = Object.keys(SQLITE_MIGRATIONS);
  const unknown = found.migrations.filter((m) => !known.includes(m));
  if ((found.version ?? 0) > SQLITE_SCHEMA_VERSION || unknown.length > 0) {
    throw new StoreError(
      `store: "${file}" was written by a newer roundtrip (schema version ${found.version ?? '?'}, this one reads up to ${SQLITE_SCHEMA_VERSION}); it was left unchanged: upgrade roundtrip or choose another --db path`,
      {
        ...details,
        reason: 'newer_schema',
        version: found.version,
        supported: SQLITE_SCHEMA_VERSION,
      },
    );
  }
  const ours = found.tables.includes('meta') && found.app === 'roundtrip';
  if (!ours && found.tables.length > 0) {
    throw new StoreError(
      `store: "${file}" is a SQLite database of another program (tables: ${found.tables.slice(0, 5).join(', ')}); it was left unchanged: choose another --db path`,
      { ...details, reason: 'foreign_database', tables: found.tables },
    );
  }
  const version = found.version ?? 0;
  if (opts.readonly && version < SQLITE_SCHEMA_VERSION) {
    throw new StoreError(
      `store: "${file}" needs an upgrade to schema version ${SQLITE_SCHEMA_VERSION}; open it once without --readonly`,
      {
        ...details,
        reason: 'old_schema',
        version,
      },
    );
  }
  return version;
}

function hasSqliteHeader(file: string): boolean {
  const fd = openSync(file, 'r');
  try {
    const head = Buffer.alloc(SQLITE_MAGIC.length);
    const n = readSync(fd, head, 0, head.length, 0);
    return n === head.length && head.equals(SQLITE_MAGIC);
  } finally {
    closeSync(fd);
  }
}

/** Read the tables and schema version through a read-only connection. */
function inspect(file: string): Inspection {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const tables = db
      .prepare(
        `select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name`,
      )
      .pluck()
      .all() as string[];
    const metaValue = (key: string): string | null => {
      if (!tables.includes('meta')) return null;
      const v = db.prepare('select value from meta where key = ?').pluck().get(key) as
        string | undefined;
      return v ?? null;
    };
    const versionText = metaValue('schema_version');
    const migrations = tables.includes('kysely_migration')
      ? (db.prepare('select name from kysely_migration').pluck().all() as string[])
      : [];
    return {
      tables,
      version: versionText === null ? null : Number(versionText),
      app: metaValue('app'),
      migrations,
    };
  } finally {
    db.close();
  }
}

/** Run pending migrations and record the version, all in one write transaction. */
async function migrate(raw: Database.Database, db: Kysely<StoreDatabase>): Promise<number> {
  // NOTE: Kysely runs SQLite migrations outside a transaction; BEGIN IMMEDIATE makes the whole
  // upgrade atomic and takes the write lock up front, so a locked file fails fast and cleanly.
  raw.exec('BEGIN IMMEDIATE');
  try {
    const { error } = await new Migrator({
      db,
      provider: sqliteMigrationProvider,
    }).migrateToLatest();
    if (error) throw error;
    const upsert = raw.prepare(
      'insert into meta (key, value) values (?, ?) on conflict (key) do update set value = excluded.value',
    );
    upsert.run('app', 'roundtrip');
    upsert.run('schema_version', String(SQLITE_SCHEMA_VERSION));
    raw
      .prepare('insert into meta (key, value) values (?, ?) on conflict (key) do nothing')
      .run('created_at', new Date().toISOString());
    raw.exec('COMMIT');
  } catch (error) {
    if (raw.inTransaction) raw.exec('ROLLBACK');
    throw error;
  }
  return SQLITE_SCHEMA_VERSION;
}

/** Map better-sqlite3 error codes to roundtrip errors naming the file and what to do. */
function translateSqliteError(file: string): (error: unknown) => unknown {
  return (error) => {
    if (!(error instanceof Database.SqliteError)) return error;
    const code = error.code;
    const details = { path: file, sqliteCode: code };
    const make = (reason: string, message: string) =>
      new StoreError(`store: "${file}" ${message}`, { ...details, reason }, { cause: error });
    if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) {
      return make(
        'locked',
        'is locked by another program (another roundtrip running?); close it or try again',
      );
    }
    if (code.startsWith('SQLITE_READONLY')) {
      return make(
        'readonly',
        'cannot be written (read-only file or opened with --readonly); fix its permissions or open it without --readonly',
      );
    }
    if (code === 'SQLITE_FULL')
      return make('full', 'cannot grow: the disk is full; free some space and retry');
    if (code === 'SQLITE_NOTADB' || code.startsWith('SQLITE_CORRUPT')) {
      return make(
        'corrupt',
        'is damaged or not a SQLite database; restore a backup or choose another --db path',
      );
    }
    if (code.startsWith('SQLITE_CANTOPEN'))
      return make(
        'cantopen',
        'cannot be opened; check that the path and its directory exist and are accessible',
      );
    if (code.startsWith('SQLITE_IOERR'))
      return make('io', `could not be read or written (${code}); check the disk and retry`);
    if (code === 'SQLITE_CONSTRAINT_FOREIGNKEY') {
      return new NotFoundError(
        'store: a record refers to another that is not stored; add the referenced record first',
        details,
        { cause: error },
      );
    }
    if (code === 'SQLITE_CONSTRAINT_PRIMARYKEY' || code === 'SQLITE_CONSTRAINT_UNIQUE') {
      return new ConflictError(
        `store: a record with this id already exists (${error.message})`,
        details,
        { cause: error },
      );
    }
    return error;
  };
}
