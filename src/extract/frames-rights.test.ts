import { describe, it, expect } from 'vitest';
import { extractText } from '../../test/extract-helpers.js';

const claims = (text: string) => extractText(text).claims.map((c) => `${c.from.id ?? `?${c.from.name}`}→${c.to.id ?? `?${c.to.name}`} ${c.type} ${c.status}`).sort();
const ofType = (text: string, type: string) => claims(text).filter((x) => x.includes(` ${type} `));

describe('rights to a company’s technology', () => {
  it.each([
    ['Samsung’s rights to Cohere’s models were extended until 2030.', ['samsung→cohere licence amended']],
    ['Apple holds the exclusive rights to Perplexity’s technology in China.', ['apple→perplexity licence signed']],
  ])('"%s" → %s', (text, expected) => {
    expect(ofType(text, 'licence')).toEqual(expected);
  });

  it.each(['Google has no voting rights at the start-up.', 'Intel said the rights to use the brand were sold.', 'Human rights groups criticised Oracle.'])(
    'finds no licence in "%s"',
    (text) => {
      expect(ofType(text, 'licence')).toEqual([]);
    },
  );
});

describe('warrants', () => {
  it('reads warrants in a company as granted by it to the clause’s subject, signed when agreed', () => {
    expect(ofType('Tesla agreed to guarantee Vultr’s debt in exchange for warrants in Vultr.', 'share_grant')).toEqual(['vultr→tesla share_grant signed']);
  });

  it('reads "both companies" as the pair just named', () => {
    expect(ofType('Dell signed supply deals with Groq and Cerebras and received warrants in both companies.', 'share_grant'))
      .toEqual(['cerebras→dell share_grant signed', 'groq→dell share_grant signed']);
  });

  it('gives warrants received with an investment to the company invested in', () => {
    expect(ofType('Salesforce will invest $500 million in Cohere and receive warrants to buy more shares.', 'share_grant')).toEqual(['cohere→salesforce share_grant announced']);
  });

  it.each(['Warrants in the sector are rare.', 'The company issued warrants last year.', 'Analysts expect to receive warrants data on Friday.'])('finds no grant in "%s"', (text) => {
    expect(ofType(text, 'share_grant')).toEqual([]);
  });
});

describe('stakes taken and bids', () => {
  it('gives a stake taken without a named company to the company being funded', () => {
    expect(ofType('Dell will invest $1 billion in Cohere. Salesforce agreed to take a stake of about 3% as well.', 'equity_investment'))
      .toEqual(['dell→cohere equity_investment announced', 'salesforce→cohere equity_investment signed']);
  });

  it('reads a bid voted down as a cancelled acquisition worth what the deal valued the target at', () => {
    const r = extractText('Shareholders of Equinix voted against Oracle’s all-cash offer for the company, killing a deal that valued it at about $30 billion.');
    expect(r.claims.map((c) => [c.from.id, c.to.id, c.type, c.status, c.amount?.lower])).toEqual([['oracle', 'equinix', 'acquisition', 'cancelled', '27000000000']]);
  });

  it('does not read "offer" as a bid without "for"', () => {
    expect(ofType('Microsoft will offer Cohere’s models to its customers.', 'acquisition')).toEqual([]);
  });
});

describe('loans', () => {
  it('reads a lender and a borrower', () => {
    expect(ofType('JPMorgan lent CyrusOne $2 billion last year.', 'loan')).toEqual(['jpmorgan→cyrusone loan completed']);
  });

  it('finds no lender in a relative clause on a noun that is not a company', () => {
    expect(ofType('If Cohere were to fail, several of the companies that have lent it money could lose out.', 'loan')).toEqual([]);
  });
});

describe('revenue shares passed on', () => {
  it.each([
    ['Microsoft in turn passes Cohere a share of the revenue it earns from Bing.', ['microsoft→cohere revenue_share signed']],
    ['Dell hands Groq about 15% of its sales from the new servers.', ['dell→groq revenue_share signed']],
    ['Nvidia gave Lambda a cut of its profits last year.', ['nvidia→lambda revenue_share signed']],
  ])('"%s" → %s', (text, expected) => {
    expect(ofType(text, 'revenue_share')).toEqual(expected);
  });

  it.each(['Apple gave Google a share of the spotlight.', 'Oracle hands Cohere about 15% of the market.', 'Amazon gave its staff a share of the profits.'])(
    'finds no revenue share or grant in "%s"',
    (text) => {
      expect(claims(text)).toEqual([]);
    },
  );
});
