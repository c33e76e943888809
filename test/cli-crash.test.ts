/** An ingest killed mid-way leaves the store consistent, and running it again completes it. */
import { spawn } from 'node:child_process';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openSqliteStore } from '../src/store/sqlite-store.js';
import { cli, tempDb } from './helpers/cli.js';

const ARTICLES = join(process.cwd(), 'test/fixtures/articles');
const BIN = join(process.cwd(), 'bin/roundtrip.js');

async function documentCount(db: string): Promise<number> {
  const store = await openSqliteStore(db, { readonly: true }).catch(() => null);
  if (!store) return 0;
  try {
    return (await store.stats()).documents;
  } finally {
    await store.close();
  }
}

describe('an interrupted ingest', () => {
  it('keeps every finished document whole and completes on a re-run', async () => {
    const t = await tempDb();
    try {
      expect((await cli(['init', '--empty'], { db: t.db })).code).toBe(0);
      // A corpus of distinct documents: the fixtures, three times, each copy marked.
      const corpus = join(t.dir, 'corpus');
      await mkdir(corpus);
      const files = (await readdir(ARTICLES)).filter((f) => f.endsWith('.txt'));
      let n = 0;
      for (let copy = 0; copy < 3; copy++) {
        for (const f of files) {
          const text = await readFile(join(ARTICLES, f), 'utf8');
          await writeFile(join(corpus, `${String(n++).padStart(4, '0')}-${f}`), `${text}\n\nCopy ${copy} of ${f}.\n`);
        }
      }

      const child = spawn(process.execPath, [BIN, 'ingest', corpus, '--db', t.db], { stdio: 'ignore' });
      const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
      // Kill it hard once a few documents are in.
      for (let i = 0; i < 600 && (await documentCount(t.db)) < 5; i++) await new Promise((r) => setTimeout(r, 50));
      child.kill('SIGKILL');
      await exited;

      const store = await openSqliteStore(t.db);
      try {
        const docs = await store.listDocuments();
        expect(docs.length).toBeGreaterThanOrEqual(5);
        expect(docs.length).toBeLessThan(n);
        // Every stored document has its claims and the action recording them: nothing half-written.
        const actions = await store.listActions({ limit: 100_000 });
        for (const d of docs) {
          const action = actions.find((a) => a.target === `document:${d.id}`);
          expect(action, d.id).toBeDefined();
          const claims = await store.listClaims({ documentId: d.id });
          expect(claims.map((c) => c.id).sort()).toEqual([...(action!.payload as { claims: string[] }).claims].sort());
        }
      } finally {
        await store.close();
      }

      const rerun = await cli(['ingest', corpus, '--json'], { db: t.db });
      expect(rerun.code).toBe(0);
      const results = rerun.json<{ results: { result: string }[] }>().results;
      expect(results).toHaveLength(n);
      expect(results.every((r) => r.result === 'stored' || r.result === 'duplicate')).toBe(true);
      expect(await documentCount(t.db)).toBe(n);
    } finally {
      await t.cleanup();
    }
  });
});
