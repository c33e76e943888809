/** The SQLite store: the shared conformance suite on a real file, plus what only a file can do wrong. */
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { StoreError } from '../core/errors.js';
import { dealId } from '../core/ids.js';
import { defaultDbPath } from './default-db-path.js';
import { openSqliteStore } from './sqlite-store.js';
import { SQLITE_SCHEMA_VERSION } from './sqlite-migrations.js';
import { describeStoreConformance } from './store-conformance.js';
import {
  fullClaim,
  sampleDeal,
  sampleDocument,
  sampleEntity,
} from './store-conformance-samples.js';

const root = mkdtempSync(join(tmpdir(), 'roundtrip-store-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let counter = 0;
const freshPath = () => join(root, `db-${++counter}`, 'ledger.sqlite');

describeStoreConformance('sqlite file', async () => {
  const store = await openSqliteStore(freshPath());
  return { store, cleanup: () => store.close() };
});

describeStoreConformance('sqlite :memory:', async () => {
  const store = await openSqliteStore(':memory:');
  return { store, cleanup: () => store.close() };
});

/** Expect `open` to fail with a StoreError for `reason`, leaving the file's bytes as they were. */
async function expectRefusedUnchanged(path: string, reason: string): Promise<void> {
  const before = readFileSync(path);
  const error = await openSqliteStore(path).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(StoreError);
  expect((error as StoreError).details).toMatchObject({ reason, path });
  expect(readFileSync(path).equals(before)).toBe(true);
}

describe('openSqliteStore', () => {
  it('creates missing directories and keeps data across reopen', async () => {
    const path = join(root, 'deep', 'er', 'ledger.sqlite');
    const store = await openSqliteStore(path);
    await store.upsertEntities([sampleEntity('openai')]);
    await store.addDocument(sampleDocument('d1', 'Has about $1.4 trillion in commitments.'));
    await store.addClaims([fullClaim('c1', 'd1')]);
    await store.createDeal(sampleDeal('d'));
    await store.close();
    expect(existsSync(path)).toBe(true);

    const again = await openSqliteStore(path);
    expect(await again.getClaim(fullClaim('c1', 'd1').id)).toStrictEqual(fullClaim('c1', 'd1'));
    expect(await again.stats()).toMatchObject({ entities: 1, documents: 1, claims: 1, deals: 1 });
    expect(await again.schemaVersion()).toBe(SQLITE_SCHEMA_VERSION);
    await again.close();
  });

  it('uses WAL, foreign keys, and records its schema version', async () => {
    const path = freshPath();
    await (await openSqliteStore(path)).close();
    const raw = new Database(path, { readonly: true });
    expect(raw.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(raw.prepare(`select value from meta where key = 'schema_version'`).pluck().get()).toBe(
      String(SQLITE_SCHEMA_VERSION),
    );
    expect(raw.prepare('select name from kysely_migration').pluck().all()).toEqual([
      '0001-initial',
    ]);
    raw.close();
  });

  it('refuses a text file and a PNG passed as the database, leaving them unchanged', async () => {
    const dir = join(root, 'not-sqlite');
    mkdirSync(dir, { recursive: true });
    const text = join(dir, 'notes.txt');
    writeFileSync(text, 'These are my notes, not a database.\n');
    await expectRefusedUnchanged(text, 'not_sqlite');
    const png = join(dir, 'picture.png');
    writeFileSync(
      png,
      Buffer.from([
        0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 1, 2,
        3,
      ]),
    );
    await expectRefusedUnchanged(png, 'not_sqlite');
  });

  it('refuses a database written by a newer roundtrip, leaving it unchanged', async () => {
    const path = freshPath();
    await (await openSqliteStore(path)).close();
    const raw = new Database(path);
    raw
      .prepare(`update meta set value = ? where key = 'schema_version'`)
      .run(String(SQLITE_SCHEMA_VERSION + 1));
    raw
      .prepare(
        `insert into kysely_migration (name, timestamp) values ('9999-future', '2030-01-01T00:00:00.000Z')`,
      )
      .run();
    raw.close();
    await expectRefusedUnchanged(path, 'newer_schema');
  });

  it("refuses another program's SQLite database, leaving it unchanged", async () => {
    const path = freshPath();
    mkdirSync(join(path, '..'), { recursive: true });
    const raw = new Database(path);
    raw.exec("create table contacts (name text); insert into contacts values ('ana');");
    raw.close();
    await expectRefusedUnchanged(path, 'foreign_database');
  });

  it('refuses a directory given as the database', async () => {
    await expect(openSqliteStore(root)).rejects.toMatchObject({
      code: 'store',
      details: { reason: 'directory' },
    });
  });

  it('treats an empty file as a new database', async () => {
    const path = freshPath();
    mkdirSync(join(path, '..'), { recursive: true });
    writeFileSync(path, '');
    await expect(openSqliteStore(path, { readonly: true })).rejects.toMatchObject({
      code: 'store',
      details: { reason: 'old_schema' },
    });
    const store = await openSqliteStore(path);
    expect(await store.isEmpty()).toBe(true);
    await store.close();
  });

  it('opens read-only: reads work, writes fail with a store error, missing files are refused', async () => {
    const path = freshPath();
    const rw = await openSqliteStore(path);
    await rw.createDeal(sampleDeal('d'));
    await rw.close();
    const ro = await openSqliteStore(path, { readonly: true });
    expect((await ro.listDealRecords()).map((d) => d.id)).toEqual(['d']);
    await expect(ro.createDeal(sampleDeal('e'))).rejects.toMatchObject({
      code: 'store',
      details: { reason: 'readonly' },
    });
    await expect(ro.updateDeal(dealId('d'), 1, { title: 'x' })).rejects.toMatchObject({
      code: 'store',
    });
    await ro.close();
    await expect(
      openSqliteStore(join(root, 'absent.sqlite'), { readonly: true }),
    ).rejects.toMatchObject({ code: 'store', details: { reason: 'missing' } });
  });

  it('shares one file between two stores; a transaction holds the write lock from its start', async () => {
    const path = freshPath();
    const a = await openSqliteStore(path);
    const b = await openSqliteStore(path, { busyTimeoutMs: 50 });
    await a.createDeal(sampleDeal('from-a'));
    expect((await b.listDealRecords()).map((d) => d.id)).toEqual(['from-a']);
    await a.transaction(async (tx) => {
      await tx.listDealRecords();
      await expect(b.createDeal(sampleDeal('from-b'))).rejects.toMatchObject({
        code: 'store',
        details: { reason: 'locked' },
      });
      await tx.createDeal(sampleDeal('in-tx'));
    });
    await b.createDeal(sampleDeal('from-b'));
    expect((await a.listDealRecords()).map((d) => d.id)).toEqual(['from-a', 'from-b', 'in-tx']);
    await a.close();
    await b.close();
  });

  it('reports a file locked by another writer as a store error', async () => {
    const path = freshPath();
    await (await openSqliteStore(path)).close();
    const other = new Database(path);
    other.exec('BEGIN EXCLUSIVE');
    try {
      await expect(openSqliteStore(path, { busyTimeoutMs: 50 })).rejects.toMatchObject({
        code: 'store',
        details: { reason: 'locked' },
      });
    } finally {
      other.exec('ROLLBACK');
      other.close();
    }
  });
});

describe('defaultDbPath', () => {
  it('prefers $ROUNDTRIP_DB on every platform', () => {
    expect(defaultDbPath({ ROUNDTRIP_DB: '/data/x.sqlite', HOME: '/home/ana' }, 'linux')).toBe(
      '/data/x.sqlite',
    );
    expect(defaultDbPath({ ROUNDTRIP_DB: 'C:\\x.sqlite' }, 'win32')).toBe('C:\\x.sqlite');
  });

  it('follows XDG on Linux, ignoring empty or relative $XDG_DATA_HOME', () => {
    expect(defaultDbPath({ XDG_DATA_HOME: '/xdg', HOME: '/home/ana' }, 'linux')).toBe(
      '/xdg/roundtrip/roundtrip.sqlite',
    );
    expect(defaultDbPath({ HOME: '/home/ana' }, 'linux')).toBe(
      '/home/ana/.local/share/roundtrip/roundtrip.sqlite',
    );
    expect(defaultDbPath({ XDG_DATA_HOME: '', HOME: '/home/ana' }, 'linux')).toBe(
      '/home/ana/.local/share/roundtrip/roundtrip.sqlite',
    );
    expect(
      defaultDbPath({ XDG_DATA_HOME: 'rel', HOME: '/home/ana', ROUNDTRIP_DB: '' }, 'freebsd'),
    ).toBe('/home/ana/.local/share/roundtrip/roundtrip.sqlite');
  });

  it('uses Application Support on macOS and APPDATA on Windows', () => {
    expect(defaultDbPath({ HOME: '/Users/ana', XDG_DATA_HOME: '/xdg' }, 'darwin')).toBe(
      '/Users/ana/Library/Application Support/roundtrip/roundtrip.sqlite',
    );
    expect(defaultDbPath({ APPDATA: 'C:\\Users\\ana\\AppData\\Roaming' }, 'win32')).toBe(
      'C:\\Users\\ana\\AppData\\Roaming\\roundtrip\\roundtrip.sqlite',
    );
    expect(defaultDbPath({ USERPROFILE: 'C:\\Users\\ana' }, 'win32')).toBe(
      'C:\\Users\\ana\\AppData\\Roaming\\roundtrip\\roundtrip.sqlite',
    );
  });

  it('fails clearly when there is no home directory', () => {
    expect(() => defaultDbPath({}, 'linux')).toThrow(StoreError);
    expect(() => defaultDbPath({}, 'win32')).toThrow(StoreError);
  });
});
