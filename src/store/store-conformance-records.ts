/** Conformance tests for stored records: entities, documents, claims and figures. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeAmount } from '../core/amount.js';
import { DataError, InputError } from '../core/errors.js';
import { claimId, documentId, entityId } from '../core/ids.js';
import type { Store } from './store.js';
import {
  bareClaim,
  fullClaim,
  sampleDocument,
  sampleEntity,
  sampleFigure,
} from './store-conformance-samples.js';

/** Entities and two documents most tests build on. */
export async function seedBasics(store: Store): Promise<void> {
  await store.upsertEntities([
    sampleEntity('openai'),
    sampleEntity('oracle'),
    sampleEntity('nvidia'),
  ]);
  await store.addDocument(sampleDocument('d1', 'Has about $1.4 trillion in commitments.'));
  await store.addDocument(sampleDocument('d2', 'Nvidia will invest.', { publishedAt: '2025-09' }));
}

export function describeRecordConformance(store: () => Store): void {
  describe('entities', () => {
    it('round-trips entities and lists them by id', async () => {
      const oracle = sampleEntity('oracle', {
        kind: 'company',
        sector: 'cloud',
        parents: [{ id: entityId('larry-co'), relation: 'owner', share: '41.5' }],
        products: ['OCI'],
        description: 'Database and cloud company',
      });
      await store().upsertEntities([sampleEntity('openai'), oracle]);
      expect(await store().getEntity(entityId('oracle'))).toStrictEqual(oracle);
      expect((await store().listEntities()).map((e) => e.id)).toEqual(['openai', 'oracle']);
      expect(await store().getEntity(entityId('nobody'))).toBeNull();
    });

    it('upserts: a second write replaces the first, and a batch keeps its last copy', async () => {
      await store().upsertEntities([sampleEntity('openai', { description: 'lab' })]);
      await store().upsertEntities([
        sampleEntity('openai', { name: 'OpenAI Group' }),
        sampleEntity('openai', { name: 'OpenAI' }),
      ]);
      const got = await store().getEntity(entityId('openai'));
      expect(got?.name).toBe('OpenAI');
      expect(got?.description).toBeUndefined();
      expect((await store().stats()).entities).toBe(1);
    });
  });

  describe('documents', () => {
    it('stores the same text once and returns the existing id', async () => {
      const first = await store().addDocument(sampleDocument('a', 'same text'));
      const again = await store().addDocument(sampleDocument('b', 'same text'));
      expect(first).toEqual({ id: 'a', created: true });
      expect(again).toEqual({ id: 'a', created: false });
      expect((await store().stats()).documents).toBe(1);
      expect(await store().getDocument(documentId('b'))).toBeNull();
    });

    it('round-trips every field and finds documents by hash', async () => {
      const doc = sampleDocument('a', 'Oracle signs a deal.', {
        outletId: entityId('reuters'),
        kind: 'press_release',
      });
      await store().addDocument(doc);
      expect(await store().getDocument(doc.id)).toStrictEqual(doc);
      expect(await store().findDocumentByHash(doc.contentHash)).toStrictEqual(doc);
      expect(await store().findDocumentByHash('no-such-hash')).toBeNull();
    });

    it('refuses a reused id with different text', async () => {
      await store().addDocument(sampleDocument('a', 'one text'));
      await expect(store().addDocument(sampleDocument('a', 'another text'))).rejects.toMatchObject({
        code: 'conflict',
      });
    });

    it('lists by publication date (undated last), with kind, as-of and paging filters', async () => {
      await store().addDocument(sampleDocument('late', 'late', { publishedAt: '2025-11-02' }));
      await store().addDocument(
        sampleDocument('undated', 'undated', {
          publishedAt: null,
          retrievedAt: '2025-12-01T00:00:00.000Z',
        }),
      );
      await store().addDocument(
        sampleDocument('month', 'month', { publishedAt: '2025-10', kind: 'filing' }),
      );
      await store().addDocument(sampleDocument('early', 'early', { publishedAt: '2025-09-30' }));
      const ids = async (o?: Parameters<Store['listDocuments']>[0]) =>
        (await store().listDocuments(o)).map((d) => d.id);
      expect(await ids()).toEqual(['early', 'month', 'late', 'undated']);
      expect(await ids({ kind: 'filing' })).toEqual(['month']);
      expect(await ids({ publishedBy: '2025-10-01' })).toEqual(['early', 'month']);
      expect(await ids({ publishedBy: '2025-09' })).toEqual(['early']);
      expect(await ids({ publishedBy: '2025' })).toEqual(['early', 'month', 'late', 'undated']);
      expect(await ids({ limit: 2, offset: 1 })).toEqual(['month', 'late']);
      expect(await ids({ offset: 3 })).toEqual(['undated']);
      await expect(store().listDocuments({ limit: -1 })).rejects.toBeInstanceOf(InputError);
      await expect(store().listDocuments({ publishedBy: '2025-02-30' })).rejects.toMatchObject({
        code: 'invalid_input',
      });
    });
  });

  describe('claims', () => {
    it('round-trips every field, amounts staying decimal strings', async () => {
      await seedBasics(store());
      const full = fullClaim('c1', 'd1');
      const bare = bareClaim('c2', 'd2');
      await store().addClaims([full, bare]);
      const got = await store().getClaim(full.id);
      expect(got).toStrictEqual(full);
      expect(got?.amount?.point).toBe('1400000000000');
      expect(got?.amount?.lower).toBe('1260000000000');
      expect(got?.terms.stakePercent?.point).toBe('0.1');
      expect(await store().getClaim(bare.id)).toStrictEqual(bare);
      expect(await store().getClaim(claimId('missing'))).toBeNull();
    });

    it('keeps any decimal amount exactly (property)', async () => {
      await seedBasics(store());
      let n = 0;
      const digits = fc.stringMatching(/^(0|[1-9]\d{0,30})(\.\d{0,17}[1-9])?$/);
      await fc.assert(
        fc.asyncProperty(digits, async (value) => {
          const c = bareClaim(`p${n++}`, 'd1', { amount: makeAmount('exact', value, value) });
          await store().addClaims([c]);
          expect((await store().getClaim(c.id))?.amount?.point).toBe(value);
        }),
        { numRuns: 25 },
      );
    });

    it('refuses amounts that are not decimal strings', async () => {
      await seedBasics(store());
      const float = { ...makeAmount('exact', '1', '$1'), point: 1e21 as unknown as string };
      await expect(
        store().addClaims([bareClaim('c1', 'd1', { amount: float })]),
      ).rejects.toBeInstanceOf(DataError);
      expect((await store().stats()).claims).toBe(0);
    });

    it('writes a batch all or nothing: a missing document or a duplicate id stores none', async () => {
      await seedBasics(store());
      await expect(
        store().addClaims([bareClaim('ok', 'd1'), bareClaim('bad', 'no-doc')]),
      ).rejects.toMatchObject({ code: 'not_found' });
      await expect(
        store().addClaims([bareClaim('twice', 'd1'), bareClaim('twice', 'd1')]),
      ).rejects.toMatchObject({ code: 'conflict' });
      expect((await store().stats()).claims).toBe(0);
      await store().addClaims([bareClaim('ok', 'd1')]);
      await expect(
        store().addClaims([bareClaim('new', 'd1'), bareClaim('ok', 'd2')]),
      ).rejects.toMatchObject({ code: 'conflict' });
      expect((await store().listClaims()).map((c) => c.id)).toEqual(['ok']);
    });

    it('moves the review state and nothing else', async () => {
      await seedBasics(store());
      const c = fullClaim('c1', 'd1');
      await store().addClaims([c]);
      await store().setReview(c.id, 'accepted', {
        who: 'human:ana',
        at: '2025-10-09T10:00:00.000Z',
      });
      expect(await store().getClaim(c.id)).toStrictEqual({ ...c, review: 'accepted' });
      await expect(
        store().setReview(claimId('nope'), 'accepted', {
          who: 'x',
          at: '2025-10-09T10:00:00.000Z',
        }),
      ).rejects.toMatchObject({ code: 'not_found' });
      await expect(
        store().setReview(c.id, 'maybe' as 'accepted', {
          who: 'x',
          at: '2025-10-09T10:00:00.000Z',
        }),
      ).rejects.toMatchObject({ code: 'invalid_input' });
    });

    it('filters by review state, document, ids and publication date', async () => {
      await seedBasics(store());
      await store().addClaims([
        bareClaim('a', 'd1', {
          review: 'unreviewed',
          publishedAt: '2025-10-06',
          recordedAt: '2025-10-07T00:00:00.000Z',
        }),
        bareClaim('b', 'd2', {
          review: 'accepted',
          publishedAt: '2025-09',
          recordedAt: '2025-10-08T00:00:00.000Z',
        }),
        bareClaim('c', 'd2', {
          review: 'rejected',
          publishedAt: null,
          recordedAt: '2025-11-01T00:00:00.000Z',
        }),
      ]);
      const ids = async (o?: Parameters<Store['listClaims']>[0]) =>
        (await store().listClaims(o)).map((c) => c.id);
      expect(await ids()).toEqual(['a', 'b', 'c']);
      expect(await ids({ review: ['unreviewed', 'rejected'] })).toEqual(['a', 'c']);
      expect(await ids({ review: [] })).toEqual([]);
      expect(await ids({ documentId: documentId('d2') })).toEqual(['b', 'c']);
      expect(await ids({ ids: [claimId('c'), claimId('a'), claimId('zz')] })).toEqual(['a', 'c']);
      expect(await ids({ publishedBy: '2025-09-15' })).toEqual(['b']);
      expect(await ids({ publishedBy: '2025-10-06' })).toEqual(['a', 'b']);
      expect(await ids({ publishedBy: '2025-11-01' })).toEqual(['a', 'b', 'c']);
      expect(await ids({ publishedBy: '2025-10', documentId: documentId('d2') })).toEqual(['b']);
    });

    it('lists many ids at once', async () => {
      await seedBasics(store());
      const many = Array.from({ length: 1200 }, (_, i) =>
        bareClaim(`m${String(i).padStart(4, '0')}`, 'd1'),
      );
      await store().addClaims(many);
      const wanted = many.filter((_, i) => i % 2 === 0).map((c) => c.id);
      expect((await store().listClaims({ ids: wanted })).map((c) => c.id)).toEqual(wanted);
    });
  });

  describe('figures', () => {
    it('round-trips figures and lists them per entity', async () => {
      await seedBasics(store());
      const withDoc = sampleFigure('f1', 'openai', {
        documentId: documentId('d1'),
        evidence: [{ quote: 'about $1.4 trillion', start: 4, end: 23 }],
      });
      const bare = sampleFigure('f2', 'oracle', {
        period: undefined,
        note: undefined,
        publishedAt: null,
      });
      delete (bare as { period?: unknown }).period;
      delete (bare as { note?: unknown }).note;
      await store().addFigures([withDoc, bare]);
      expect(await store().listFigures({ entityId: entityId('openai') })).toStrictEqual([withDoc]);
      expect(await store().listFigures()).toStrictEqual([withDoc, bare]);
      expect((await store().listFigures())[0]?.amount.point).toBe('13000000000.5');
    });

    it('refuses figures for unknown companies or documents, and duplicates', async () => {
      await seedBasics(store());
      await expect(store().addFigures([sampleFigure('f1', 'nobody')])).rejects.toMatchObject({
        code: 'not_found',
      });
      await expect(
        store().addFigures([sampleFigure('f1', 'openai', { documentId: documentId('nodoc') })]),
      ).rejects.toMatchObject({ code: 'not_found' });
      await store().addFigures([sampleFigure('f1', 'openai')]);
      await expect(store().addFigures([sampleFigure('f1', 'openai')])).rejects.toMatchObject({
        code: 'conflict',
      });
      expect((await store().stats()).figures).toBe(1);
    });
  });
}
