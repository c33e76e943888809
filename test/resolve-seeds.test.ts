// Reconciling the two seed articles: hand-written claims as an extractor would produce them,
// resolved into deals and consolidated (see shared/seeds/EXPECTED.md, "Across both articles").
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeAmount, type Amount, type Quantity } from '../src/core/amount.js';
import type { Claim, PartyRef } from '../src/core/claim.js';
import type { Deal, DealRecord, Judgement } from '../src/core/deal.js';
import type { SourceDocument } from '../src/core/document.js';
import type { Entity } from '../src/core/entity.js';
import { fuzzyFromIso } from '../src/core/fuzzy-date.js';
import { claimId, documentId, entityId, type DocumentId } from '../src/core/ids.js';
import { consolidateAll, diffAsOf, resolveClaims, type LedgerData } from '../src/resolve/index.js';

const entity = (
  id: string,
  name: string,
  kind: Entity['kind'] = 'company',
  parent?: string,
): Entity => ({
  id: entityId(id),
  name,
  kind,
  sector: 'other',
  aliases: [],
  identifiers: {},
  parents: parent ? [{ id: entityId(parent), relation: 'subsidiary' }] : [],
  products: [],
  descriptors: [],
});
const ENTITIES: Entity[] = [
  entity('amazon', 'Amazon'),
  entity('aws', 'Amazon Web Services', 'company', 'amazon'),
  entity('openai', 'OpenAI'),
  entity('microsoft', 'Microsoft'),
  entity('cerebras', 'Cerebras'),
  entity('the-information', 'The Information', 'outlet'),
  entity('reuters', 'Reuters', 'outlet'),
];
const party = (id: string): PartyRef => ({
  id: entityId(id),
  name: ENTITIES.find((e) => e.id === id)!.name,
});

// Neither seed names its own outlet: both relay other outlets' reporting.
const doc = (
  id: string,
  publishedAt: string,
  text: string,
  outlet: string | null = null,
): SourceDocument => ({
  id: documentId(id),
  kind: 'news',
  url: null,
  outletId: outlet ? entityId(slug(outlet)) : null,
  outlet,
  title: null,
  publishedAt,
  retrievedAt: '2026-01-20T10:00:00Z',
  contentHash: id,
  text,
});
const slug = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, '-');
const DOCS: SourceDocument[] = [
  doc(
    '000',
    '2025-12-17',
    'Amazon is in talks with ChatGPT-maker OpenAI to invest more than $10 billion, The Information reported.',
  ),
  doc(
    '003',
    '2025-12-17',
    'Amazon committing $10 billion or more ... Amazon might contribute around $10 billion',
  ),
  doc(
    'later',
    '2026-01-14',
    'OpenAI signed a deal to buy computing capacity from Cerebras.',
    'Reuters',
  ),
];
const DOC_MAP = new Map<DocumentId, SourceDocument>(DOCS.map((d) => [d.id, d]));

const quantity = (
  value: string,
  text: string,
  qualifier: 'exact' | 'about' = 'exact',
): Quantity => {
  const a = makeAmount(qualifier, value, text);
  return {
    point: a.point,
    lower: a.lower,
    lowerInclusive: a.lowerInclusive,
    upper: a.upper,
    upperInclusive: a.upperInclusive,
    qualifier,
    text,
    unit: 'percent',
  };
};

function claim(
  id: string,
  over: Partial<Claim> & Pick<Claim, 'documentId' | 'type' | 'from' | 'to'>,
): Claim {
  const d = DOC_MAP.get(over.documentId)!;
  return {
    id: claimId(id),
    amount: null,
    terms: {},
    status: 'in_talks',
    dates: {},
    attribution: { kind: 'journalist' },
    hedges: [],
    evidence: [],
    origin: 'test',
    confidence: 0.9,
    review: 'accepted',
    publishedAt: d.publishedAt,
    recordedAt: '2026-01-20T10:00:00Z',
    ...over,
  };
}

// 003: "$10 billion or more" (lower bound, inclusive) and "around $10 billion" (upper 11e9),
// "ranging from a substantial investment to none at all" (may be zero).
const AMOUNT_003: Amount = {
  ...makeAmount('range', '10000000000', '$10 billion or more; around $10 billion', {
    upperValue: '11000000000',
    mayBeZero: true,
  }),
  point: '10000000000',
};

const CLAIMS: Claim[] = [
  claim('c000-amazon-openai', {
    documentId: documentId('000'),
    type: 'equity_investment',
    from: party('amazon'),
    to: party('openai'),
    amount: makeAmount('more_than', '10000000000', 'more than $10 billion'),
    terms: {
      valuation: makeAmount('exact', '500000000000', 'half a trillion dollars', {
        basis: 'valuation',
      }),
    },
    attribution: { kind: 'anonymous_sources', source: 'The Information' },
    hedges: ['in talks'],
  }),
  claim('c003-amazon-openai', {
    documentId: documentId('003'),
    type: 'equity_investment',
    from: party('amazon'),
    to: party('openai'),
    amount: AMOUNT_003,
    terms: {
      valuation: makeAmount('more_than', '500000000000', 'beyond $500 billion', {
        basis: 'valuation',
      }),
    },
    attribution: { kind: 'anonymous_sources', source: 'Reuters' },
    hedges: ['could', 'remain uncertain'],
  }),
  claim('c000-openai-aws', {
    documentId: documentId('000'),
    type: 'compute_purchase',
    from: party('openai'),
    to: party('aws'),
    amount: makeAmount('exact', '38000000000', '$38 billion', { period: 'P7Y' }),
    terms: { duration: 'P7Y' },
    status: 'announced',
    dates: { announced: fuzzyFromIso('2025-11', 'last month') },
    attribution: { kind: 'company_statement', source: 'OpenAI' },
  }),
  claim('c000-msft-stake', {
    documentId: documentId('000'),
    type: 'stake',
    from: party('microsoft'),
    to: party('openai'),
    terms: { stakePercent: quantity('27', 'about 27%', 'about') },
    status: 'completed',
  }),
  claim('c003-msft-stake', {
    documentId: documentId('003'),
    type: 'stake',
    from: party('microsoft'),
    to: party('openai'),
    terms: { stakePercent: quantity('27', '27% stake') },
    status: 'completed',
  }),
  claim('c000-msft-licence', {
    documentId: documentId('000'),
    type: 'licence',
    from: party('microsoft'),
    to: party('openai'),
    status: 'signed',
  }),
  claim('c003-msft-licence', {
    documentId: documentId('003'),
    type: 'licence',
    from: party('microsoft'),
    to: party('openai'),
    status: 'signed',
  }),
  claim('c000-msft-equity', {
    documentId: documentId('000'),
    type: 'equity_investment',
    from: party('microsoft'),
    to: party('openai'),
    status: 'completed',
    amount: makeAmount('undisclosed', null, 'large equity investments'),
  }),
  claim('c000-openai-trainium', {
    documentId: documentId('000'),
    type: 'hardware_purchase',
    from: party('openai'),
    to: party('amazon'),
    terms: { names: ['Trainium'] },
    attribution: { kind: 'anonymous_sources', source: 'two people' },
  }),
  claim('c003-openai-trainium', {
    documentId: documentId('003'),
    type: 'hardware_purchase',
    from: party('openai'),
    to: party('amazon'),
    terms: { names: ['Trainium'] },
    attribution: { kind: 'other_outlet', source: 'The Information' },
  }),
  claim('later-openai-cerebras', {
    documentId: documentId('later'),
    type: 'compute_purchase',
    from: party('openai'),
    to: party('cerebras'),
    status: 'signed',
    dates: { signed: fuzzyFromIso('2026-01-14') },
    attribution: { kind: 'anonymous_sources' },
  }),
];

const NOW = '2026-01-20T10:00:00Z';
const EMPTY = { claims: [], judgements: [], deals: [] };

function resolveAll(claims: readonly Claim[]) {
  const r = resolveClaims(claims, EMPTY, ENTITIES, { now: NOW });
  return { ...r, data: ledger(claims, r.judgements, r.newDeals) };
}
function ledger(
  claims: readonly Claim[],
  judgements: readonly Judgement[],
  deals: readonly DealRecord[],
): LedgerData {
  return { claims, judgements, deals, documents: DOC_MAP, entities: ENTITIES };
}
const dealWith = (deals: readonly Deal[], id: string) =>
  deals.find((d) => d.claimIds.includes(claimId(id)));

describe('the seed articles reconciled', () => {
  const { data, judgements, newDeals } = resolveAll(CLAIMS);
  const deals = consolidateAll(data);

  it('merges both Amazon → OpenAI reports into one deal of two claims', () => {
    const amazon = deals.filter((d) => d.from.id === 'amazon' && d.to.id === 'openai');
    expect(amazon).toHaveLength(1);
    expect(amazon[0]!.claimIds).toEqual(['c000-amazon-openai', 'c003-amazon-openai']);
    expect(amazon[0]!.title).toBe('Amazon → OpenAI equity investment');
    expect(amazon[0]!.id).toBe('amazon-openai-equity-investment-2025-12-17');
  });

  it('intersects "more than $10B" with "$10B or more / around $10B": (10e9, 11e9], may be zero', () => {
    const d = dealWith(deals, 'c000-amazon-openai')!;
    expect(d.amount).toMatchObject({
      lower: '10000000000',
      lowerInclusive: false,
      upper: '11000000000',
      upperInclusive: true,
      mayBeZero: true,
      point: '10000000000',
    });
    expect(d.amount!.text).toContain('more than $10 billion');
    expect(d.amount!.text).toContain('around $10 billion');
    expect(d.provenance.amount).toEqual(['c000-amazon-openai', 'c003-amazon-openai']);
    expect(d.conflicts).toEqual([]);
  });

  it('keeps the deal in talks with two independent sources: The Information and Reuters', () => {
    const d = dealWith(deals, 'c000-amazon-openai')!;
    expect(d.status).toBe('in_talks');
    expect(d.sources).toHaveLength(2);
    const independent = d.sources.filter((s) => s.independent).map((s) => s.outlet ?? s.repeats);
    expect(independent.sort()).toEqual(['Reuters', 'The Information']);
    expect(d.legs.map((l) => [l.from, l.to, l.asset, l.amount?.lower ?? null])).toEqual([
      ['amazon', 'openai', 'cash', '10000000000'],
      ['openai', 'amazon', 'equity', null],
    ]);
    expect(d.legs[0]!.reportedAt).toBe('2025-12-17');
  });

  it('does not count Reuters crediting The Information as a third source', () => {
    const credited = CLAIMS.map((c) =>
      c.id === 'c003-amazon-openai'
        ? { ...c, attribution: { ...c.attribution, repeats: 'The Information' } }
        : c,
    );
    const d = dealWith(consolidateAll(resolveAll(credited).data), 'c003-amazon-openai')!;
    expect(d.sources.filter((s) => s.independent)).toHaveLength(2);
  });

  it('identifies the relayed outlet however the credit is encoded', () => {
    const encodings = [
      { kind: 'other_outlet', source: 'The Information', repeats: 'The Information' },
      { kind: 'anonymous_sources', source: 'the information' },
      { kind: 'journalist', repeats: 'The Information' },
    ] as const;
    for (const attribution of encodings) {
      const recoded = CLAIMS.map((c) =>
        c.id === 'c000-amazon-openai' ? { ...c, attribution } : c,
      );
      const d = dealWith(consolidateAll(resolveAll(recoded).data), 'c000-amazon-openai')!;
      expect(d.sources.map((s) => [s.documentId, s.independent, s.repeats])).toEqual([
        ['000', true, 'The Information'],
        ['003', true, 'Reuters'],
      ]);
    }
  });

  it('counts a relay of the same outlet once', () => {
    const relay = claim('relay-amazon-openai', {
      documentId: documentId('later'),
      type: 'equity_investment',
      from: party('amazon'),
      to: party('openai'),
      amount: makeAmount('more_than', '10000000000', 'more than $10 billion'),
      attribution: { kind: 'other_outlet', source: 'The Information', repeats: 'The Information' },
    });
    const d = dealWith(consolidateAll(resolveAll([...CLAIMS, relay]).data), 'relay-amazon-openai')!;
    expect(d.claimIds).toHaveLength(3);
    expect(d.sources.filter((s) => s.independent)).toHaveLength(2);
    expect(d.sources.find((s) => s.documentId === 'later')).toMatchObject({
      independent: false,
      repeats: 'The Information',
    });
  });

  it('finds the $500B valuation consistent with "beyond $500 billion"', () => {
    const d = dealWith(deals, 'c000-amazon-openai')!;
    expect(d.terms.valuation).toMatchObject({
      point: '500000000000',
      lower: '500000000000',
      upper: '500000000000',
    });
    expect(d.conflicts.filter((c) => c.field === 'terms.valuation')).toEqual([]);
  });

  it("records Microsoft's 27% stake once, with two supporting claims", () => {
    const stakes = deals.filter((d) => d.type === 'stake');
    expect(stakes).toHaveLength(1);
    expect(stakes[0]!.claimIds).toEqual(['c000-msft-stake', 'c003-msft-stake']);
    expect(stakes[0]!.terms.stakePercent).toMatchObject({ lower: '27', upper: '27' });
    expect(stakes[0]!.legs.map((l) => [l.from, l.to, l.asset])).toEqual([
      ['openai', 'microsoft', 'ownership'],
    ]);
  });

  it('keeps distinct deals between the same parties apart', () => {
    const msft = deals
      .filter((d) => d.from.id === 'microsoft')
      .map((d) => [d.type, d.claimIds.length]);
    expect(msft.sort()).toEqual([
      ['equity_investment', 1],
      ['licence', 2],
      ['stake', 2],
    ]);
    const trainium = dealWith(deals, 'c000-openai-trainium')!;
    expect(trainium.claimIds).toHaveLength(2);
    expect(trainium.terms.names).toEqual(['Trainium']);
    expect(deals).toHaveLength(7);
    expect(newDeals).toHaveLength(7);
    expect(
      judgements.every(
        (j) => j.judgement === 'positive' && j.user === 'auto:resolve@1' && j.createdAt === NOW,
      ),
    ).toBe(true);
  });

  it('dates the AWS contract from its announcement and ends it seven years on', () => {
    const d = dealWith(deals, 'c000-openai-aws')!;
    expect(d.status).toBe('announced');
    expect(d.legs[0]).toMatchObject({
      from: 'openai',
      to: 'aws',
      start: '2025-11-01',
      end: '2032-10-31',
    });
  });

  it('changes nothing when the same claims are resolved again', () => {
    const again = resolveClaims(CLAIMS, { claims: CLAIMS, judgements, deals: newDeals }, ENTITIES, {
      now: '2026-02-01T00:00:00Z',
    });
    expect(again.judgements).toEqual([]);
    expect(again.newDeals).toEqual([]);
    expect(again.decisions.every((d) => d.outcome === 'skipped')).toBe(true);
  });

  it('gives the same deals whatever the order of the claims', () => {
    const canonical = JSON.stringify(deals);
    fc.assert(
      fc.property(
        fc.shuffledSubarray(CLAIMS, { minLength: CLAIMS.length, maxLength: CLAIMS.length }),
        (shuffled) => {
          const r = resolveAll(shuffled);
          expect(JSON.stringify(consolidateAll(r.data))).toBe(canonical);
        },
      ),
      { numRuns: 30 },
    );
  });

  it('gives the same grouping when the articles arrive one at a time', () => {
    const first = CLAIMS.filter((c) => c.documentId === '003');
    const rest = CLAIMS.filter((c) => c.documentId !== '003');
    const a = resolveClaims(first, EMPTY, ENTITIES, { now: NOW });
    const b = resolveClaims(
      rest,
      { claims: first, judgements: a.judgements, deals: a.newDeals },
      ENTITIES,
      { now: NOW },
    );
    const incremental = consolidateAll(
      ledger(CLAIMS, [...a.judgements, ...b.judgements], [...a.newDeals, ...b.newDeals]),
    );
    const groups = (ds: readonly Deal[]) => ds.map((d) => d.claimIds.join(',')).sort();
    expect(groups(incremental)).toEqual(groups(deals));
  });
});

describe('the seeds as of a date', () => {
  const { data } = resolveAll(CLAIMS);

  it('leaves out a deal announced in a later article as of the day before', () => {
    const before = consolidateAll(data, { asOf: '2026-01-13' });
    const after = consolidateAll(data, { asOf: '2026-01-14' });
    expect(dealWith(before, 'later-openai-cerebras')).toBeUndefined();
    expect(dealWith(after, 'later-openai-cerebras')?.status).toBe('signed');
    expect(consolidateAll(data, { asOf: '2025-12-16' })).toEqual([]);
    expect(consolidateAll(data, { asOf: '2025-12-17' })).toHaveLength(6);
  });

  it('lists the later deal as added between the two dates', () => {
    const diff = diffAsOf(data, '2026-01-13', '2026-01-14');
    expect(diff.added.map((d) => d.id)).toEqual(['openai-cerebras-compute-purchase-2026-01-14']);
    expect(diff.changed).toEqual([]);
    expect(diff.ended).toEqual([]);
  });

  it('replays judgements by system time when asked', () => {
    expect(consolidateAll(data, { asOf: '2026-01-14', knownAt: '2026-01-19' })).toEqual([]);
    expect(consolidateAll(data, { asOf: '2026-01-14', knownAt: '2026-01-20' })).toHaveLength(7);
  });
});
