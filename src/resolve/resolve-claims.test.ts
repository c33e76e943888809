import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeAmount } from '../core/amount.js';
import type { Claim } from '../core/claim.js';
import type { DealStatus } from '../core/deal-status.js';
import type { DealType } from '../core/deal-type.js';
import type { Entity } from '../core/entity.js';
import { InputError } from '../core/errors.js';
import { claimId, dealId, documentId, entityId, judgementId } from '../core/ids.js';
import { type ResolveState, resolveClaims } from './resolve-claims.js';

const company = (id: string, parent?: string): Entity => ({
  id: entityId(id),
  name: id.toUpperCase(),
  kind: 'company',
  sector: 'other',
  aliases: [],
  identifiers: {},
  parents: parent ? [{ id: entityId(parent), relation: 'division' }] : [],
  products: [],
  descriptors: [],
});
const ENTITIES = [
  company('nvidia'),
  company('openai'),
  company('oracle'),
  company('microsoft'),
  company('azure', 'microsoft'),
];

interface Spec {
  id: string;
  from?: string;
  to?: string;
  type?: DealType;
  amount?: [string, string] | null;
  status?: DealStatus;
  date?: string;
  doc?: string;
  relation?: Claim['relation'];
  names?: string[];
  review?: Claim['review'];
  quote?: string;
  editOf?: string;
}
function mk(s: Spec): Claim {
  return {
    id: claimId(s.id),
    documentId: documentId(s.doc ?? `doc-${s.id}`),
    type: s.type ?? 'equity_investment',
    from: { id: entityId(s.from ?? 'nvidia'), name: s.from ?? 'nvidia' },
    to: { id: entityId(s.to ?? 'openai'), name: s.to ?? 'openai' },
    amount:
      s.amount === null || s.amount === undefined
        ? null
        : makeAmount('exact', s.amount[0], s.amount[1]),
    terms: s.names ? { names: s.names } : {},
    status: s.status ?? 'announced',
    dates: {},
    attribution: { kind: 'journalist' },
    hedges: [],
    evidence: s.quote ? [{ quote: s.quote, start: 0, end: s.quote.length }] : [],
    origin: 'test',
    confidence: 0.8,
    review: s.review ?? 'unreviewed',
    publishedAt: s.date ?? '2025-09-22',
    recordedAt: '2025-09-23T00:00:00Z',
    ...(s.relation ? { relation: s.relation } : {}),
    ...(s.editOf ? { editOf: claimId(s.editOf) } : {}),
  };
}
const NOW = '2025-10-01T00:00:00Z';
const EMPTY: ResolveState = { claims: [], judgements: [], deals: [] };
const run = (
  claims: Claim[],
  state: ResolveState = EMPTY,
  thresholds?: { positive?: number; unsure?: number; windowDays?: number },
) => resolveClaims(claims, state, ENTITIES, { now: NOW, ...(thresholds ? { thresholds } : {}) });
const groups = (r: ReturnType<typeof run>) => {
  const by = new Map<string, string[]>();
  for (const j of r.judgements)
    if (j.judgement === 'positive')
      by.set(j.dealId, [...(by.get(j.dealId) ?? []), j.claimId].sort());
  return [...by.values()].map((g) => g.join(',')).sort();
};

describe('resolveClaims', () => {
  it('merges matching reports and founds one deal per distinct deal', () => {
    const r = run([
      mk({ id: 'a', amount: ['100000000000', '$100 billion'] }),
      mk({ id: 'b', amount: ['100000000000', 'up to $100bn'], date: '2025-09-23' }),
      mk({ id: 'c', type: 'hardware_purchase', from: 'openai', to: 'nvidia' }),
    ]);
    expect(groups(r)).toEqual(['a,b', 'c']);
    expect(r.newDeals.map((d) => d.id)).toEqual([
      'nvidia-openai-equity-investment-2025-09-22',
      'openai-nvidia-hardware-purchase-2025-09-22',
    ]);
    expect(r.decisions.map((d) => d.outcome)).toEqual(['new_deal', 'new_deal', 'new_deal']);
  });

  it('joins a stored deal, rolling subsidiaries up to their parent', () => {
    const stored = mk({
      id: 'old',
      from: 'openai',
      to: 'microsoft',
      type: 'compute_purchase',
      review: 'accepted',
    });
    const state = {
      claims: [stored],
      judgements: [
        {
          id: judgementId('j1'),
          claimId: stored.id,
          dealId: dealId('d1'),
          judgement: 'positive' as const,
          score: null,
          user: 'x',
          createdAt: NOW,
          deletedAt: null,
        },
      ],
      deals: [
        {
          id: dealId('d1'),
          title: null,
          version: 1,
          relations: [],
          createdAt: NOW,
          updatedAt: NOW,
        },
      ],
    };
    const r = run(
      [
        mk({
          id: 'new',
          from: 'openai',
          to: 'azure',
          type: 'compute_purchase',
          date: '2025-10-01',
        }),
      ],
      state,
    );
    expect(r.newDeals).toEqual([]);
    expect(r.judgements).toMatchObject([{ claimId: 'new', dealId: 'd1', judgement: 'positive' }]);
    expect(r.judgements[0]!.score).toBeGreaterThanOrEqual(0.75);
  });

  it('never puts two claims of one document in the same deal', () => {
    const r = run([mk({ id: 'a', doc: 'd' }), mk({ id: 'b', doc: 'd' })]);
    expect(groups(r)).toEqual(['a', 'b']);
  });

  it('sends a grey-zone claim to review with a suggested deal instead of founding one', () => {
    const r = run([
      mk({ id: 'a', amount: ['1000000000', '$1 billion'] }),
      mk({ id: 'b', amount: ['5000000000', '$5 billion'], date: '2025-09-25' }),
    ]);
    expect(groups(r)).toEqual(['a']);
    const unsure = r.judgements.find((j) => j.judgement === 'unsure')!;
    expect(unsure).toMatchObject({
      claimId: 'b',
      dealId: 'nvidia-openai-equity-investment-2025-09-22',
    });
    expect(unsure.score).toBeGreaterThanOrEqual(0.5);
    expect(unsure.score).toBeLessThan(0.75);
    expect(r.decisions.find((d) => d.claimId === 'b')?.outcome).toBe('unsure');
  });

  it('makes an expansion of a signed deal a new deal that expands it', () => {
    const r = run([
      mk({ id: 'orig', status: 'signed', amount: ['10000000000', '$10 billion'] }),
      mk({
        id: 'more',
        date: '2026-02-01',
        amount: ['5000000000', 'an additional $5 billion'],
        quote: 'Nvidia will invest an additional $5 billion',
      }),
    ]);
    expect(groups(r)).toEqual(['more', 'orig']);
    const expansion = r.newDeals.find((d) => d.id.endsWith('2026-02-01'))!;
    expect(expansion.relations).toEqual([
      { kind: 'expands', dealId: 'nvidia-openai-equity-investment-2025-09-22' },
    ]);
  });

  it('relates an explicit amendment to a stored firm deal', () => {
    const stored = mk({ id: 'old', status: 'completed', review: 'accepted' });
    const state = {
      claims: [stored],
      judgements: [
        {
          id: judgementId('j1'),
          claimId: stored.id,
          dealId: dealId('d1'),
          judgement: 'positive' as const,
          score: null,
          user: 'x',
          createdAt: NOW,
          deletedAt: null,
        },
      ],
      deals: [
        {
          id: dealId('d1'),
          title: null,
          version: 1,
          relations: [],
          createdAt: NOW,
          updatedAt: NOW,
        },
      ],
    };
    const r = run(
      [mk({ id: 'amend', relation: 'amends', status: 'signed', date: '2025-12-01' })],
      state,
    );
    expect(r.newDeals).toMatchObject([{ relations: [{ kind: 'amends', dealId: 'd1' }] }]);
  });

  it('merges a change report into a deal still in talks', () => {
    const r = run([
      mk({ id: 'talks', status: 'in_talks' }),
      mk({ id: 'up', status: 'in_talks', relation: 'amends', date: '2025-09-30' }),
    ]);
    expect(groups(r)).toEqual(['talks,up']);
  });

  it('keeps a claim away from a deal it was judged not to belong to', () => {
    const stored = mk({ id: 'old', review: 'accepted' });
    const claim = mk({ id: 'c' });
    const j = (id: string, c: string, kind: 'positive' | 'negative') => ({
      id: judgementId(id),
      claimId: claimId(c),
      dealId: dealId('d1'),
      judgement: kind,
      score: null,
      user: 'human:ana',
      createdAt: NOW,
      deletedAt: null,
    });
    const state = {
      claims: [stored, claim],
      judgements: [j('j1', 'old', 'positive'), j('j2', 'c', 'negative')],
      deals: [
        {
          id: dealId('d1'),
          title: null,
          version: 1,
          relations: [],
          createdAt: NOW,
          updatedAt: NOW,
        },
      ],
    };
    const r = run([claim], state);
    expect(r.judgements).toMatchObject([
      { claimId: 'c', judgement: 'positive', dealId: 'nvidia-openai-equity-investment-2025-09-22' },
    ]);
  });

  it('skips rejected and already-judged claims and sends edits to the deal of the claim they replace', () => {
    const first = run([mk({ id: 'a' })]);
    const r = run(
      [
        mk({ id: 'a' }),
        mk({ id: 'x', review: 'rejected' }),
        mk({ id: 'a2', editOf: 'a', type: 'loan' }),
      ],
      {
        claims: [mk({ id: 'a' })],
        judgements: first.judgements,
        deals: first.newDeals,
      },
    );
    expect(r.decisions.map((d) => [d.claimId, d.outcome])).toEqual([
      ['a', 'skipped'],
      ['a2', 'joined'],
      ['x', 'skipped'],
    ]);
    expect(r.judgements).toMatchObject([{ claimId: 'a2', dealId: first.newDeals[0]!.id }]);
  });

  it('suffixes ids that are already taken, including soft-deleted judgements', () => {
    const first = run([mk({ id: 'a' })]);
    const deleted = first.judgements.map((j) => ({ ...j, deletedAt: NOW }));
    const r = run([mk({ id: 'a' })], {
      claims: [mk({ id: 'a' })],
      judgements: deleted,
      deals: first.newDeals,
    });
    expect(r.newDeals.map((d) => d.id)).toEqual(['nvidia-openai-equity-investment-2025-09-22-2']);
    expect(r.judgements.map((j) => j.id)).toEqual([
      'auto-a-nvidia-openai-equity-investment-2025-09-22-2',
    ]);
  });

  it('refuses thresholds out of order', () => {
    expect(() => run([], EMPTY, { positive: 0.4, unsure: 0.6 })).toThrow(InputError);
    expect(() => resolveClaims([], EMPTY, [], { now: 'yesterday' })).toThrow(InputError);
  });

  it('gives the same judgements and deals for any order of the same claims', () => {
    const spec = fc.record({
      pair: fc.constantFrom(
        ['nvidia', 'openai'],
        ['openai', 'oracle'],
        ['openai', 'azure'],
        ['openai', 'microsoft'],
      ),
      type: fc.constantFrom<DealType>('equity_investment', 'compute_purchase', 'service_purchase'),
      amount: fc.option(
        fc.constantFrom('1000000000', '10000000000', '10500000000', '40000000000'),
        { nil: null },
      ),
      status: fc.constantFrom<DealStatus>('in_talks', 'announced', 'signed'),
      day: fc.integer({ min: 1, max: 28 }),
      doc: fc.integer({ min: 0, max: 5 }),
      relation: fc.constantFrom(undefined, 'expands' as const),
    });
    fc.assert(
      fc.property(
        fc.array(spec, { minLength: 1, maxLength: 12 }),
        fc.infiniteStream(fc.nat()),
        (specs, seeds) => {
          const claims = specs.map((s, i) =>
            mk({
              id: `k${String(i).padStart(2, '0')}`,
              from: s.pair[0],
              to: s.pair[1],
              type: s.type,
              amount: s.amount ? [s.amount, s.amount] : null,
              status: s.status,
              date: `2025-10-${String(s.day).padStart(2, '0')}`,
              doc: `doc${s.doc}`,
              ...(s.relation ? { relation: s.relation } : {}),
            }),
          );
          const keys = claims.map(() => seeds.next().value as number);
          const shuffled = claims
            .map((c, i) => [keys[i]!, c] as const)
            .sort((a, b) => a[0] - b[0])
            .map(([, c]) => c);
          const a = run(claims);
          const b = run(shuffled);
          expect(b.judgements).toEqual(a.judgements);
          expect(b.newDeals).toEqual(a.newDeals);
          // Running again with its own output changes nothing.
          const again = run(shuffled, { claims, judgements: a.judgements, deals: a.newDeals });
          expect(again.judgements).toEqual([]);
          expect(again.newDeals).toEqual([]);
        },
      ),
      { numRuns: 150 },
    );
  });
});
