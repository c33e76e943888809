/** Resolving each document against its candidate deals decides exactly as resolving against the whole store. */
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import type { Claim } from '../core/claim.js';
import type { SourceDocument } from '../core/document.js';
import type { Entity } from '../core/entity.js';
import { dealId } from '../core/ids.js';
import { attachValuations } from '../extract/attach-valuations.js';
import { buildGazetteer } from '../extract/gazetteer.js';
import { extractWithRules } from '../extract/rules-extractor.js';
import { dealSlug, resolveClaims } from '../resolve/resolve-claims.js';
import { openSqliteStore } from '../store/sqlite-store.js';
import type { Store } from '../store/store.js';
import { datasetToLedger } from './dataset-convert.js';
import { importDataset } from './dataset-import.js';
import { loadDataset } from './dataset-load.js';
import { DealCandidates } from './ingest-candidates.js';
import { type ExtractFn, type IngestItem, IngestSession } from './ingest-pipeline.js';
import { readSource } from './read-source.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const NOW = '2026-11-22T12:00:00.000Z';
const tmp = mkdtempSync(join(tmpdir(), 'roundtrip-candidates-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const dataset = await loadDataset(join(ROOT, 'data'));
const entities: readonly Entity[] = datasetToLedger(dataset).entities;

function extractor(): ExtractFn {
  const gazetteer = buildGazetteer(entities);
  return (doc) => {
    const r = extractWithRules(doc, { gazetteer, now: NOW });
    return { ...r, claims: attachValuations(r.claims, r.figures) };
  };
}

/** The fixtures twice over, each copy's dates moved and figures nudged so every text differs. */
function corpus(): string {
  const dir = join(tmp, 'corpus');
  const fixtures = join(ROOT, 'test/fixtures/articles');
  const names = readdirSync(fixtures).filter((f) => f.endsWith('.txt')).sort();
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (let copy = 0; copy < 2; copy++) {
    for (const name of names) {
      const text = readFileSync(join(fixtures, name), 'utf8')
        .replace(/\b(\d{4})-(\d{2})-(\d{2})\b/, (_, y: string, m: string, d: string) => `${y}-${m}-${String(Math.min(28, Number(d) + copy * 9)).padStart(2, '0')}`)
        .replace(/\$(\d+)(?= billion)/g, (_, n: string) => `$${Number(n) + copy}`);
      writeFileSync(join(dir, `${copy}-${name}`), `${text}\n\nCopy ${copy}.\n`);
    }
  }
  return dir;
}

async function seededStore(name: string): Promise<Store> {
  const store = await openSqliteStore(join(tmp, `${name}.sqlite`));
  await importDataset(store, dataset);
  return store;
}

async function documents(dir: string): Promise<{ doc: SourceDocument; input: string }[]> {
  const docs: { doc: SourceDocument; input: string }[] = [];
  for await (const r of readSource(dir, { now: () => new Date(NOW) })) if (r.kind === 'document') docs.push({ doc: r.document, input: r.input });
  return docs;
}

/** The resolution the pipeline did before the index: every document against all stored claims, kept in memory. */
async function ingestAgainstAll(store: Store, extract: ExtractFn, docs: readonly SourceDocument[], maxMembers?: number): Promise<void> {
  const [all, judgements, deals] = await Promise.all([store.listClaims(), store.listJudgements(), store.listDealRecords()]);
  for (const doc of docs) {
    const extraction = await extract(doc);
    const claims: Claim[] = extraction.claims.map((c) => ({ ...c, documentId: doc.id, review: 'unreviewed', recordedAt: NOW }));
    const resolved = resolveClaims(claims, { claims: all, judgements, deals }, entities, { now: NOW, user: 'auto:resolve@1', maxMembers });
    await store.transaction(async (tx) => {
      await tx.addDocument(doc);
      if (claims.length) await tx.addClaims(claims);
      for (const d of resolved.newDeals) await tx.createDeal(d);
      if (resolved.judgements.length) await tx.addJudgements(resolved.judgements);
    });
    all.push(...claims);
    judgements.push(...resolved.judgements);
    deals.push(...resolved.newDeals);
  }
}

async function decisions(store: Store) {
  const judgements = (await store.listJudgements()).map((j) => [j.id, j.claimId, j.dealId, j.judgement, j.score]);
  const deals = (await store.listDealRecords()).map((d) => [d.id, JSON.stringify(d.relations)]);
  return { judgements: judgements.sort(), deals: deals.sort() };
}

describe('IngestSession with DealCandidates', () => {
  // NOTE: with maxMembers 2 most stored deals outgrow it, so each document reads only their
  // representatives; the decisions must still be those of resolving against every claim.
  it.each([undefined, 2])('stores the same deals and judgements as resolving every document against the whole store (maxMembers %s)', async (maxMembers) => {
    const docs = await documents(corpus());
    expect(docs.length).toBeGreaterThan(140);
    const extract = extractor();

    const reference = await seededStore(`reference-${maxMembers}`);
    await ingestAgainstAll(reference, extract, docs.map((d) => d.doc), maxMembers);

    const indexed = await seededStore(`indexed-${maxMembers}`);
    const session = new IngestSession(indexed, extract, { now: () => NOW, user: 'test', maxMembers });
    const items: IngestItem[] = [];
    for (const { doc, input } of docs) items.push(await session.ingestDocument(doc, input));
    expect(items.every((i) => i.kind === 'stored')).toBe(true);

    const want = await decisions(reference);
    const got = await decisions(indexed);
    // Joins happened: the comparison is not between two piles of one-claim deals.
    expect(want.judgements.filter((j) => j[3] === 'positive').length).toBeGreaterThan(want.deals.length - dataset.deals.length);
    if (maxMembers !== undefined) {
      // Deals did outgrow the cap, so representatives were chosen.
      const sizes = new Map<unknown, number>();
      for (const j of want.judgements) if (j[3] === 'positive') sizes.set(j[2], (sizes.get(j[2]) ?? 0) + 1);
      expect([...sizes.values()].filter((n) => n > maxMembers + 1).length).toBeGreaterThan(5);
    }
    expect(got).toEqual(want);

    // The index holds every stored deal with members: reloading it gives the same counts.
    const reloaded = await DealCandidates.load(indexed, entities);
    expect(reloaded.size.claims).toBeGreaterThan(docs.length);
    await reference.close();
    await indexed.close();
  });

  it('resolves against the whole store when a new deal id is taken by a deal outside the candidates', async () => {
    const store = await openSqliteStore(':memory:');
    await store.upsertEntities(entities);
    const extract = extractor();
    const [{ doc }] = (await documents(join(ROOT, 'test/fixtures/articles/amazon-anthropic-2023-09.txt'))) as [{ doc: SourceDocument; input: string }];
    const first = (await extract(doc)).claims.map((c) => ({ ...c, documentId: doc.id, review: 'unreviewed' as const, recordedAt: NOW }));
    expect(first.length).toBeGreaterThan(0);
    // A deal with no claims, so no candidate index lists it, holding the id the first new deal would take.
    const taken = resolveClaims(first, { claims: [], judgements: [], deals: [] }, entities, { now: NOW, user: 'x' }).newDeals[0]!.id;
    expect(first.map(dealSlug)).toContain(taken);
    await store.createDeal({ id: dealId(taken), title: 'placeholder', version: 1, relations: [], createdAt: NOW, updatedAt: NOW });

    const session = new IngestSession(store, extract, { now: () => NOW, user: 'test' });
    const item = await session.ingestDocument(doc, 'amazon-anthropic');
    expect(item.kind).toBe('stored');
    const ids = (await store.listDealRecords()).map((d) => d.id);
    expect(ids).toContain(dealId(taken));
    expect(ids).toContain(dealId(`${taken}-2`));
    await store.close();
  });
});
