/** `roundtrip ingest` over many documents: streamed --json in the usual shape, progress with a total and ETA, the closing summary. */
import { copyFile, mkdir, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { estimateLeft, formatDuration } from '../src/cli/commands/ingest.js';
import { cli, tempDb } from './helpers/cli.js';

const ARTICLES = join(process.cwd(), 'test/fixtures/articles');

interface ResultJson {
  input: string;
  result: string;
  documentId?: string;
  claims?: { id: string }[];
  reason?: string;
}

describe('roundtrip ingest', () => {
  let t: Awaited<ReturnType<typeof tempDb>>;
  beforeEach(async () => {
    t = await tempDb();
    expect((await cli(['init', '--empty'], { db: t.db })).code).toBe(0);
  });
  afterEach(async () => t.cleanup());

  it('streams --json as the one object it always printed, and is idempotent', async () => {
    const corpus = join(t.dir, 'corpus');
    await mkdir(corpus);
    const names = (await readdir(ARTICLES)).filter((f) => f.endsWith('.txt')).sort().slice(0, 3);
    for (const f of names) await copyFile(join(ARTICLES, f), join(corpus, f));
    await writeFile(join(corpus, 'notes.json'), '{}');

    const first = await cli(['ingest', corpus, '--json'], { db: t.db });
    expect(first.code).toBe(0);
    const results = first.json<{ results: ResultJson[] }>().results;
    // Byte for byte what printing the whole object at once gives.
    expect(first.stdout).toBe(`${JSON.stringify({ results }, null, 2)}\n`);
    expect(results.map((r) => r.result)).toEqual(['stored', 'stored', 'stored', 'skipped']);
    expect(results.flatMap((r) => r.claims ?? []).length).toBeGreaterThan(0);

    const again = (await cli(['ingest', corpus, '--json'], { db: t.db })).json<{ results: ResultJson[] }>().results;
    expect(again.map((r) => r.result)).toEqual(['duplicate', 'duplicate', 'duplicate', 'skipped']);
    expect(again.map((r) => r.documentId)).toEqual([...results.slice(0, 3).map((r) => r.documentId), undefined]);
  });

  it('prints an empty result list as before', async () => {
    const empty = join(t.dir, 'empty');
    await mkdir(empty);
    const r = await cli(['ingest', empty, '--json'], { db: t.db });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('{\n  "results": []\n}\n');
  });

  it('without a terminal, reports every 100 documents with the counted total and the time left, then a table and a summary', async () => {
    const corpus = join(t.dir, 'many');
    await mkdir(corpus);
    for (let i = 0; i < 120; i++) {
      await writeFile(join(corpus, `${String(i).padStart(3, '0')}.txt`), ` date 2025-01-${String((i % 28) + 1).padStart(2, '0')}\nNote ${i}: nothing to report today.\n`);
    }
    const r = await cli(['ingest', corpus], { db: t.db });
    expect(r.code).toBe(0);
    const progress = r.stderr.split('\n').filter((l) => l.startsWith('ingest:'));
    expect(progress).toHaveLength(1);
    expect(progress[0]).toMatch(/^ingest: 100 of 120 documents, [\d.]+\/s, ETA \d+s, 0 claims, 0 errors$/);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines.filter((l) => / stored /.test(l))).toHaveLength(120);
    expect(lines.at(-1)).toMatch(/^120 documents in [\d.]+ s: 120 stored, 0 already stored, 0 errors, 0 skipped; 0 claims await review/);
  });
});

describe('the time left', () => {
  it('formats seconds, minutes and hours', () => {
    expect([formatDuration(0), formatDuration(42.4), formatDuration(185), formatDuration(3720)]).toEqual(['0s', '42s', '3m 05s', '1h 02m']);
  });

  it('comes from the average rate; approximate over a partial count, unknown past it', () => {
    expect(estimateLeft(100, { documents: 1000, exact: true }, 10)).toBe('1m 30s');
    expect(estimateLeft(100, { documents: 1000, exact: false }, 10)).toBe('~1m 30s');
    expect(estimateLeft(1000, { documents: 1000, exact: true }, 10)).toBe('0s');
    expect(estimateLeft(1200, { documents: 1000, exact: false }, 10)).toBeNull();
    expect(estimateLeft(0, { documents: 1000, exact: true }, 0)).toBeNull();
  });
});
