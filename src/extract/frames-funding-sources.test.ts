import { describe, it, expect } from 'vitest';
import { extractText, triples } from '../../test/extract-helpers.js';

describe('money raised from several sources', () => {
  it('gives each "$A from X and $B from Y" its own amount', () => {
    const r = extractText('Cohere secured about $400 million from Oracle and $250 million from Nvidia in May.');
    expect(triples(r)).toEqual(['nvidia→cohere equity_investment', 'oracle→cohere equity_investment']);
    expect(r.claims.find((c) => c.from.id === 'nvidia')?.amount?.point).toBe('250000000');
    expect(r.claims.find((c) => c.from.id === 'oracle')?.amount?.lower).toBe('360000000');
  });

  it('reads investors after "a group that includes" and "backers such as", without the round total', () => {
    const r = extractText('Cohere is raising money from a group of investors that includes Sequoia, Tencent and Coatue.');
    expect(triples(r)).toEqual(['coatue→cohere equity_investment', 'sequoia-capital→cohere equity_investment', 'tencent→cohere equity_investment']);
    const s = extractText('Cohere raised $600 million from backers such as Nvidia and Oracle.');
    expect(triples(s)).toEqual(['nvidia→cohere equity_investment', 'oracle→cohere equity_investment']);
    expect(s.claims.every((c) => c.amount === null)).toBe(true);
  });

  it('does not make a group without names, or revenue from customers, an investor', () => {
    expect(triples(extractText('Cohere raised $600 million from investors including some of the largest pension funds.'))).toEqual([]);
    expect(triples(extractText('Cohere secured $40 million of contracts from Oracle and $20 million from Dell.'))).not.toContain('dell→cohere equity_investment');
  });
});

describe('own cheques in a round and gapped investors', () => {
  it('reads "X led with $N" and "X led the round with $N" as the leader\'s own amount', () => {
    const r = extractText('Cohere has closed a $600 million round. Tencent led with $200 million; Oracle added roughly $100 million and Nvidia about $50 million.');
    expect(triples(r)).toEqual(['nvidia→cohere equity_investment', 'oracle→cohere equity_investment', 'tencent→cohere equity_investment']);
    expect(r.claims.find((c) => c.from.id === 'tencent')?.amount?.point).toBe('200000000');
    expect(r.claims.find((c) => c.from.id === 'nvidia')?.amount?.lower).toBe('45000000');
    const s = extractText('Cohere raised $600 million. Tencent led the round with between $200 million and $250 million.');
    expect(s.claims.find((c) => c.from.id === 'tencent')?.amount?.upper).toBe('250000000');
  });

  it('gives a gapped investor after the object its own amount', () => {
    const r = extractText('Cohere signed a cloud deal with Oracle. Tencent will invest up to $2 billion in it and Nvidia up to $1 billion.');
    expect(r.claims.find((c) => c.from.id === 'nvidia' && c.type === 'equity_investment')?.amount?.upper).toBe('1000000000');
  });

  it('does not take a partner named after "with" for a cheque', () => {
    const r = extractText('Cohere raised $600 million. Tencent led the round with Nvidia.');
    expect(r.claims.find((c) => c.from.id === 'tencent')?.amount ?? null).toBeNull();
    expect(triples(extractText('Tencent led with a bold bet on robotics.'))).toEqual([]);
  });
});

describe('co-investors and money for what a provider sells', () => {
  it('reads investors "alongside" those named among the investors', () => {
    const r = extractText('Cohere has closed a $500 million Series D, with Nvidia and AMD among the strategic investors alongside Sequoia Capital and BlackRock.');
    expect(triples(r)).toEqual(['amd→cohere equity_investment', 'blackrock→cohere equity_investment', 'nvidia→cohere equity_investment', 'sequoia-capital→cohere equity_investment']);
  });

  it('reads money committed to a provider "for capacity" as a purchase, and "for a stake" as equity', () => {
    expect(triples(extractText('Oracle has committed nearly $2 billion to CoreWeave for cloud capacity through 2029.'))).toEqual(['oracle→coreweave compute_purchase']);
    expect(triples(extractText('Tencent committed $2 billion to CoreWeave for a minority stake.'))).toEqual(['tencent→coreweave equity_investment']);
  });
});
