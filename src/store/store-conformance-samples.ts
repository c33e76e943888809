/** Sample records for the store conformance suite: small, complete, every optional field exercised. */
import { makeAmount } from '../core/amount.js';
import type { Claim } from '../core/claim.js';
import type { DealRecord, Judgement } from '../core/deal.js';
import type { SourceDocument } from '../core/document.js';
import type { Entity } from '../core/entity.js';
import type { CompanyFigure } from '../core/figure.js';
import { fuzzyFromIso } from '../core/fuzzy-date.js';
import { claimId, dealId, documentId, entityId, figureId, judgementId } from '../core/ids.js';

export function sampleEntity(id: string, over: Partial<Entity> = {}): Entity {
  return {
    id: entityId(id),
    name: id.charAt(0).toUpperCase() + id.slice(1),
    kind: 'company',
    sector: 'other',
    aliases: [
      { name: id.toUpperCase(), matchable: true },
      { name: 'X', matchable: false },
    ],
    identifiers: { ticker: id.slice(0, 4).toUpperCase(), wikidata: 'Q2283' },
    parents: [],
    products: [],
    descriptors: ['company'],
    ...over,
  };
}

export function sampleDocument(
  id: string,
  text: string,
  over: Partial<SourceDocument> = {},
): SourceDocument {
  return {
    id: documentId(id),
    kind: 'news',
    url: `https://news.example/${id}`,
    outletId: null,
    outlet: 'Example News',
    title: `Title ${id}`,
    publishedAt: '2025-10-06',
    retrievedAt: '2025-10-07T08:00:00.000Z',
    // NOTE: not a real sha256: the store treats the hash as an opaque key.
    contentHash: `hash-of-${text}`,
    text,
    ...over,
  };
}

/** A claim with every optional field set, amounts as awkward decimal strings. */
export function fullClaim(id: string, docId: string, over: Partial<Claim> = {}): Claim {
  return {
    id: claimId(id),
    documentId: documentId(docId),
    type: 'compute_purchase',
    from: { id: entityId('openai'), name: 'OpenAI', mention: 'ChatGPT-maker OpenAI' },
    to: { id: null, name: 'Mystery Cloud' },
    amount: makeAmount('about', '1400000000000', 'about $1.4 trillion', {
      period: 'P8Y',
      contingentOn: 'milestones',
      mayBeZero: true,
    }),
    terms: {
      stakePercent: { ...makeAmount('exact', '0.1', '0.1%'), unit: 'percent' },
      valuation: makeAmount('range', '500000000000', '$500-600 billion', {
        upperValue: '600000000000',
        basis: 'valuation',
      }),
      capacity: { ...makeAmount('at_least', '4.5', 'at least 4.5 GW'), unit: 'GW' },
      duration: 'P5Y',
      names: ['Stargate'],
      description: 'cloud capacity',
    },
    status: 'signed',
    dates: {
      announced: fuzzyFromIso('2025-09', 'in September'),
      signed: {
        precision: 'quarter',
        earliest: '2025-10-01',
        latest: '2025-12-31',
        expected: true,
      },
    },
    attribution: {
      kind: 'anonymous_sources',
      source: 'people familiar',
      repeats: 'The Information',
    },
    hedges: ['could', 'plans to'],
    evidence: [{ quote: 'about $1.4 trillion', start: 4, end: 23 }],
    origin: 'rules@1',
    confidence: 0.73,
    review: 'unreviewed',
    publishedAt: '2025-10-06',
    recordedAt: '2025-10-07T09:15:30.123Z',
    relation: 'expands',
    editOf: claimId('older-claim'),
    legs: [
      {
        from: entityId('openai'),
        to: entityId('oracle'),
        asset: 'cash',
        carriesAmount: true,
        contingent: false,
      },
    ],
    ...over,
  };
}

/** A claim with only the required fields. */
export function bareClaim(id: string, docId: string, over: Partial<Claim> = {}): Claim {
  return {
    id: claimId(id),
    documentId: documentId(docId),
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
    origin: 'human:ana',
    confidence: 1,
    review: 'accepted',
    publishedAt: null,
    recordedAt: '2025-10-08T00:00:00.000Z',
    ...over,
  };
}

export function sampleDeal(id: string, over: Partial<DealRecord> = {}): DealRecord {
  return {
    id: dealId(id),
    title: `Deal ${id}`,
    version: 1,
    relations: [],
    createdAt: '2025-10-01T00:00:00.000Z',
    updatedAt: '2025-10-01T00:00:00.000Z',
    ...over,
  };
}

export function sampleJudgement(
  id: string,
  claim: string,
  deal: string,
  over: Partial<Judgement> = {},
): Judgement {
  return {
    id: judgementId(id),
    claimId: claimId(claim),
    dealId: dealId(deal),
    judgement: 'positive',
    score: 0.9,
    user: 'human:ana',
    createdAt: '2025-10-10T12:00:00.000Z',
    deletedAt: null,
    ...over,
  };
}

export function sampleFigure(
  id: string,
  entity: string,
  over: Partial<CompanyFigure> = {},
): CompanyFigure {
  return {
    id: figureId(id),
    entityId: entityId(entity),
    kind: 'revenue',
    amount: makeAmount('exact', '13000000000.5', '$13 billion', { basis: 'run_rate' }),
    period: fuzzyFromIso('2025'),
    documentId: null,
    evidence: [],
    publishedAt: '2025-08-01',
    origin: 'dataset',
    note: 'annualised',
    ...over,
  };
}
