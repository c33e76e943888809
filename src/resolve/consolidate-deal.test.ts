import { describe, expect, it } from 'vitest';
import { type Amount, makeAmount } from '../core/amount.js';
import type { Attribution, Claim, DealDates } from '../core/claim.js';
import type { DealRecord } from '../core/deal.js';
import type { SourceDocument } from '../core/document.js';
import { InputError } from '../core/errors.js';
import { fuzzyFromIso } from '../core/fuzzy-date.js';
import { claimId, dealId, documentId, entityId } from '../core/ids.js';
import { consolidateDeal } from './consolidate-deal.js';

const RECORD: DealRecord = {
  id: dealId('d'),
  title: null,
  version: 3,
  relations: [],
  createdAt: 'x',
  updatedAt: 'x',
};
const DOCS = new Map<ReturnType<typeof documentId>, SourceDocument>();

function mk(
  id: string,
  over: {
    amount?: Amount | null;
    attribution?: Attribution;
    dates?: DealDates;
    publishedAt?: string;
  } & Partial<Claim> = {},
): Claim {
  return {
    id: claimId(id),
    documentId: documentId(`doc-${id}`),
    type: 'compute_purchase',
    from: { id: entityId('openai'), name: 'OpenAI' },
    to: { id: entityId('oracle'), name: 'Oracle' },
    amount: null,
    terms: {},
    status: 'signed',
    dates: {},
    attribution: { kind: 'anonymous_sources' },
    hedges: [],
    evidence: [],
    origin: 'test',
    confidence: 1,
    review: 'accepted',
    publishedAt: '2025-09-10',
    recordedAt: '2025-09-11T00:00:00Z',
    ...over,
  };
}

describe('consolidateDeal', () => {
  it('flags disjoint amounts as a conflict, keeps both and prefers the company statement', () => {
    const deal = consolidateDeal(
      RECORD,
      [
        mk('wsj', {
          amount: makeAmount('exact', '300000000000', '$300 billion'),
          publishedAt: '2025-09-10',
        }),
        mk('ft', {
          amount: makeAmount('exact', '300000000000', '$300bn'),
          publishedAt: '2025-09-11',
        }),
        mk('filing', {
          amount: makeAmount('exact', '317000000000', '$317 billion'),
          attribution: { kind: 'filing' },
          publishedAt: '2025-09-12',
        }),
      ],
      DOCS,
      [],
    );
    expect(deal.amount?.point).toBe('317000000000');
    expect(deal.provenance.amount).toEqual(['filing']);
    const conflict = deal.conflicts.find((c) => c.field === 'amount')!;
    expect(conflict.values.map((v) => [v.claimIds, v.preferred])).toEqual([
      [['filing'], true],
      [['ft', 'wsj'], false],
    ]);
  });

  it('prefers the value more independent reports back when attribution ties', () => {
    const deal = consolidateDeal(
      RECORD,
      [
        mk('a', { amount: makeAmount('exact', '10000000000', '$10bn') }),
        mk('b', { amount: makeAmount('exact', '10000000000', '$10 billion') }),
        mk('c', {
          amount: makeAmount('exact', '20000000000', '$20 billion'),
          publishedAt: '2025-12-01',
        }),
      ],
      DOCS,
      [],
    );
    expect(deal.amount?.point).toBe('10000000000');
    expect(deal.conflicts).toHaveLength(1);
  });

  it('lets no single undisclosed report erase a disclosed figure', () => {
    const deal = consolidateDeal(
      RECORD,
      [
        mk('a', { amount: makeAmount('undisclosed', null, 'undisclosed') }),
        mk('b', { amount: makeAmount('exact', '5', '$5') }),
      ],
      DOCS,
      [],
    );
    expect(deal.amount?.point).toBe('5');
    expect(deal.conflicts).toEqual([]);
  });

  it('intersects date windows and flags windows that miss each other', () => {
    const deal = consolidateDeal(
      RECORD,
      [
        mk('a', { dates: { signed: fuzzyFromIso('2025-09') } }),
        mk('b', { dates: { signed: fuzzyFromIso('2025-09-10'), start: fuzzyFromIso('2026') } }),
        mk('c', { dates: { start: fuzzyFromIso('2027') }, publishedAt: '2025-09-01' }),
      ],
      DOCS,
      [],
    );
    expect(deal.dates.signed).toMatchObject({
      earliest: '2025-09-10',
      latest: '2025-09-10',
      precision: 'day',
    });
    expect(deal.provenance['dates.signed']).toEqual(['a', 'b']);
    expect(deal.conflicts.map((c) => c.field)).toEqual(['dates.start']);
    expect(deal.legs[0]!.start).toBe('2026-01-01');
  });

  it('uses explicit legs from a claim and marks the deal reviewed only when every claim is accepted', () => {
    const legs = [
      {
        from: entityId('openai'),
        to: entityId('oracle'),
        asset: 'compute' as const,
        carriesAmount: true,
        contingent: true,
      },
    ];
    const deal = consolidateDeal(
      RECORD,
      [
        mk('a', { legs, amount: makeAmount('exact', '7', '$7') }),
        mk('b', { review: 'unreviewed' }),
      ],
      DOCS,
      [],
    );
    expect(deal.legs).toMatchObject([
      { id: 'd:compute', asset: 'compute', contingent: true, amount: { point: '7' } },
    ]);
    expect(deal.reviewed).toBe(false);
    expect(deal.version).toBe(3);
    expect(deal.title).toBe('OpenAI → Oracle compute / cloud purchase');
  });

  it('flags a type disagreement and reports the parties of the better-supported side', () => {
    const deal = consolidateDeal(
      RECORD,
      [
        mk('a', { attribution: { kind: 'company_statement' } }),
        mk('b', { type: 'service_purchase' }),
      ],
      DOCS,
      [],
    );
    expect(deal.type).toBe('compute_purchase');
    expect(deal.conflicts.map((c) => c.field)).toEqual(['type']);
  });

  it('refuses a deal with no claims', () => {
    expect(() => consolidateDeal(RECORD, [], DOCS, [])).toThrow(InputError);
  });
});

describe('consolidateDeal may-be-zero', () => {
  it('keeps "or none at all" on the deal even when another figure wins', () => {
    const deal = consolidateDeal(
      RECORD,
      [
        mk('a', {
          amount: makeAmount('exact', '10000000000', '$10bn'),
          attribution: { kind: 'company_statement' },
        }),
        mk('b', {
          amount: makeAmount('exact', '30000000000', '$30bn, or nothing', { mayBeZero: true }),
        }),
      ],
      DOCS,
      [],
    );
    expect(deal.amount).toMatchObject({ point: '10000000000', mayBeZero: true });
    expect(deal.conflicts[0]!.values.map((v) => (v.value as Amount).mayBeZero)).toEqual([
      false,
      true,
    ]);
  });
});
