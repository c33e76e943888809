import { describe, it, expect } from 'vitest';
import { extractText, triples } from '../../test/extract-helpers.js';

describe('investors named by role, company from context', () => {
  it('reads "with A and B among the investors" as investments in the company raising', () => {
    const r = extractText('Cohere has raised $500 million in a round that values it at $5.5 billion, with Oracle and Salesforce among the investors.');
    expect(triples(r)).toEqual(expect.arrayContaining(['oracle→cohere equity_investment', 'salesforce→cohere equity_investment']));
  });

  it('reads a sentence-opening "Backers include" list, unknown names and "along with" peers included', () => {
    const r = extractText('Perplexity has closed a $500 million round. Backers include Tencent, Bramblewood Partners and Salesforce, along with chipmaker Nvidia.');
    expect(triples(r)).toEqual([
      '?Bramblewood Partners→perplexity equity_investment', 'nvidia→perplexity equity_investment',
      'salesforce→perplexity equity_investment', 'tencent→perplexity equity_investment',
    ]);
  });

  it('reads "X is also an investor" after a round', () => {
    const r = extractText('Cohere raised $500 million in a round led by Tencent. Oracle, which hosts its models, is also an investor.');
    expect(triples(r)).toContain('oracle→cohere equity_investment');
  });

  it('stays silent without a company in context, and on other roles', () => {
    expect(triples(extractText('Oracle and Salesforce were among the investors.'))).toEqual([]);
    expect(triples(extractText('Cohere raised $500 million. Oracle is also a customer.'))).not.toContain('oracle→cohere equity_investment');
  });
});

describe('lists with companies the gazetteer does not know', () => {
  it('keeps an unknown member between known ones and at the end', () => {
    const r = extractText('Cohere raised $500 million from Tencent, Quillfeather Capital and Salesforce.');
    expect(triples(r)).toContain('?Quillfeather Capital→cohere equity_investment');
    expect(triples(extractText('Cohere raised $500 million from Tencent and Quillfeather Capital.'))).toContain('?Quillfeather Capital→cohere equity_investment');
  });

  it('does not read a legal suffix, a reporting outlet or a day as a member', () => {
    expect(triples(extractText('Cohere raised $500 million from Salesforce, Inc. and Tencent.'))).not.toContain('?Inc→cohere equity_investment');
    expect(triples(extractText('Cohere raised $500 million from Tencent, Bloomberg reported on Monday.'))).toEqual(['tencent→cohere equity_investment']);
  });
});

describe('the round and the funders of the company in context', () => {
  it('gives "took part in the round alongside investors including …" to the company that raised it', () => {
    const r = extractText('Cohere said it had raised $500 million in a Series D round. Tencent and Oracle took part in the round alongside financial investors including Salesforce, Quillfeather Capital and the Qatar Investment Authority.');
    expect(triples(r)).toEqual(expect.arrayContaining([
      'tencent→cohere equity_investment', 'oracle→cohere equity_investment', 'salesforce→cohere equity_investment',
      '?Quillfeather Capital→cohere equity_investment', 'qia→cohere equity_investment',
    ]));
    expect(triples(r)).not.toContain('tencent→oracle equity_investment');
  });

  it('reads elliptical "A and B are the initial equity funders" as partners of the venture in context', () => {
    const r = extractText('Stargate is a new company building data centres. SoftBank and Oracle, the cloud group, are the initial equity funders.');
    expect(triples(r)).toEqual(['oracle→stargate joint_venture', 'softbank→stargate joint_venture']);
  });
});

describe('leads and co-investors the gazetteer does not know', () => {
  it('reads "alongside X" with an unknown X and "an equity investment of $N from Y"', () => {
    const r = extractText('Cohere raised $500 million. Existing investors including Tencent and Oracle also took part, alongside Bramblewood.');
    expect(triples(r)).toContain('?Bramblewood→cohere equity_investment');
    const e = extractText('Cohere is raising about $2 billion, including an equity investment of as much as $400 million from Oracle.');
    expect(triples(e)).toContain('oracle→cohere equity_investment');
  });

  it('reads "the equity, led by X"', () => {
    const r = extractText('Cohere is raising about $2 billion. About $800 million of the total is equity, led by Tencent, and the rest is debt.');
    expect(triples(r)).toContain('tencent→cohere equity_investment');
  });
});
