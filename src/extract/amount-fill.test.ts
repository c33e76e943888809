import { describe, it, expect } from 'vitest';
import { extractText } from '../../test/extract-helpers.js';

const claims = (text: string) =>
  extractText(text).claims.map((c) => ({ t: `${c.from.id ?? `?${c.from.name}`}→${c.to.id ?? `?${c.to.name}`} ${c.type}`, lower: c.amount?.lower ?? null, upper: c.amount?.upper ?? null }));
const amountOf = (text: string, t: string) => claims(text).find((c) => c.t === t);

describe('loose amounts', () => {
  it('gives a participant the share the sentence states for it, not the round total', () => {
    const text = 'Snowflake raised $300 million in a round led by Tencent, and Samsung accounted for $50 million of the total.';
    expect(amountOf(text, 'samsung→snowflake equity_investment')).toMatchObject({ lower: '50000000', upper: '50000000' });
    expect(amountOf(text, 'tencent→snowflake equity_investment')).toMatchObject({ lower: null });
  });

  it('gives a figure after a colon to the nearest deal of its subject', () => {
    const text = 'Dell is both a backer of Cerebras and its biggest customer: it has agreed to rent about $800 million of servers.';
    expect(amountOf(text, 'dell→cerebras hardware_purchase')).toMatchObject({ lower: '720000000', upper: '880000000' });
    expect(amountOf(text, 'dell→cerebras equity_investment')).toMatchObject({ lower: null });
  });

  it('takes the figure of the sentence before when the claim sentence refers back to it', () => {
    const text = "Samsung has agreed to buy $2 billion of Cerebras common stock. The purchase makes Samsung one of Cerebras's larger shareholders.";
    expect(amountOf(text, 'samsung→cerebras equity_investment')).toMatchObject({ lower: '2000000000' });
  });

  it('reads a deal valued in a participle after its offer', () => {
    const text = 'Dell shareholders voted down Equinix’s cash offer for the company, valued at about $4 billion.';
    expect(amountOf(text, 'equinix→dell acquisition')).toMatchObject({ lower: '3600000000', upper: '4400000000' });
  });

  it.each([
    ['Intel is an investor in Cerebras and spent $10 billion on new factories last year.', 'intel→cerebras equity_investment'],
    ['Tencent is an investor in Snowflake. Shares of the company trade at $180 each.', 'tencent→snowflake equity_investment'],
    ['Cohere counts Oracle among its shareholders; Oracle reported $15 billion of quarterly revenue.', 'oracle→cohere stake'],
  ])('leaves the amount empty: %s', (text, t) => {
    const c = amountOf(text, t);
    expect(c).toBeDefined();
    expect(c?.lower).toBeNull();
  });
});

describe('respectively', () => {
  it('pairs the listed investors with the listed amounts in order', () => {
    const text = 'Tencent and Samsung will invest up to $5 billion and up to $10 billion respectively in Mistral.';
    expect(amountOf(text, 'tencent→mistral-ai equity_investment')).toMatchObject({ lower: '0', upper: '5000000000' });
    expect(amountOf(text, 'samsung→mistral-ai equity_investment')).toMatchObject({ lower: '0', upper: '10000000000' });
  });

  it('leaves the amounts alone when the counts differ', () => {
    const text = 'Tencent, Dell and Samsung will invest $2 billion and $3 billion respectively in Mistral.';
    const got = claims(text).filter((c) => c.t.endsWith('mistral-ai equity_investment'));
    expect(got.length).toBe(3);
    expect(new Set(got.map((c) => c.lower)).size).toBe(1);
  });
});

describe('loose amounts from the next sentence', () => {
  it('lends a backer the figure of the next sentence when that sentence frames another deal', () => {
    const text = 'Tencent counts among the backers of Mistral. Tencent is contributing about $500 million in cash, and Mistral will receive a loan of $200 million from Oracle.';
    expect(amountOf(text, 'tencent→mistral-ai equity_investment')).toMatchObject({ lower: '450000000', upper: '550000000' });
    expect(amountOf(text, 'oracle→mistral-ai loan')).toMatchObject({ lower: '200000000' });
  });
});

describe('weak amounts', () => {
  it("prefers a body sentence's figure to the headline's rounded one", () => {
    const text = 'Oracle signs $2bn cloud deal with Cohere\n\nOracle has signed an agreement worth about $2 billion to provide cloud capacity to Cohere over three years.';
    const c = claims(text).find((x) => x.t === 'cohere→oracle compute_purchase');
    expect(c).toMatchObject({ lower: '1800000000', upper: '2200000000' });
  });
});
