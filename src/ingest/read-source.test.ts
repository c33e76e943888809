/** Counting what a read will give, before reading: folders by name only, URLs and feeds as unknown. */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { countSources, readSource } from './read-source.js';

const FOLDER = 'test/fixtures/readers/folder';

async function resultCount(input: string): Promise<number> {
  let n = 0;
  for await (const _ of readSource(input)) n++;
  return n;
}

describe('countSources', () => {
  it('counts a folder as many results as reading it gives, without reading', async () => {
    const count = await countSources([FOLDER]);
    expect(count).toEqual({ documents: await resultCount(FOLDER), exact: true });
    expect(count.documents).toBe(6);
  });

  it('adds files, folders, missing paths and file: URLs; URLs and feeds make the count inexact', async () => {
    const dated = 'test/fixtures/readers/dated.txt';
    expect(await countSources([FOLDER, dated, pathToFileURL(dated).href, 'no/such/file.txt'])).toEqual({ documents: 9, exact: true });
    expect(await countSources([dated, 'https://example.test/a'])).toEqual({ documents: 1, exact: false });
    expect(await countSources(['test/fixtures/readers/rss.xml'])).toEqual({ documents: 0, exact: false });
    expect(await countSources(['ftp://example.test/a.txt'])).toEqual({ documents: 1, exact: true });
  });

  it('counts a feed inside a folder as unknown and the rest exactly', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'rt-count-'));
    try {
      await writeFile(join(dir, 'a.txt'), 'One.');
      await writeFile(join(dir, 'b.html'), '<p>Two.</p>');
      await writeFile(join(dir, 'feed.rss'), '<rss><channel></channel></rss>');
      expect(await countSources([dir])).toEqual({ documents: 2, exact: false });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
