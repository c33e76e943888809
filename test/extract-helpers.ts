// Test helpers for the extractor suites: the real gazetteer and the gold article fixtures.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { DatasetEntitySchema } from '../src/core/dataset-schema.js';
import type { SourceDocument } from '../src/core/document.js';
import { documentFromArticle } from '../src/extract/article-file.js';
import { buildGazetteer, entityFromRecord, type Gazetteer } from '../src/extract/gazetteer.js';

export const ROOT = new URL('..', import.meta.url).pathname;
export const ARTICLES = join(ROOT, 'test/fixtures/articles');

let cached: Gazetteer | null = null;

/** The gazetteer built from data/entities.json. */
export function realGazetteer(): Gazetteer {
  if (cached) return cached;
  const raw = JSON.parse(readFileSync(join(ROOT, 'data/entities.json'), 'utf8')) as unknown[];
  cached = buildGazetteer(raw.map((r) => entityFromRecord(DatasetEntitySchema.parse(r))));
  return cached;
}

export interface Fixture {
  readonly name: string;
  readonly doc: SourceDocument;
  readonly gold: unknown;
}

/** Every NAME.txt with a NAME.expected.json beside it. */
export function loadFixtures(dir = ARTICLES): Fixture[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .flatMap((f) => {
      const name = f.slice(0, -4);
      let gold: unknown;
      try {
        gold = JSON.parse(readFileSync(join(dir, `${name}.expected.json`), 'utf8'));
      } catch {
        return [];
      }
      return [{ name, doc: documentFromArticle(name, readFileSync(join(dir, f), 'utf8')), gold }];
    });
}
