/** openStore picks the adapter from the location: URLs go to PostgreSQL, everything else to SQLite. */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { StoreError } from '../core/errors.js';
import { openStore } from './open-store.js';
import { SQLITE_SCHEMA_VERSION } from './sqlite-migrations.js';
import { sampleDeal } from './store-conformance-samples.js';

const root = mkdtempSync(join(tmpdir(), 'roundtrip-open-store-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('openStore', () => {
  it('opens a file path as SQLite, passing the options through', async () => {
    const path = join(root, 'ledger.sqlite');
    const store = await openStore(path);
    await store.createDeal(sampleDeal('d'));
    expect(await store.schemaVersion()).toBe(SQLITE_SCHEMA_VERSION);
    await store.close();
    expect(existsSync(path)).toBe(true);
    const ro = await openStore(path, { readonly: true });
    await expect(ro.createDeal(sampleDeal('e'))).rejects.toMatchObject({
      code: 'store',
      details: { reason: 'readonly' },
    });
    await ro.close();
  });

  it('opens ":memory:" as a throwaway SQLite store', async () => {
    const store = await openStore(':memory:');
    expect(await store.isEmpty()).toBe(true);
    await store.close();
  });

  it('sends postgres:// and postgresql:// URLs to PostgreSQL', async () => {
    // NOTE: port 1 on loopback refuses at once; the error proves which adapter tried.
    for (const url of ['postgres://ana:pw@127.0.0.1:1/ledger', 'PostgreSQL://127.0.0.1:1/x']) {
      const error = await openStore(url).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(StoreError);
      expect((error as StoreError).details).toMatchObject({ reason: 'unreachable', port: 1 });
    }
    expect(existsSync('postgres:')).toBe(false);
  });
});
