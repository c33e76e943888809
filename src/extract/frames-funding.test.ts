import { describe, it, expect } from 'vitest';
import { extractText, triples } from '../../test/extract-helpers.js';

describe('funding frames in context', () => {
  it('keeps a coordinated clause apart from the list before it', () => {
    const r = extractText('Oracle invested $2 billion in Cohere, and Nvidia is close to a deal to invest in Mistral AI.');
    expect(triples(r)).toEqual(['nvidia→mistral-ai equity_investment', 'oracle→cohere equity_investment']);
  });

  it('still reads "A, B, and C" as one list', () => {
    const r = extractText('Cohere raised $500 million from Nvidia, Oracle, and Salesforce.');
    expect(triples(r)).toEqual(expect.arrayContaining(['nvidia→cohere equity_investment', 'oracle→cohere equity_investment']));
  });

  it('reads "putting up to X into Y" as a bounded amount, and "putting up X in Y" with the particle', () => {
    const bounded = extractText('Tencent is putting up to €1.7bn into Cohere.');
    expect(triples(bounded)).toEqual(['tencent→cohere equity_investment']);
    expect(bounded.claims[0]!.amount?.upper).toBe('1700000000');
    expect(triples(extractText('Tencent is putting up $2 billion in Cohere.'))).toEqual(['tencent→cohere equity_investment']);
  });

  it('reads an amount that heads a relative clause', () => {
    const r = extractText('That is far less than the $2 billion that Oracle agreed last year to pour into Cohere.');
    expect(triples(r)).toEqual(['oracle→cohere equity_investment']);
    expect(r.claims[0]!.amount?.point).toBe('2000000000');
  });

  it('gives every member of a subject list a role in a round, past a "whose" clause', () => {
    const r = extractText('Cohere is raising again. Nvidia and Oracle, whose chips and cloud it uses, were among the investors in its $500 million Series D.');
    expect(triples(r)).toEqual(expect.arrayContaining(['nvidia→cohere equity_investment', 'oracle→cohere equity_investment']));
  });

  it('reads "investing … in it" after a round as the round owner\'s', () => {
    const r = extractText('Cohere is raising about $1 billion. Oracle is leading the equity portion, and Nvidia is said to be investing as much as $200 million in it.');
    expect(triples(r)).toEqual(expect.arrayContaining(['nvidia→cohere equity_investment', 'oracle→cohere equity_investment']));
    expect(triples(r)).not.toContain('nvidia→oracle equity_investment');
  });

  it('lets an appositive close a list of participants', () => {
    const r = extractText('Mistral AI raised €1.7 billion in a round led by ASML. Nvidia and Iconiq, the San Francisco investment firm, also took part.');
    expect(triples(r)).toEqual(expect.arrayContaining(['asml→mistral-ai equity_investment', 'iconiq→mistral-ai equity_investment', 'nvidia→mistral-ai equity_investment']));
  });

  it('adds co-investors named after a participation ("alongside investors including", "as did")', () => {
    const r = triples(extractText('Cohere raised $500 million in a round. Nvidia took part in the round, alongside existing investors including Salesforce and Oracle.'));
    expect(r).toEqual(expect.arrayContaining(['nvidia→cohere equity_investment', 'salesforce→cohere equity_investment', 'oracle→cohere equity_investment']));
    const r2 = triples(extractText("Cohere raised $500 million in a round. SoftBank and Abu Dhabi's MGX also took part, as did Nvidia."));
    expect(r2).toEqual(expect.arrayContaining(['softbank→cohere equity_investment', 'mgx→cohere equity_investment', 'nvidia→cohere equity_investment']));
    expect(triples(extractText('Cohere raised $500 million. Nvidia took part in the round, while Oracle sold shares.'))).not.toContain('oracle→cohere equity_investment');
  });

  it('skips a bracketed conversion before the investee', () => {
    expect(triples(extractText('SAP has invested €1 billion (about $1.1 billion) in Cohere.'))).toContain('sap→cohere equity_investment');
  });

  it('reads "the company raised … from investors" as the much-named start-up, not an investor', () => {
    const text = 'Cohere is a Canadian lab. Cohere sells models, and Cohere hires. Two years ago, Thrive Capital led a round. In 2023 the company raised $270 million from investors including Nvidia and Oracle.';
    expect(triples(extractText(text))).toEqual(expect.arrayContaining(['nvidia→cohere equity_investment', 'oracle→cohere equity_investment']));
  });

  it('reads the investee of an object-less "in turn … would invest" from the previous sentence, with amounts "respectively"', () => {
    const r = extractText("Cohere committed to buy $2 billion of capacity on Oracle's cloud and chips from Nvidia. Oracle and Nvidia in turn said they would invest up to $1 billion and up to $3 billion respectively.");
    const inv = r.claims.filter((c) => c.type === 'equity_investment').map((c) => `${c.from.id}→${c.to.id} ${c.amount?.upper ?? ''}`).sort();
    expect(inv).toEqual(['nvidia→cohere 3000000000', 'oracle→cohere 1000000000']);
    expect(triples(extractText('Cohere hired engineers. Oracle said it would invest $5 billion this year.'))).toEqual([]);
  });
});

describe('an investment the sentence places through a stake', () => {
  const equity = (text: string) => extractText(text).claims.filter((c) => c.type === 'equity_investment').map((c) => `${c.from.id}→${c.to.id} ${c.amount?.lower ?? null}`);

  it('reads "X\'s stake in Y ..., against the $N it has invested" as X investing $N in Y', () => {
    expect(equity("Salesforce's stake in Cohere was worth about $4 billion in June, against the $1.2 billion it has invested, lifting the company's quarterly profit by $800 million."))
      .toEqual(['salesforce→cohere 1200000000']);
  });

  it('needs the investor to hold the stake', () => {
    expect(equity("Oracle's stake in Cohere was worth about $4 billion, and Salesforce said it has invested heavily.")).toEqual([]);
  });
});
