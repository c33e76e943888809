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
