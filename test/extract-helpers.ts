// Test helpers for the extractor suites: the real gazetteer and the gold article fixtures.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { DatasetEntitySchema } from '../src/core/dataset-schema.js';
import type { SourceDocument } from '../src/core/document.js';
import type { Entity } from '../src/core/entity.js';
import { entityId } from '../src/core/ids.js';
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

/** An invented vehicle or venture owned by real companies, so a test does not lean on a fixture's. */
export function ownedEntity(id: string, name: string, kind: Entity['kind'], owners: readonly string[]): Entity {
  return {
    id: entityId(id), name, kind, sector: 'infrastructure', aliases: [], identifiers: {}, products: [], descriptors: [],
    parents: owners.map((o) => ({ id: entityId(o), relation: 'owner' as const })),
  };
}

/** The real gazetteer plus `extra` entities. */
export function gazetteerWith(extra: readonly Entity[]): Gazetteer {
  return buildGazetteer([...realGazetteer().entities.values(), ...extra]);
}

/** The claims of `text` (an article published 2025-12-01) read with `gazetteer`. */
export function claimsWith(gazetteer: () => Gazetteer, text: string): ExtractionResult['claims'] {
  return extractWithRules(documentFromArticle('t', ` date 2025-12-01\n${text}`), { gazetteer: gazetteer(), now: '2026-01-01T00:00:00.000Z' }).claims;
}
