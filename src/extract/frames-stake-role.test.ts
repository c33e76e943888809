import { describe, it, expect } from 'vitest';
import { extractText, triples } from '../../test/extract-helpers.js';

describe('shareholders named by their role', () => {
  it('reads a shareholder role as a held stake, not a new investment', () => {
    expect(triples(extractText('Cohere is building a cluster. Salesforce is already a shareholder in the Toronto-based start-up.'))).toEqual(['salesforce→cohere stake']);
    expect(triples(extractText('Databricks counts Tencent among its shareholders.'))).toEqual(['tencent→databricks stake']);
  });

  it('leaves the holding to the investment when the sentence buys equity', () => {
    expect(triples(extractText('Tencent invested $300 million in Cohere, becoming one of its largest shareholders.'))).toEqual(['tencent→cohere equity_investment']);
    expect(triples(extractText('The share purchase will give Tencent a holding of about 3%, making it one of Cohere\'s larger shareholders.'))).not.toContain('tencent→cohere stake');
    expect(triples(extractText('Intel supplies chips to Cohere, and its shareholders are unhappy.'))).toEqual(['cohere→intel hardware_purchase']);
  });
});

describe('stakes paid for', () => {
  it('reads "paid $N for a stake in Y" as an equity investment of $N, paid', () => {
    const r = extractText('Tencent paid $2 billion for a 5% stake in Cohere.');
    expect(triples(r)).toEqual(['tencent→cohere equity_investment']);
    expect(r.claims[0]!.amount?.point).toBe('2000000000');
    expect(r.claims[0]!.status).toBe('completed');
  });

  it('takes the company the paragraph is about when the stake names none', () => {
    const r = extractText('Cohere has raised money from many backers. Cohere signed cloud deals too. Cohere said its revenue doubled. Tencent paid about $400 million for a stake of roughly 4% last year.');
    expect(triples(r)).toContain('tencent→cohere equity_investment');
  });

  it('does not read a payment for something else as a stake', () => {
    expect(triples(extractText('Tencent paid $2 billion for the building, which Cohere leases.'))).not.toContain('tencent→cohere equity_investment');
    expect(triples(extractText('Tencent holds a stake in Cohere worth about $2 billion.'))).toEqual(['tencent→cohere stake']);
  });
});

describe('becoming a shareholder', () => {
  it('reads "X becomes Y\'s biggest shareholder" as the investment that made it one', () => {
    expect(triples(extractText('Tencent becomes Cohere\'s biggest shareholder as the start-up doubles its valuation'))).toEqual(['tencent→cohere equity_investment']);
  });
});

describe('shareholders in an appositive', () => {
  it('reads "X, already a Y shareholder since ..., has ..." as a held stake', () => {
    expect(triples(extractText('Tencent, already a Cohere shareholder since the start-up\'s Series B, has lined up Oracle as a buyer.'))).toContain('tencent→cohere stake');
    expect(triples(extractText('Tencent is still a shareholder of Cohere.'))).toEqual(['tencent→cohere stake']);
  });
});

describe('holdings named by the company held', () => {
  it('reads "X\'s Y holding was valued at $N" as a stake worth $N', () => {
    const r = extractText('Tencent\'s Cohere holding was valued at about $3 billion at the end of June.');
    expect(triples(r)).toEqual(['tencent→cohere stake']);
    expect(r.claims[0]!.amount?.lower).toBe('2700000000');
  });

  it('needs a company before the noun', () => {
    expect(triples(extractText('Tencent\'s AI holding was valued at about $3 billion.'))).toEqual([]);
  });
});

describe('holdings a deal would buy', () => {
  it('reads no stake in "would own N%" or "and then hold N%" of a company', () => {
    expect(triples(extractText('Under the terms being discussed, Tencent would own 30% of Cohere.'))).toEqual([]);
    expect(triples(extractText('Tencent is in talks to invest $1 billion in Cohere, and would then hold 30% of the company.'))).toEqual(['tencent→cohere equity_investment']);
  });

  it('keeps holdings stated as facts and shares of a venture', () => {
    expect(triples(extractText('Tencent owns 30% of Cohere.'))).toEqual(['tencent→cohere stake']);
  });
});

describe('stakes taken for an amount, company left to the sentence', () => {
  it('reads "X takes $N equity stake" in a headline and a fronted "Besides taking a $N stake, X ..."', () => {
    const r = extractText('Cohere licenses its models to Tencent; Tencent takes $300m equity stake');
    expect(triples(r)).toContain('tencent→cohere equity_investment');
    expect(r.claims.find((c) => c.type === 'equity_investment')?.amount?.point).toBe('300000000');
    expect(triples(extractText('Besides taking a $300 million stake, Tencent will become a major Cohere customer.'))).toContain('tencent→cohere equity_investment');
  });

  it('stays silent when the sentence names no single other company', () => {
    expect(triples(extractText('Tencent takes $1bn stake.'))).toEqual([]);
    expect(triples(extractText('Tencent took a $500 million stake, said Nvidia and Cohere.'))).not.toContain('tencent→nvidia equity_investment');
  });
});

describe('a shareholder role coordinated with another role', () => {
  it('reads "X, Y\'s main supplier and a shareholder," as X holding a stake in Y', () => {
    expect(triples(extractText('Qualcomm, Cohere\'s main supplier and a shareholder, has also agreed to rent capacity.'))).toContain('qualcomm→cohere stake');
    expect(triples(extractText('Tencent, Cohere\'s biggest customer as well as a shareholder, declined to comment.'))).toContain('tencent→cohere stake');
  });

  it('needs the shareholder role itself', () => {
    expect(triples(extractText('Tencent, Cohere\'s biggest customer and a partner, declined to comment.'))).not.toContain('tencent→cohere stake');
  });
});
