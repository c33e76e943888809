import { describe, it, expect } from 'vitest';
import { extractText } from '../../test/extract-helpers.js';

const claims = (text: string) =>
  extractText(text).claims.map((c) => ({ t: `${c.from.id ?? `?${c.from.name}`}→${c.to.id ?? `?${c.to.name}`} ${c.type}`, lower: c.amount?.lower ?? null, upper: c.amount?.upper ?? null }));
const amountOf = (text: string, t: string) => claims(text).find((c) => c.t === t);

describe('value predicates', () => {
  it('sizes a deal from the next sentence when that sentence frames none', () => {
    const text = 'Snowflake has become a customer of Oracle, agreeing to run its analytics workloads on the database group. The arrangement is worth about $5 billion over four years, according to people familiar with it.';
    expect(amountOf(text, 'snowflake→oracle compute_purchase')).toMatchObject({ lower: '4500000000', upper: '5500000000' });
  });

  it('reads a deal a reporter valued, after the deal noun', () => {
    const text = 'Dell has signed a deal with CoreWeave for 50,000 servers across three sites, an agreement Reuters valued at up to $9 billion.';
    expect(amountOf(text, 'coreweave→dell hardware_purchase') ?? amountOf(text, 'dell→coreweave compute_purchase')).toMatchObject({ lower: '0', upper: '9000000000' });
  });

  it('reaches back past a sentence that frames no deal', () => {
    const text = 'Intel said it would make a multiyear, multibillion-dollar investment in Cohere. Neither side gave a figure. People familiar with the talks said it comes to roughly $4 billion.';
    expect(amountOf(text, 'intel→cohere equity_investment')).toMatchObject({ lower: '3600000000', upper: '4400000000' });
  });

  it('reads a total value a reporter puts on the deal', () => {
    const text = 'Dell has agreed to rent 20,000 servers from CoreWeave. Reuters puts the total value at up to $3 billion.';
    expect(amountOf(text, 'dell→coreweave compute_purchase')).toMatchObject({ lower: '0', upper: '3000000000' });
  });

  it('reads a price fronted before its clause', () => {
    const text = 'For $7 billion over five years, Snowflake has agreed to rent computing power from CoreWeave.';
    expect(amountOf(text, 'snowflake→coreweave compute_purchase')).toMatchObject({ lower: '7000000000', upper: '7000000000' });
  });

  it.each([
    ['Snowflake has agreed to rent computing power from CoreWeave. Shares in the sector are worth $60 billion, analysts say.', 'snowflake→coreweave compute_purchase'],
    ['Snowflake has agreed to rent computing power from CoreWeave. Analysts value Snowflake at $60 billion.', 'snowflake→coreweave compute_purchase'],
    ['Snowflake has agreed to rent computing power from CoreWeave. For $2 billion, Dell sold a factory to Intel.', 'snowflake→coreweave compute_purchase'],
  ])('leaves the amount empty: %s', (text, t) => {
    const c = amountOf(text, t);
    expect(c).toBeDefined();
    expect(c?.lower).toBeNull();
  });
});
