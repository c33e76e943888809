import { describe, it, expect } from 'vitest';
import { extractText, triples } from '../../test/extract-helpers.js';

describe('rounds named as the object of an investment', () => {
  it('gives "invested $N in the round" to the company the round values', () => {
    const r = extractText('Tencent invested $300 million in the round, which valued Cohere at $7 billion.');
    expect(triples(r)).toEqual(['tencent→cohere equity_investment']);
    expect(r.claims[0]!.amount?.point).toBe('300000000');
  });

  it('gives "the round" to the company raising in the sentence before', () => {
    const r = extractText('Cohere raised $500 million on Monday. Salesforce put $50 million into the round.');
    expect(triples(r)).toContain('salesforce→cohere equity_investment');
  });

  it('reads the owner after "of" and through a possessive', () => {
    expect(triples(extractText('Oracle is set to invest as much as $1 billion in the equity portion of Cohere\'s financing.'))).toEqual(['oracle→cohere equity_investment']);
    expect(triples(extractText('Oracle agreed to invest up to $1 billion in Cohere\'s equity.'))).toEqual(['oracle→cohere equity_investment']);
  });

  it('does not invent an investee for a thing that is not a round', () => {
    expect(triples(extractText('Oracle invested $1 billion in the data centre near Austin.'))).toEqual([]);
  });
});

describe('company names are not figure cues', () => {
  it('keeps the amount of an investor whose name holds "Capital"', () => {
    const r = extractText('Lightspeed Capital invested $250 million in Cohere\'s latest round.');
    expect(r.claims.map((c) => c.amount?.point)).toEqual(['250000000']);
  });

  it('values the investee, not the investor, in "a round that values it"', () => {
    const r = extractText('Salesforce has invested $400 million in Cohere through a $900 million round that values it at $6 billion.');
    expect(r.figures.map((f) => `${f.entityId} ${f.kind}`)).toContain('cohere valuation');
    expect(r.figures.map((f) => f.entityId)).not.toContain('salesforce');
  });
});
