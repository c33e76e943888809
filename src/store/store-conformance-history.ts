/** Conformance tests for what changes over time: judgements, deal versions, transactions, the audit log. */
import { describe, expect, it } from 'vitest';
import { ConflictError } from '../core/errors.js';
import { claimId, dealId, judgementId } from '../core/ids.js';
import type { ActionRecord, Store } from './store.js';
import { seedBasics } from './store-conformance-records.js';
import {
  bareClaim,
  sampleDeal,
  sampleDocument,
  sampleEntity,
  sampleJudgement,
} from './store-conformance-samples.js';

async function seedDealWithClaims(store: Store): Promise<void> {
  await seedBasics(store);
  await store.addClaims([bareClaim('c1', 'd1'), bareClaim('c2', 'd2')]);
  await store.createDeal(sampleDeal('deal-a'));
  await store.createDeal(sampleDeal('deal-b'));
}

function action(id: string, over: Partial<ActionRecord> = {}): ActionRecord {
  return {
    id,
    kind: 'review.accept',
    who: 'human:ana',
    at: '2025-10-10T10:00:00.000Z',
    target: 'claim:c1',
    payload: null,
    undoOf: null,
    ...over,
  };
}

export function describeHistoryConformance(store: () => Store): void {
  describe('judgements', () => {
    it('round-trips and lists by claim and by deal', async () => {
      await seedDealWithClaims(store());
      const j1 = sampleJudgement('j1', 'c1', 'deal-a');
      const j2 = sampleJudgement('j2', 'c2', 'deal-a', {
        judgement: 'unsure',
        score: null,
        createdAt: '2025-10-11T00:00:00.000Z',
      });
      const j3 = sampleJudgement('j3', 'c1', 'deal-b', { judgement: 'negative' });
      await store().addJudgements([j1, j2, j3]);
      expect(await store().listJudgements({ dealId: dealId('deal-a') })).toStrictEqual([j1, j2]);
      expect((await store().listJudgements({ claimId: claimId('c1') })).map((j) => j.id)).toEqual([
        'j1',
        'j3',
      ]);
      expect(
        await store().listJudgements({ claimId: claimId('c1'), dealId: dealId('deal-b') }),
      ).toStrictEqual([j3]);
    });

    it('lists judgements on several deals at once, in time order', async () => {
      await seedDealWithClaims(store());
      const early = sampleJudgement('j9', 'c2', 'deal-b', { createdAt: '2025-10-01T00:00:00.000Z' });
      const j1 = sampleJudgement('j1', 'c1', 'deal-a');
      const late = sampleJudgement('j2', 'c2', 'deal-a', { createdAt: '2025-12-01T00:00:00.000Z' });
      await store().addJudgements([j1, late, early]);
      expect(await store().listJudgements({ dealIds: [dealId('deal-b'), dealId('deal-a')] })).toStrictEqual([early, j1, late]);
      expect(await store().listJudgements({ dealIds: [dealId('deal-b')] })).toStrictEqual([early]);
      expect(await store().listJudgements({ dealIds: [] })).toEqual([]);
    });

    it('lists judgements of several claims at once, alone or with a deal filter', async () => {
      await seedDealWithClaims(store());
      const early = sampleJudgement('j9', 'c2', 'deal-b', { createdAt: '2025-10-01T00:00:00.000Z' });
      const j1 = sampleJudgement('j1', 'c1', 'deal-a');
      const late = sampleJudgement('j2', 'c2', 'deal-a', { createdAt: '2025-12-01T00:00:00.000Z' });
      await store().addJudgements([j1, late, early]);
      expect(await store().listJudgements({ claimIds: [claimId('c2'), claimId('c1')] })).toStrictEqual([early, j1, late]);
      expect(await store().listJudgements({ claimIds: [claimId('c2')] })).toStrictEqual([early, late]);
      expect(await store().listJudgements({ claimIds: [claimId('c2')], dealIds: [dealId('deal-a')] })).toStrictEqual([late]);
      expect(await store().listJudgements({ claimIds: [claimId('c1'), claimId('c2')], dealIds: [dealId('deal-b')] })).toStrictEqual([early]);
      expect(await store().listJudgements({ claimIds: [] })).toEqual([]);
    });

    it('soft-deletes: hidden by default, kept for audit, deleting twice keeps the first time', async () => {
      await seedDealWithClaims(store());
      await store().addJudgements([sampleJudgement('j1', 'c1', 'deal-a')]);
      await store().deleteJudgement(judgementId('j1'), '2025-10-12T00:00:00.000Z');
      await store().deleteJudgement(judgementId('j1'), '2025-10-20T00:00:00.000Z');
      expect(await store().listJudgements()).toEqual([]);
      const all = await store().listJudgements({ includeDeleted: true });
      expect(all.map((j) => [j.id, j.deletedAt])).toEqual([['j1', '2025-10-12T00:00:00.000Z']]);
      await expect(
        store().deleteJudgement(judgementId('nope'), '2025-10-12T00:00:00.000Z'),
      ).rejects.toMatchObject({ code: 'not_found' });
    });

    it('answers "as of": created by then and not yet deleted', async () => {
      await seedDealWithClaims(store());
      await store().addJudgements([
        sampleJudgement('early', 'c1', 'deal-a', { createdAt: '2025-10-01T00:00:00.000Z' }),
        sampleJudgement('late', 'c2', 'deal-a', { createdAt: '2025-10-15T00:00:00.000Z' }),
      ]);
      await store().deleteJudgement(judgementId('early'), '2025-10-20T00:00:00.000Z');
      const asOf = async (t: string) =>
        (await store().listJudgements({ asOf: t })).map((j) => j.id);
      expect(await asOf('2025-09-30T23:59:59.999Z')).toEqual([]);
      expect(await asOf('2025-10-01T00:00:00.000Z')).toEqual(['early']);
      expect(await asOf('2025-10-15')).toEqual(['early', 'late']);
      expect(await asOf('2025-10-19T23:59:59.999Z')).toEqual(['early', 'late']);
      expect(await asOf('2025-10-20T00:00:00.000Z')).toEqual(['late']);
      expect(await asOf('2025-10-20T02:00:00+02:00')).toEqual(['late']);
      await expect(store().listJudgements({ asOf: 'last tuesday' })).rejects.toMatchObject({
        code: 'invalid_input',
      });
    });

    it('refuses judgements on unknown claims or deals, and duplicates', async () => {
      await seedDealWithClaims(store());
      await expect(
        store().addJudgements([sampleJudgement('j1', 'nope', 'deal-a')]),
      ).rejects.toMatchObject({ code: 'not_found' });
      await expect(
        store().addJudgements([sampleJudgement('j1', 'c1', 'nope')]),
      ).rejects.toMatchObject({ code: 'not_found' });
      await store().addJudgements([sampleJudgement('j1', 'c1', 'deal-a')]);
      await expect(
        store().addJudgements([sampleJudgement('j1', 'c2', 'deal-a')]),
      ).rejects.toMatchObject({ code: 'conflict' });
      expect((await store().stats()).judgements).toBe(1);
    });
  });

  describe('deal records', () => {
    it('round-trips records and lists them by id', async () => {
      const b = sampleDeal('b-deal', {
        relations: [{ kind: 'expands', dealId: dealId('a-deal') }],
        notes: 'curated',
      });
      const a = sampleDeal('a-deal', { title: null });
      await store().createDeal(b);
      await store().createDeal(a);
      expect(await store().getDealRecord(b.id)).toStrictEqual(b);
      expect(await store().listDealRecords()).toStrictEqual([a, b]);
      expect(await store().getDealRecord(dealId('none'))).toBeNull();
      expect(await store().listDealRecords({ ids: [dealId('b-deal'), dealId('none'), dealId('a-deal')] })).toStrictEqual([a, b]);
      expect(await store().listDealRecords({ ids: [] })).toEqual([]);
      await expect(store().createDeal(a)).rejects.toMatchObject({ code: 'conflict' });
    });

    it('updates with a version check and bumps the version', async () => {
      await store().createDeal(sampleDeal('d', { notes: 'old' }));
      const v2 = await store().updateDeal(
        dealId('d'),
        1,
        { title: 'New title' },
        { at: '2025-11-01T00:00:00.000Z' },
      );
      expect(v2).toMatchObject({
        version: 2,
        title: 'New title',
        notes: 'old',
        updatedAt: '2025-11-01T00:00:00.000Z',
        createdAt: '2025-10-01T00:00:00.000Z',
      });
      const v3 = await store().updateDeal(dealId('d'), 2, {
        notes: null,
        relations: [{ kind: 'related', dealId: dealId('x') }],
      });
      expect(v3.version).toBe(3);
      expect(v3.notes).toBeUndefined();
      expect(v3.relations).toEqual([{ kind: 'related', dealId: 'x' }]);
      expect(await store().getDealRecord(dealId('d'))).toStrictEqual(v3);
    });

    it('refuses a stale version with the versions in the error', async () => {
      await store().createDeal(sampleDeal('d'));
      await store().updateDeal(dealId('d'), 1, { title: 'first' });
      const error = await store()
        .updateDeal(dealId('d'), 1, { title: 'second' })
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ConflictError);
      expect((error as ConflictError).details).toEqual({
        dealId: 'd',
        expectedVersion: 1,
        actualVersion: 2,
      });
      expect((await store().getDealRecord(dealId('d')))?.title).toBe('first');
      await expect(store().updateDeal(dealId('none'), 1, {})).rejects.toMatchObject({
        code: 'not_found',
      });
    });

    it('lets exactly one of two concurrent edits of the same version win', async () => {
      await store().createDeal(sampleDeal('d'));
      const results = await Promise.allSettled([
        store().updateDeal(dealId('d'), 1, { title: 'alice' }),
        store().updateDeal(dealId('d'), 1, { title: 'bob' }),
      ]);
      const won = results.filter((r) => r.status === 'fulfilled');
      const lost = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
      expect(won).toHaveLength(1);
      expect(lost).toHaveLength(1);
      expect(lost[0]?.reason).toMatchObject({ code: 'conflict' });
      const stored = await store().getDealRecord(dealId('d'));
      expect(stored?.version).toBe(2);
      expect(stored?.title).toBe((won[0] as PromiseFulfilledResult<{ title: string }>).value.title);
    });
  });

  describe('transactions', () => {
    it('commits everything written through tx and returns the result', async () => {
      const result = await store().transaction(async (tx) => {
        await tx.upsertEntities([sampleEntity('openai')]);
        await tx.createDeal(sampleDeal('d'));
        return 42;
      });
      expect(result).toBe(42);
      expect(await store().stats()).toMatchObject({ entities: 1, deals: 1 });
    });

    it('rolls back everything when the callback fails', async () => {
      await seedBasics(store());
      const before = await store().stats();
      const boom = new Error('boom');
      await expect(
        store().transaction(async (tx) => {
          await tx.upsertEntities([sampleEntity('extra')]);
          await tx.addDocument(sampleDocument('d9', 'other text'));
          await tx.addClaims([bareClaim('c1', 'd9')]);
          await tx.createDeal(sampleDeal('d'));
          await tx.addJudgements([sampleJudgement('j', 'c1', 'd')]);
          await tx.appendAction(action('a1'));
          throw boom;
        }),
      ).rejects.toBe(boom);
      expect(await store().stats()).toEqual(before);
      expect(await store().getEntity(sampleEntity('extra').id)).toBeNull();
    });

    it('rolls back a failed nested transaction only', async () => {
      await store().transaction(async (tx) => {
        await tx.createDeal(sampleDeal('kept'));
        await tx
          .transaction(async (inner) => {
            await inner.createDeal(sampleDeal('dropped'));
            throw new Error('inner');
          })
          .catch(() => undefined);
      });
      expect((await store().listDealRecords()).map((d) => d.id)).toEqual(['kept']);
    });

    it('leaves nothing behind when a store method fails inside a caught transaction step', async () => {
      await seedBasics(store());
      await store().transaction(async (tx) => {
        await expect(
          tx.addClaims([bareClaim('good', 'd1'), bareClaim('bad', 'missing')]),
        ).rejects.toMatchObject({ code: 'not_found' });
        await tx.addClaims([bareClaim('after', 'd1')]);
      });
      expect((await store().listClaims()).map((c) => c.id)).toEqual(['after']);
    });
  });

  describe('audit log', () => {
    it('appends actions and lists them newest first, by target and with a limit', async () => {
      const payload = {
        before: 'unreviewed',
        after: 'accepted',
        amount: '1400000000000',
        list: [1, 'two', null],
        nested: { ok: true },
      };
      await store().appendAction(action('a1', { payload }));
      await store().appendAction(
        action('a2', { at: '2025-10-11T00:00:00.000Z', target: 'deal:x', kind: 'deal.update' }),
      );
      await store().appendAction(action('a3', { undoOf: 'a1', kind: 'review.undo' }));
      expect((await store().listActions()).map((a) => a.id)).toEqual(['a2', 'a3', 'a1']);
      expect((await store().listActions({ target: 'claim:c1' })).map((a) => a.id)).toEqual([
        'a3',
        'a1',
      ]);
      expect((await store().listActions({ limit: 1 })).map((a) => a.id)).toEqual(['a2']);
      const a1 = (await store().listActions()).find((a) => a.id === 'a1');
      expect(a1).toStrictEqual(action('a1', { payload }));
      expect((await store().listActions({ target: 'claim:c1' }))[0]?.undoOf).toBe('a1');
      await expect(store().appendAction(action('a1'))).rejects.toMatchObject({ code: 'conflict' });
    });
  });

  describe('housekeeping', () => {
    it('counts rows per table and is no longer empty after a write', async () => {
      await seedDealWithClaims(store());
      await store().addJudgements([sampleJudgement('j1', 'c1', 'deal-a')]);
      await store().appendAction(action('a1'));
      expect(await store().stats()).toEqual({
        entities: 3,
        documents: 2,
        claims: 2,
        judgements: 1,
        deals: 2,
        figures: 0,
        actions: 1,
      });
      expect(await store().isEmpty()).toBe(false);
    });

    it('refuses work after close, and closing twice is harmless', async () => {
      const s = store();
      await s.close();
      await s.close();
      await expect(s.listEntities()).rejects.toMatchObject({ code: 'store' });
    });
  });
}
