/** Importing datasets into a real SQLite store: counts, idempotence, as-of replay, and all-or-nothing failure. */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Dataset, DatasetSchema } from '../src/core/dataset-schema.js';
import { DataError } from '../src/core/errors.js';
import { claimId, dealId, documentId, judgementId } from '../src/core/ids.js';
import { datasetToLedger } from '../src/ingest/dataset-convert.js';
import { importDataset } from '../src/ingest/dataset-import.js';
import { loadDataset, loadDatasetFile } from '../src/ingest/dataset-load.js';
import { openSqliteStore } from '../src/store/sqlite-store.js';
import type { Store } from '../src/store/store.js';

const fixtures = fileURLToPath(new URL('./fixtures/store/', import.meta.url));
const root = mkdtempSync(join(tmpdir(), 'roundtrip-import-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let n = 0;
let store: Store;
beforeEach(async () => {
  store = await openSqliteStore(join(root, `import-${++n}.sqlite`));
});
afterEach(async () => {
  await store.close();
});

const valid = () => loadDataset(join(fixtures, 'valid'));

/** Everything in the store, for before/after comparisons. */
async function snapshot(s: Store) {
  return {
    stats: await s.stats(),
    entities: await s.listEntities(),
    documents: await s.listDocuments(),
    claims: await s.listClaims(),
    judgements: await s.listJudgements({ includeDeleted: true }),
    deals: await s.listDealRecords(),
    figures: await s.listFigures(),
  };
}

describe('importDataset', () => {
  it('writes every record and reports counts', async () => {
    const summary = await importDataset(store, await valid());
    expect(summary).toEqual({
      entities: { added: 6, updated: 0, unchanged: 0 },
      documents: { added: 6, skipped: 0 },
      claims: { added: 5, skipped: 0 },
      judgements: { added: 5, skipped: 0 },
      deals: { added: 3, skipped: 0 },
      figures: { added: 2, skipped: 0 },
    });
    expect(await store.stats()).toEqual({
      entities: 6,
      documents: 6,
      claims: 5,
      judgements: 5,
      deals: 3,
      figures: 2,
      actions: 0,
    });
    const claim = await store.getClaim(claimId('ds:openai-oracle-2025:0'));
    expect(claim?.amount?.point).toBe('300000000000');
    expect(claim?.review).toBe('accepted');
    const doc = await store.getDocument(claim?.documentId ?? documentId('none'));
    for (const e of claim?.evidence ?? []) expect(doc?.text.slice(e.start, e.end)).toBe(e.quote);
  });

  it('is idempotent: a second import adds nothing and changes nothing', async () => {
    await importDataset(store, await valid());
    const before = await snapshot(store);
    const again = await importDataset(store, await loadDatasetFile(join(fixtures, 'valid.json')));
    expect(again).toEqual({
      entities: { added: 0, updated: 0, unchanged: 6 },
      documents: { added: 0, skipped: 6 },
      claims: { added: 0, skipped: 5 },
      judgements: { added: 0, skipped: 5 },
      deals: { added: 0, skipped: 3 },
      figures: { added: 0, skipped: 2 },
    });
    expect(await snapshot(store)).toEqual(before);
  });

  it("updates entities, keeps reviewers' edits and undone links on re-import", async () => {
    const ds = await valid();
    await importDataset(store, ds);
    await store.updateDeal(dealId('msft-openai-2019'), 1, { title: 'Edited by a reviewer' });
    await store.deleteJudgement(judgementId('dsj:msft-openai-2019:1'), '2025-11-01T00:00:00.000Z');
    const renamed: Dataset = {
      ...ds,
      entities: ds.entities.map((e) =>
        e.id === 'amd' ? { ...e, name: 'Advanced Micro Devices' } : e,
      ),
    };
    const summary = await importDataset(store, renamed);
    expect(summary.entities).toEqual({ added: 0, updated: 1, unchanged: 5 });
    expect(summary.judgements).toEqual({ added: 0, skipped: 5 });
    expect((await store.getEntity(ds.entities[4]?.id as never))?.name).toBe(
      'Advanced Micro Devices',
    );
    expect(await store.getDealRecord(dealId('msft-openai-2019'))).toMatchObject({
      title: 'Edited by a reviewer',
      version: 2,
    });
    expect(
      (await store.listJudgements({ dealId: dealId('msft-openai-2019') })).map((j) => j.id),
    ).toEqual(['dsj:msft-openai-2019:0']);
  });

  it('replays curated knowledge at its publication date', async () => {
    await importDataset(store, await valid());
    const asOf = async (d: string) =>
      (await store.listJudgements({ asOf: d })).map((j) => j.claimId);
    expect(await asOf('2019-07-21')).toEqual([]);
    expect(await asOf('2019-07-31')).toEqual(['ds:msft-openai-2019:0']);
    expect(await asOf('2019-08-01')).toEqual(['ds:msft-openai-2019:0', 'ds:msft-openai-2019:1']);
    expect((await store.listClaims({ publishedBy: '2025-09-30' })).map((c) => c.id)).toHaveLength(
      4,
    );
  });

  it('reuses a document already stored with the same text', async () => {
    const ds = await valid();
    const cited = datasetToLedger(ds).documents[0];
    if (!cited) throw new Error('fixture has no documents');
    await store.addDocument({ ...cited, id: documentId('ingested-earlier'), kind: 'news' });
    const summary = await importDataset(store, ds);
    expect(summary.documents).toEqual({ added: 5, skipped: 1 });
    expect((await store.getClaim(claimId('ds:msft-openai-2019:0')))?.documentId).toBe(
      'ingested-earlier',
    );
  });

  it('leaves the store unchanged when a write fails halfway', async () => {
    await importDataset(store, await valid());
    const before = await snapshot(store);
    const raw = JSON.parse(readFileSync(join(fixtures, 'valid.json'), 'utf8')) as {
      entities: { id: string; name: string }[];
      deals: { id: string; amount: { value: string } }[];
    };
    raw.entities.push({ id: 'coreweave', name: 'CoreWeave', kind: 'company' } as never);
    raw.deals.push({ ...raw.deals[0], id: 'broken-deal' } as never);
    const ds = DatasetSchema.parse(raw) as Dataset;
    // NOTE: "1e9" gets past the cross-reference check (only the schema reads amounts), so the
    // failure happens inside the transaction, after entities and documents were written.
    const broken: Dataset = {
      ...ds,
      deals: ds.deals.map((d) =>
        d.id === 'broken-deal' && d.amount ? { ...d, amount: { ...d.amount, value: '1e9' } } : d,
      ),
    };
    await expect(importDataset(store, broken)).rejects.toBeInstanceOf(DataError);
    expect(await snapshot(store)).toEqual(before);
    expect(await store.getEntity('coreweave' as never)).toBeNull();
  });

  it('refuses a dataset with broken references before writing anything', async () => {
    const ds = await valid();
    const bad: Dataset = {
      ...ds,
      deals: ds.deals.map((d, i) => (i === 0 ? { ...d, to: 'nobody' } : d)),
    };
    await expect(importDataset(store, bad)).rejects.toMatchObject({ code: 'invalid_data' });
    expect(await store.isEmpty()).toBe(true);
  });

  it.each([
    'bad-field.json',
    'unknown-company.json',
    'duplicate-id.json',
    'negative-amount.json',
    'bad-date.json',
    'empty.json',
    'binary.json',
    'invalid-json.json',
    'wrong-shape.json',
  ])('leaves the store unchanged when %s fails to load', async (file) => {
    await importDataset(store, await valid());
    const before = await snapshot(store);
    await expect(
      loadDatasetFile(join(fixtures, file)).then((ds) => importDataset(store, ds)),
    ).rejects.toMatchObject({ code: 'invalid_data' });
    expect(await snapshot(store)).toEqual(before);
  });
});
