// Test helpers for the extractor suites: the real gazetteer and the gold article fixtures.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { DatasetEntitySchema } from '../src/core/dataset-schema.js';
import type { SourceDocument } from '../src/core/document.js';
import { documentFromArticle } from '../src/extract/article-file.js';
import type { ExtractionResult } from '../src/extract/extractor.js';
import { buildGazetteer, entityFromRecord, type Gazetteer } from '../src/extract/gazetteer.js';
import { extractWithRules } from '../src/extract/rules-extractor.js';

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

/** Run the rules extractor on a bare text, as an article published on `publishedAt`. */
export function extractText(text: string, publishedAt = '2025-12-17'): ExtractionResult {
  const doc = documentFromArticle('t', ` date ${publishedAt}\n${text}`);
  return extractWithRules(doc, { gazetteer: realGazetteer(), now: '2026-01-01T00:00:00.000Z' });
}

/** "from→to type" for each claim, sorted, for compact assertions. */
export function triples(r: ExtractionResult): string[] {
  return r.claims.map((c) => `${c.from.id ?? `?${c.from.name}`}→${c.to.id ?? `?${c.to.name}`} ${c.type}`).sort();
}
