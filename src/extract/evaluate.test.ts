import { describe, it, expect } from 'vitest';
import { makeAmount } from '../core/amount.js';
import type { Claim } from '../core/claim.js';
import { DataError } from '../core/errors.js';
import { claimId, documentId, entityId } from '../core/ids.js';
import { realGazetteer } from '../../test/extract-helpers.js';
import { amountMatches, evaluate, parseGoldFile, partyKeys } from './evaluate.js';
import type { ExtractionResult } from './extractor.js';

function claim(from: string | null, to: string | null, type: Claim['type'], status: Claim['status'], amount: Claim['amount'] = null, names: [string, string] = ['', '']): Claim {
  return {
    id: claimId('d#c1'), documentId: documentId('d'), type, status, amount, terms: {}, dates: {},
    from: { id: from ? entityId(from) : null, name: names[0] || (from ?? '') },
    to: { id: to ? entityId(to) : null, name: names[1] || (to ?? '') },
    attribution: { kind: 'journalist' }, hedges: [], evidence: [], origin: 'rules@1', confidence: 0.5,
    review: 'unreviewed', publishedAt: null, recordedAt: '2026-01-01',
  };
}
const result = (claims: Claim[]): ExtractionResult => ({ claims, figures: [], warnings: [] });
const g = realGazetteer();

describe('evaluate', () => {
  it('matches on (from, to, type) after rolling subsidiaries up, and scores amounts and statuses', () => {
    const gold = parseGoldFile({
      claims: [
        { from: 'openai', to: 'aws', type: 'compute_purchase', status: 'announced', amount: { lower: 38e9, lowerInclusive: true, upper: 38e9, upperInclusive: true } },
        { from: 'microsoft', to: 'openai', type: 'stake', status: 'completed', amount: null },
        { from: 'amazon', to: 'openai', type: 'equity_investment', status: 'in_talks', amount: null },
      ],
    });
    const r = evaluate([{
      name: 'a', gazetteer: g, gold,
      predicted: result([
        claim('openai', 'amazon', 'compute_purchase', 'announced', makeAmount('exact', '38100000000', '$38.1 billion')),
        claim('microsoft', 'openai', 'stake', 'signed'),
        claim('nvidia', 'openai', 'equity_investment', 'announced'),
      ]),
    }]);
    expect([r.precision, r.recall]).toEqual([2 / 3, 2 / 3]);
    expect(r.amountAccuracy).toBe(1);
    expect(r.statusAccuracy).toBe(0.5);
    expect(r.misses).toEqual([{ article: 'a', from: 'amazon', to: 'openai', type: 'equity_investment' }]);
    expect(r.falsePositives).toEqual([{ article: 'a', from: 'nvidia', to: 'openai', type: 'equity_investment' }]);
    expect(r.perArticle[0]).toMatchObject({ truePositives: 2, falsePositives: 1, falseNegatives: 1 });
  });

  it('compares unknown companies by name, and gold ids missing from the gazetteer as names', () => {
    const gold = parseGoldFile({ claims: [
      { from: 'nvidia', to: '?Synopsys Inc.', type: 'equity_investment', status: 'announced', amount: null },
      { from: 'meta', to: 'scale-ai', type: 'equity_investment', status: 'completed', amount: null },
    ] });
    const r = evaluate([{ gazetteer: g, gold, predicted: result([
      claim('nvidia', null, 'equity_investment', 'announced', null, ['', 'Synopsys']),
      claim('meta', null, 'equity_investment', 'completed', null, ['', 'Scale AI']),
    ]) }]);
    expect(r.f1).toBe(1);
  });

  it('checks amount bounds within 0.5 % and their inclusivity', () => {
    const gold = { lower: 1e10, lowerInclusive: false, upper: null };
    expect(amountMatches(gold, makeAmount('more_than', '10040000000', 'x'))).toBe(true);
    expect(amountMatches(gold, makeAmount('at_least', '10000000000', 'x'))).toBe(false);
    expect(amountMatches(gold, makeAmount('more_than', '10100000000', 'x'))).toBe(false);
    expect(amountMatches(gold, null)).toBe(false);
  });

  it('rejects a malformed gold file with a DataError', () => {
    expect(() => parseGoldFile({ claims: [{ from: 'a' }] }, 'x.expected.json')).toThrow(DataError);
  });
});

describe('partyKeys', () => {
  const keys = partyKeys(g);
  it('gives a gold id, a gold "?name" and a name the text used the key the scores compare', () => {
    expect(keys.gold('openai')).toBe('openai');
    expect(keys.name('OpenAI')).toBe('openai');
    expect(keys.gold('?Acme Robotics Inc.')).toBe('?acme robotics');
    expect(keys.name('Acme Robotics')).toBe('?acme robotics');
  });

  it('rolls a subsidiary up to its parent on both sides', () => {
    expect(keys.gold('aws')).toBe(keys.gold('amazon'));
    expect(keys.name('Amazon Web Services')).toBe('amazon');
  });
});
