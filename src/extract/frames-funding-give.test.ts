import { describe, it, expect } from 'vitest';
import { extractText, triples } from '../../test/extract-helpers.js';

describe('money handed over with two objects', () => {
  it('reads "handed Y a further $N" and "wrote Y a $N cheque" as paid investments', () => {
    const r = extractText('Salesforce has handed Cohere a further $300 million, the last slice of its pledge.');
    expect(triples(r)).toEqual(['salesforce→cohere equity_investment']);
    expect(r.claims[0]!.amount?.point).toBe('300000000');
    expect(r.claims[0]!.status).toBe('completed');
    expect(triples(extractText('Tencent wrote Cohere a $500 million cheque.'))).toEqual(['tencent→cohere equity_investment']);
  });

  it('leaves shares, letters and payments to a provider alone', () => {
    expect(triples(extractText('Tencent gave Cohere 10% of its shares.'))).not.toContain('tencent→cohere equity_investment');
    expect(triples(extractText('Tencent wrote Cohere a letter last week.'))).toEqual([]);
    expect(triples(extractText('Cohere gave CoreWeave $1 billion for capacity.'))).not.toContain('cohere→coreweave equity_investment');
  });
});

describe('investors in an absolute clause after a raise', () => {
  it('reads "X is raising $N, with A contributing $M" as A investing in X', () => {
    const r = extractText('Cohere is raising about $2 billion, with Salesforce contributing as much as $500 million of the equity.');
    expect(triples(r)).toEqual(['salesforce→cohere equity_investment']);
    expect(r.claims[0]!.amount?.upper).toBe('500000000');
  });

  it('does not make the company raising an investor', () => {
    expect(triples(extractText('Cohere secured $2 billion in new funding, with Tencent providing $1 billion.'))).toEqual(['tencent→cohere equity_investment']);
  });
});

describe('anchor investors and slices', () => {
  it('reads "anchored the offering with a $N order" as equity in the company listing', () => {
    const r = extractText('Cohere priced its initial public offering at $30 a share, raising about $1 billion. Tencent, already an investor, anchored the deal with a $200 million order.');
    expect(triples(r)).toContain('tencent→cohere equity_investment');
    expect(r.claims.find((c) => c.from.id === 'tencent')?.amount?.point).toBe('200000000');
  });

  it('reads "an anchor investor in X\'s listing" and "take a $N slice of X"', () => {
    expect(triples(extractText('Tencent will be an anchor investor in Cohere\'s listing.'))).toEqual(['tencent→cohere equity_investment']);
    expect(triples(extractText('Tencent to take $1bn slice of Cohere'))).toEqual(['tencent→cohere equity_investment']);
  });

  it('does not read a slice of revenue or an anchored fund without a company as equity', () => {
    expect(triples(extractText('Oracle gets a slice of Cohere\'s revenue.'))).not.toContain('oracle→cohere equity_investment');
    expect(triples(extractText('Tencent anchors a new climate fund.'))).toEqual([]);
  });
});

describe('headline infinitives after a semicolon', () => {
  it('keeps the subject of the clause before ";" for "also to invest"', () => {
    expect(triples(extractText('Tencent to expand Cohere partnership; also to invest US$500 mln in the start-up Cohere'))).toContain('tencent→cohere equity_investment');
  });
});
