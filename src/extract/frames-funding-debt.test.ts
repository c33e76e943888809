import { describe, it, expect } from 'vitest';
import { extractText, triples } from '../../test/extract-helpers.js';

describe('money lent through debt forms', () => {
  it('reads money provided "through convertible notes" or "in convertible notes into Y" as a loan', () => {
    const r = extractText('Tencent provided $500 million to Cohere through a convertible note.');
    expect(triples(r)).toEqual(['tencent→cohere loan']);
    expect(r.claims[0]!.amount?.point).toBe('500000000');
    expect(triples(extractText('Tencent put $200 million in convertible notes into Cohere.'))).toEqual(['tencent→cohere loan']);
  });

  it('gives a coordinated second money verb the first one\'s company', () => {
    const r = extractText('Tencent has invested more than $1 billion in Cohere and has agreed to provide another $250 million through convertible notes due in March.');
    expect(triples(r)).toEqual(['tencent→cohere equity_investment', 'tencent→cohere loan']);
    expect(r.claims.find((c) => c.type === 'loan')?.amount?.point).toBe('250000000');
  });

  it('keeps equity when the note converted, or the money came in cash', () => {
    expect(triples(extractText('Tencent provided $500 million to Cohere through a convertible note that later converted into shares.'))).toEqual(['tencent→cohere equity_investment']);
    expect(triples(extractText('Tencent contributed $700 million in cash to Cohere.'))).toEqual(['tencent→cohere equity_investment']);
  });
});
