import { describe, it, expect } from 'vitest';
import { extractText, triples } from '../../test/extract-helpers.js';

describe('share purchases', () => {
  it('reads buying a company\'s stock as an equity investment, whoever the intent noun belongs to', () => {
    const r = extractText('The deal follows Tencent\'s agreement last month to buy $2 billion of Cohere stock.');
    expect(triples(r)).toEqual(['tencent→cohere equity_investment']);
    expect(r.claims[0]!.amount?.point).toBe('2000000000');
    expect(triples(extractText('Tencent has agreed to buy $2 billion of Cohere common stock.'))).toEqual(['tencent→cohere equity_investment']);
  });

  it('reads a passive block purchase as arranged', () => {
    const r = extractText('A $3 billion block of Cohere shares is to be bought by Tencent at $20 apiece.');
    expect(triples(r)).toEqual(['tencent→cohere equity_investment']);
    expect(r.claims[0]!.status).toBe('announced');
  });

  it('reads shares bought from staff as a stake with no amount', () => {
    const r = extractText('Tencent has bought $1.5 billion of Cohere shares from staff in a tender offer.');
    expect(r.claims.find((c) => c.type === 'stake')?.amount ?? null).toBeNull();
    expect(triples(r)).toContain('tencent→cohere stake');
  });

  it('leaves buybacks, warrants and chips alone', () => {
    expect(triples(extractText('Cohere bought back $1 billion of its shares.'))).toEqual([]);
    expect(triples(extractText('Tencent has a warrant to buy 10 million Cohere shares.'))).not.toContain('tencent→cohere equity_investment');
    expect(triples(extractText('Tencent bought Nvidia chips worth $1 billion.'))).not.toContain('tencent→nvidia equity_investment');
  });
});
