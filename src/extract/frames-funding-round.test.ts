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

describe('more ways to say money came in', () => {
  it('reads colloquial receiving verbs, but not money for contracts', () => {
    expect(triples(extractText('Cohere bags $400m from Salesforce.'))).toEqual(['salesforce→cohere equity_investment']);
    expect(triples(extractText('Cohere netted $400 million from Tencent and Oracle.'))).toEqual(['oracle→cohere equity_investment', 'tencent→cohere equity_investment']);
    expect(triples(extractText('Cohere lands $400 million more from Oracle, taking its contracts with the cloud group to $2 billion.'))).not.toContain('oracle→cohere equity_investment');
  });

  it('reads "was joined by" in a round and "chipped in"', () => {
    const r = extractText('Cohere has closed a $500 million round. Tencent, which chipped in $100 million, was joined by Oracle and Salesforce.');
    expect(triples(r)).toEqual(['oracle→cohere equity_investment', 'salesforce→cohere equity_investment', 'tencent→cohere equity_investment']);
    expect(triples(extractText('Oracle was joined by Salesforce in criticising the rules.'))).toEqual([]);
  });

  it('reads "an investment of $N in X", "an agreement with X on the investment" and "a $N X bet"', () => {
    expect(triples(extractText('Tencent is weighing an investment of at least $1 billion in Cohere.'))).toEqual(['tencent→cohere equity_investment']);
    expect(triples(extractText('Tencent has signed an agreement with Cohere on the investment of up to $1 billion.'))).toContain('tencent→cohere equity_investment');
    expect(triples(extractText('Tencent weighs $1 billion Cohere bet'))).toEqual(['tencent→cohere equity_investment']);
  });

  it('does not read a post-money valuation as a deal amount', () => {
    const r = extractText('Cohere has closed a $500 million round at a $7 billion post-money valuation. Tencent led the round.');
    expect(r.claims.map((c) => c.amount?.point ?? null)).not.toContain('7000000000');
  });
});

describe('a relative clause after an appositive', () => {
  it('gives "X, the maker of Y, which put $N into the company" to X', () => {
    const r = extractText('Cohere closed a $900 million round. The round was led by Tencent, the Chinese internet group, which put $400 million into the company.');
    expect(r.claims.find((c) => c.from.id === 'tencent' && c.to.id === 'cohere')?.amount?.point).toBe('400000000');
  });
});

describe('what a company is worth', () => {
  it('reads "the company is worth about $N" as its value, never a deal amount', () => {
    const r = extractText('Oracle says its investments in Cohere are modest; the company is worth about $600 billion.');
    expect(r.claims.map((c) => c.amount?.point ?? null)).not.toContain('600000000000');
  });
});

describe('pledges and shares of a round', () => {
  it('reads "a pledge of up to $N for X" as an investment in X with its amount', () => {
    const r = extractText('Oracle added a pledge of up to $2 billion for Cohere.');
    expect(triples(r)).toEqual(['oracle→cohere equity_investment']);
    expect(r.claims[0]!.amount?.upper).toBe('2000000000');
    expect(triples(extractText('Oracle made a pledge of support for the industry.'))).toEqual([]);
  });

  it('reads "provide $N of X\'s $M funding round" as an investment in X', () => {
    const r = extractText('Tencent agreed to provide $300 million of Cohere\'s $500 million funding round.');
    expect(triples(r)).toEqual(['tencent→cohere equity_investment']);
    expect(r.claims[0]!.amount?.point).toBe('300000000');
  });
});
