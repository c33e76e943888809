/** Tests for turning the curated dataset into ledger records. */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DatasetSchema } from '../core/dataset-schema.js';
import { datasetToLedger, periodToFuzzy } from './dataset-convert.js';

const ds = DatasetSchema.parse(
  JSON.parse(
    readFileSync(new URL('../../test/fixtures/store/valid.json', import.meta.url), 'utf8'),
  ),
);
const ledger = datasetToLedger(ds);
const claim = (id: string) => {
  const c = ledger.claims.find((x) => x.id === id);
  if (!c) throw new Error(`no claim ${id}`);
  return c;
};

describe('datasetToLedger', () => {
  it('makes one deal record, and one claim and judgement per source', () => {
    expect(ledger.deals.map((d) => [d.id, d.version, d.title])).toEqual([
      ['msft-openai-2019', 1, 'Microsoft invests $1 billion in OpenAI'],
      ['openai-oracle-2025', 1, 'OpenAI to buy $300 billion of Oracle compute'],
      ['amd-openai-warrant-2025', 1, 'AMD grants OpenAI a warrant for up to 160 million shares'],
    ]);
    const oracle = ledger.deals[1];
    expect(oracle?.relations).toEqual([{ kind: 'related', dealId: 'msft-openai-2019' }]);
    expect(oracle?.notes).toBe('Probably the same capacity as the $30 billion a year deal.');
    expect(oracle?.createdAt).toBe('2025-09-10T00:00:00.000Z');
    expect(ledger.claims.map((c) => c.id)).toEqual([
      'ds:msft-openai-2019:0',
      'ds:msft-openai-2019:1',
      'ds:openai-oracle-2025:0',
      'ds:openai-oracle-2025:1',
      'ds:amd-openai-warrant-2025:0',
    ]);
    expect(ledger.judgements).toHaveLength(5);
    for (const [i, j] of ledger.judgements.entries()) {
      const c = ledger.claims[i];
      expect(j).toMatchObject({
        claimId: c?.id,
        judgement: 'positive',
        user: 'dataset',
        createdAt: c?.recordedAt,
        deletedAt: null,
      });
    }
    expect(ledger.judgements[4]?.dealId).toBe('amd-openai-warrant-2025');
  });

  it('dates claims and judgements at publication, not at import', () => {
    const c = claim('ds:msft-openai-2019:1');
    expect(c.publishedAt).toBe('2019-08');
    expect(c.recordedAt).toBe('2019-08-01T00:00:00.000Z');
    expect(claim('ds:msft-openai-2019:0').recordedAt).toBe('2019-07-22T00:00:00.000Z');
  });

  it('fills parties, amounts, attribution, evidence and legs', () => {
    const c = claim('ds:msft-openai-2019:0');
    expect(c.from).toEqual({ id: 'microsoft', name: 'Microsoft' });
    expect(c.to).toEqual({ id: 'openai', name: 'OpenAI' });
    expect(c.amount).toMatchObject({
      qualifier: 'exact',
      point: '1000000000',
      lower: '1000000000',
      upper: '1000000000',
      currency: 'USD',
      basis: 'total',
    });
    expect(c).toMatchObject({
      status: 'completed',
      origin: 'dataset',
      confidence: 1,
      review: 'accepted',
      hedges: [],
    });
    expect(c.attribution).toEqual({ kind: 'company_statement', source: 'Reuters' });
    expect(c.dates.announced).toEqual({
      precision: 'day',
      earliest: '2019-07-22',
      latest: '2019-07-22',
    });
    expect(c.legs).toEqual([
      { from: 'microsoft', to: 'openai', asset: 'cash', carriesAmount: true },
      { from: 'openai', to: 'microsoft', asset: 'equity', carriesAmount: false },
    ]);
    const reReport = claim('ds:msft-openai-2019:1');
    expect(reReport.attribution).toEqual({
      kind: 'anonymous_sources',
      source: 'The Information',
      repeats: 'Reuters',
    });
    expect(reReport.evidence).toEqual([]);
    expect(claim('ds:openai-oracle-2025:0').legs).toBeUndefined();
  });

  it('points every evidence span at its document text', () => {
    const docs = new Map(ledger.documents.map((d) => [d.id, d]));
    const spans = ledger.claims.flatMap((c) =>
      c.evidence.map((e) => ({ e, doc: docs.get(c.documentId) })),
    );
    expect(spans.length).toBe(4);
    for (const { e, doc } of spans) expect(doc?.text.slice(e.start, e.end)).toBe(e.quote);
  });

  it('keeps terms as quantities and amounts with their bounds', () => {
    const oracle = claim('ds:openai-oracle-2025:0');
    expect(oracle.amount).toMatchObject({
      qualifier: 'about',
      point: '300000000000',
      lower: '270000000000',
      upper: '330000000000',
      period: 'P5Y',
    });
    expect(oracle.terms.capacity).toEqual({
      point: '4.5',
      lower: '4.5',
      lowerInclusive: true,
      upper: '4.5',
      upperInclusive: true,
      qualifier: 'exact',
      text: '4.5 gigawatts',
      unit: 'GW',
    });
    expect(oracle.terms).toMatchObject({ duration: 'P5Y', names: ['Stargate'] });
    expect(oracle.dates.signed).toEqual({
      precision: 'month',
      earliest: '2025-09-01',
      latest: '2025-09-30',
    });
    expect(oracle.dates.start).toMatchObject({
      precision: 'year',
      earliest: '2027-01-01',
      latest: '2027-12-31',
    });
    const amd = claim('ds:amd-openai-warrant-2025:0');
    expect(amd.terms.shares).toMatchObject({
      unit: 'shares',
      qualifier: 'up_to',
      lower: '0',
      upper: '160000000',
    });
    expect(amd.terms.stakePercent).toMatchObject({ unit: 'percent', lower: '9', upper: '11' });
    expect(amd.terms.valuation).toMatchObject({ point: '0.01', basis: 'per_period' });
    expect(amd.amount?.contingentOn).toBe('deploying 6 GW');
  });

  it('flags unconfirmed deals with a hedge and lower confidence', () => {
    expect(claim('ds:amd-openai-warrant-2025:0')).toMatchObject({
      hedges: ['unconfirmed'],
      confidence: 0.6,
    });
  });

  it('makes one citation document per URL and text, shared between sources', () => {
    const oracle0 = claim('ds:openai-oracle-2025:0');
    const oracle1 = claim('ds:openai-oracle-2025:1');
    expect(oracle0.documentId).toBe(oracle1.documentId);
    expect(ledger.documents).toHaveLength(6);
    expect(new Set(ledger.documents.map((d) => d.contentHash)).size).toBe(6);
    const doc = ledger.documents.find((d) => d.id === oracle0.documentId);
    expect(doc).toMatchObject({
      kind: 'citation',
      url: 'https://example.org/oracle-300',
      outletId: 'reuters',
      outlet: 'Reuters',
      publishedAt: '2025-09-10',
      text: 'a $300 billion cloud deal',
    });
    expect(doc?.contentHash).toBe(
      createHash('sha256')
        .update('https://example.org/oracle-300\na $300 billion cloud deal')
        .digest('hex'),
    );
    const titled = ledger.documents.find((d) => d.id === claim('ds:msft-openai-2019:1').documentId);
    expect(titled).toMatchObject({
      outletId: null,
      outlet: 'The Information',
      text: 'Much of it came as Azure credits',
    });
    const bare = ledger.documents.find((d) => d.url === 'https://example.org/oracle-rpo');
    expect(bare?.text).toBe('Reuters 2025-09-09 https://example.org/oracle-rpo');
  });

  it('converts figures with their citation and period', () => {
    expect(ledger.figures.map((f) => f.id)).toEqual([
      'openai-valuation-2025-10',
      'oracle-rpo-2025',
    ]);
    const [valuation, rpo] = ledger.figures;
    expect(valuation).toMatchObject({
      entityId: 'openai',
      kind: 'valuation',
      origin: 'dataset',
      publishedAt: '2025-10-02',
      note: 'secondary share sale',
    });
    expect(valuation?.amount.point).toBe('500000000000');
    expect(valuation?.evidence).toEqual([{ quote: 'valued at $500 billion', start: 0, end: 22 }]);
    expect(ledger.documents.some((d) => d.id === valuation?.documentId)).toBe(true);
    expect(rpo?.period).toEqual({
      text: '2025/2030',
      earliest: '2025-01-01',
      latest: '2030-12-31',
      precision: 'year',
    });
  });

  it('maps entities, string aliases becoming matchable', () => {
    const msft = ledger.entities.find((e) => e.id === 'microsoft');
    expect(msft).toEqual({
      id: 'microsoft',
      name: 'Microsoft',
      kind: 'company',
      sector: 'cloud',
      aliases: [
        { name: 'MSFT', matchable: true },
        { name: 'MS', matchable: false },
      ],
      identifiers: { ticker: 'MSFT', wikidata: 'Q2283' },
      parents: [],
      products: [],
      descriptors: [],
    });
    expect(ledger.entities.find((e) => e.id === 'microsoft-azure')?.parents).toEqual([
      { id: 'microsoft', relation: 'division' },
    ]);
  });

  it('is deterministic', () => {
    expect(datasetToLedger(ds)).toEqual(ledger);
  });
});

describe('periodToFuzzy', () => {
  it('reads years, months and ranges', () => {
    expect(periodToFuzzy('2025')).toEqual({
      text: '2025',
      precision: 'year',
      earliest: '2025-01-01',
      latest: '2025-12-31',
    });
    expect(periodToFuzzy('2024-02')).toMatchObject({
      precision: 'month',
      earliest: '2024-02-01',
      latest: '2024-02-29',
    });
    expect(periodToFuzzy('2025-06/2026-03')).toEqual({
      text: '2025-06/2026-03',
      precision: 'month',
      earliest: '2025-06-01',
      latest: '2026-03-31',
    });
  });
});
