import { describe, expect, it } from 'vitest';
import { makeAmount } from '../core/amount.js';
import type { Claim } from '../core/claim.js';
import type { DealRecord, Judgement } from '../core/deal.js';
import type { DealStatus } from '../core/deal-status.js';
import { InputError } from '../core/errors.js';
import { claimId, dealId, documentId, entityId, judgementId } from '../core/ids.js';
import { type LedgerData, consolidateAll } from './consolidate-all.js';
import { diffAsOf } from './diff-as-of.js';
import { diffDeals } from './diff-deals.js';

const mk = (id: string, publishedAt: string, over: Partial<Claim> = {}): Claim => ({
  id: claimId(id),
  documentId: documentId(`doc-${id}`),
  type: 'equity_investment',
  from: { id: entityId('nvidia'), name: 'Nvidia' },
  to: { id: entityId('openai'), name: 'OpenAI' },
  amount: null,
  terms: {},
  status: 'announced',
  dates: {},
  attribution: { kind: 'company_statement' },
  hedges: [],
  evidence: [],
  origin: 'test',
  confidence: 1,
  review: 'accepted',
  publishedAt,
  recordedAt: `${publishedAt}T12:00:00Z`,
  ...over,
});
const j = (
  id: string,
  claim: string,
  deal: string,
  createdAt: string,
  over: Partial<Judgement> = {},
): Judgement => ({
  id: judgementId(id),
  claimId: claimId(claim),
  dealId: dealId(deal),
  judgement: 'positive',
  score: null,
  user: 'human:ana',
  createdAt,
  deletedAt: null,
  ...over,
});
const record = (id: string, relations: DealRecord['relations'] = []): DealRecord => ({
  id: dealId(id),
  title: null,
  version: 1,
  relations,
  createdAt: 'x',
  updatedAt: 'x',
});
const data = (claims: Claim[], judgements: Judgement[], deals: DealRecord[]): LedgerData => ({
  claims,
  judgements,
  deals,
  documents: new Map(),
  entities: [],
});

describe('consolidateAll', () => {
  it('counts only reviewed, visible, positively judged claims', () => {
    const ledger = data(
      [
        mk('a', '2025-09-22'),
        mk('b', '2025-09-23', { review: 'unreviewed' }),
        mk('c', '2025-09-24', { review: 'rejected' }),
        mk('d', '2025-09-25'),
      ],
      [
        j('1', 'a', 'x', '2025-09-22T13:00:00Z'),
        j('2', 'b', 'x', '2025-09-23T13:00:00Z'),
        j('3', 'c', 'x', '2025-09-24T13:00:00Z'),
        j('4', 'd', 'x', '2025-09-25T13:00:00Z', { judgement: 'unsure' }),
      ],
      [record('x')],
    );
    expect(consolidateAll(ledger).map((d) => d.claimIds)).toEqual([['a']]);
    expect(consolidateAll(ledger, { includeUnreviewed: true }).map((d) => d.claimIds)).toEqual([
      ['a', 'b'],
    ]);
  });

  it('follows the latest judgement and ignores deleted ones', () => {
    const ledger = data(
      [mk('a', '2025-09-22')],
      [
        j('1', 'a', 'x', '2025-09-22T13:00:00Z'),
        j('2', 'a', 'y', '2025-10-01T00:00:00Z'),
        j('3', 'a', 'z', '2025-10-02T00:00:00Z', { deletedAt: '2025-10-03T00:00:00Z' }),
      ],
      [record('x'), record('y'), record('z')],
    );
    expect(consolidateAll(ledger).map((d) => d.id)).toEqual(['y']);
    expect(consolidateAll(ledger, { knownAt: '2025-09-30' }).map((d) => d.id)).toEqual(['x']);
    expect(consolidateAll(ledger, { knownAt: '2025-10-02T12:00:00Z' }).map((d) => d.id)).toEqual([
      'z',
    ]);
  });

  it('drops a deal left without claims and relations that point at it', () => {
    const ledger = data(
      [mk('a', '2025-09-22'), mk('b', '2026-01-10', { relation: 'expands' })],
      [j('1', 'a', 'x', '2026-02-01T00:00:00Z'), j('2', 'b', 'y', '2026-02-01T00:00:00Z')],
      [record('x'), record('y', [{ kind: 'expands', dealId: dealId('x') }])],
    );
    expect(consolidateAll(ledger).find((d) => d.id === 'y')?.relations).toEqual([
      { kind: 'expands', dealId: 'x' },
    ]);
    expect(consolidateAll(ledger, { asOf: '2026-01-10' }).map((d) => d.id)).toEqual(['x', 'y']);
    expect(consolidateAll(ledger, { asOf: '2025-12-31' }).map((d) => d.id)).toEqual(['x']);
  });

  it('compares month-precision report dates by their first day', () => {
    const ledger = data(
      [mk('a', '2025-12')],
      [j('1', 'a', 'x', '2026-01-01T00:00:00Z')],
      [record('x')],
    );
    expect(consolidateAll(ledger, { asOf: '2025-11-30' })).toEqual([]);
    expect(consolidateAll(ledger, { asOf: '2025-12-01' })).toHaveLength(1);
  });

  it('rejects malformed dates', () => {
    const ledger = data([], [], []);
    expect(() => consolidateAll(ledger, { asOf: '17/12/2025' })).toThrow(InputError);
    expect(() => consolidateAll(ledger, { knownAt: 'soon' })).toThrow(InputError);
  });
});

describe('diffDeals', () => {
  const status = (s: DealStatus, date: string, over: Partial<Claim> = {}) =>
    mk(`${s}-${date}`, date, { status: s, ...over });
  const claims = [
    status('in_talks', '2025-09-01', { amount: makeAmount('exact', '10000000000', '$10bn') }),
    status('signed', '2025-10-01', { amount: makeAmount('about', '10000000000', 'about $10bn') }),
    status('in_talks', '2025-09-05', { type: 'loan' }),
    status('cancelled', '2025-10-02', { type: 'loan' }),
    status('announced', '2025-10-03', { type: 'licence' }),
  ];
  const ledger = data(
    claims,
    [
      j('1', 'in_talks-2025-09-01', 'inv', '2025-11-01T00:00:00Z'),
      j('2', 'signed-2025-10-01', 'inv', '2025-11-01T00:00:00Z'),
      j('3', 'in_talks-2025-09-05', 'loan', '2025-11-01T00:00:00Z'),
      j('4', 'cancelled-2025-10-02', 'loan', '2025-11-01T00:00:00Z'),
      j('5', 'announced-2025-10-03', 'lic', '2025-11-01T00:00:00Z'),
    ],
    [record('inv'), record('loan'), record('lic')],
  );

  it('lists added, changed field by field, and ended deals between two dates', () => {
    const diff = diffAsOf(ledger, '2025-09-30', '2025-10-31');
    expect(diff.added.map((d) => d.id)).toEqual(['lic']);
    expect(diff.ended.map((e) => [e.id, e.reason])).toEqual([['loan', 'cancelled']]);
    expect(diff.changed.map((c) => c.id)).toEqual(['inv']);
    const fields = diff.changed[0]!.fields;
    expect(fields.map((f) => f.field)).toEqual([
      'amount',
      'status',
      'claimIds',
      'independentSources',
    ]);
    expect(fields.find((f) => f.field === 'status')).toEqual({
      field: 'status',
      before: 'in_talks',
      after: 'signed',
    });
  });

  it('reports a deal that disappears as removed, and nothing for identical views', () => {
    const all = consolidateAll(ledger);
    expect(diffDeals(all, all)).toEqual({ added: [], changed: [], ended: [] });
    expect(diffDeals(all, all.slice(1)).ended.map((e) => [e.id, e.reason])).toEqual([
      [all[0]!.id, 'removed'],
    ]);
  });
});
