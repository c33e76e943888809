import { describe, it, expect } from 'vitest';
import { extractText, triples } from '../../test/extract-helpers.js';

describe('a lead named with the round', () => {
  it('reads a company name right before the round noun as the round\'s owner ("leads $2bn Lambda round")', () => {
    expect(triples(extractText('Nvidia leads $2bn Lambda round at $10bn valuation'))).toContain('nvidia→lambda equity_investment');
  });

  it('lets a later cheque join the headline\'s round', () => {
    const out = extractText('Nvidia leads $2bn Lambda round\nThe chipmaker is providing $1.5 billion.').claims;
    expect(out.find((c) => c.from.id === 'nvidia' && c.to.id === 'lambda')?.type).toBe('equity_investment');
  });

  it('does not take the leader itself, nor a name that is not right before the round noun', () => {
    expect(triples(extractText('Nvidia leads the round.'))).toEqual([]);
    expect(triples(extractText('Nvidia leads a new round, Lambda said.'))).not.toContain('nvidia→nvidia equity_investment');
  });
});
