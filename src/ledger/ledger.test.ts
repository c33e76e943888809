/** The ledger service on a real in-memory store: which view a deal is shown in, and how often it consolidates. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Claim } from '../core/claim.js';
import { NotFoundError } from '../core/errors.js';
import { openSqliteStore } from '../store/sqlite-store.js';
import type { Store } from '../store/store.js';
import {
  bareClaim,
  sampleDeal,
  sampleDocument,
  sampleEntity,
  sampleJudgement,
} from '../store/store-conformance-samples.js';
import { Ledger } from './ledger.js';

/** Claims by deal: which review state each has and when it was published. */
const CLAIMS: readonly [deal: string, claim: string, over: Partial<Claim>][] = [
  ['accepted', 'c1', { publishedAt: '2025-03-01' }],
  ['unreviewed', 'c2', { review: 'unreviewed', publishedAt: '2025-03-01' }],
  ['rejected', 'c3', { review: 'rejected', publishedAt: '2025-03-01' }],
  ['late', 'c4', { publishedAt: '2025-12-01' }],
  ['late', 'c5', { review: 'unreviewed', publishedAt: '2025-04-01' }],
  ['mixed', 'c6', { publishedAt: '2025-03-01' }],
  ['mixed', 'c7', { review: 'unreviewed', publishedAt: '2025-02-01' }],
];

let store: Store;
let ledger: Ledger;

beforeEach(async () => {
  store = await openSqliteStore(':memory:');
  await store.upsertEntities(['nvidia', 'openai'].map((id) => sampleEntity(id)));
  await store.addDocument(sampleDocument('d1', 'Nvidia invests in OpenAI.'));
  await store.addClaims(CLAIMS.map(([, id, over]) => bareClaim(id, 'd1', over)));
  for (const deal of new Set(CLAIMS.map(([d]) => d))) await store.createDeal(sampleDeal(deal));
  await store.addJudgements(CLAIMS.map(([deal, id]) => sampleJudgement(`j-${id}`, id, deal)));
  ledger = new Ledger(store, { now: () => '2026-01-01T00:00:00.000Z' });
});
afterEach(async () => store.close());

describe('Ledger.deal', () => {
  it('consolidates the ledger once per call, in the view the deal shows in', async () => {
    const deals = vi.spyOn(ledger, 'deals');
    const cases = [
      ['accepted', {}, false, ['c1']],
      ['unreviewed', {}, true, ['c2']],
      ['mixed', {}, false, ['c6']],
      ['mixed', { includeUnreviewed: true }, true, ['c7', 'c6']],
      ['late', {}, false, ['c4']],
      ['late', { asOf: '2025-06-30' }, true, ['c5']],
    ] as const;
    for (const [id, query, unreviewed, claims] of cases) {
      deals.mockClear();
      const detail = await ledger.deal(id, query);
      expect(detail.deal.claimIds, id).toEqual(claims);
      expect(deals.mock.calls.map(([q]) => q?.includeUnreviewed)).toEqual([unreviewed]);
    }
  });

  it('shows the reviewed view when the deal is in it, else the unreviewed one, as before', async () => {
    for (const id of new Set(CLAIMS.map(([d]) => d)))
      for (const asOf of [undefined, '2025-02-15', '2025-06-30', '2026-01-01'] as const) {
        const query = asOf ? { asOf } : {};
        const expected =
          (await ledger.deals(query)).find((d) => d.id === id) ??
          (await ledger.deals({ ...query, includeUnreviewed: true })).find((d) => d.id === id);
        const got = await ledger.deal(id, query).then(
          (d) => d.deal,
          (e: unknown) => e,
        );
        if (expected) expect(got, `${id} ${asOf}`).toEqual(expected);
        else expect(got, `${id} ${asOf}`).toBeInstanceOf(NotFoundError);
      }
  });

  it('reports a deal with no counting claims as not found, after one consolidation', async () => {
    const deals = vi.spyOn(ledger, 'deals');
    await expect(ledger.deal('rejected')).rejects.toBeInstanceOf(NotFoundError);
    expect(deals).toHaveBeenCalledTimes(1);
    await expect(ledger.deal('nope')).rejects.toMatchObject({ code: 'not_found' });
  });
});
