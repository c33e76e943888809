import { describe, it, expect } from 'vitest';
import { extractText } from '../../test/extract-helpers.js';

describe('claim amounts', () => {
  it('takes a sum after a colon as the total of the parts before it', () => {
    const r = extractText("Cohere spent $1 billion on Oracle's cloud in 2024 and $2 billion this year: more than $3 billion over the period.");
    const c = r.claims.find((x) => x.to.id === 'oracle');
    expect(c?.amount?.lower).toBe('3000000000');
    expect(c?.amount?.upper).toBeNull();
  });

  it('keeps a lone figure after a colon as it is', () => {
    const r = extractText('Cohere has a new backer: Oracle will invest $500 million in the company.');
    expect(r.claims.find((x) => x.from.id === 'oracle')?.amount?.point).toBe('500000000');
  });

  it('takes "that takes its orders ... to $N" as the total of the orders before it', () => {
    const r = extractText("Cohere placed a $1 billion order for Dell servers in May and a further $2 billion order in June. That takes Cohere's orders from the server maker to $3 billion.");
    const c = r.claims.find((x) => x.to.id === 'dell');
    expect(c?.amount?.lower).toBe('3000000000');
  });
});

describe('increments and totals', () => {
  const amountOf = (text: string, t: string) =>
    extractText(text).claims.map((c) => ({ t: `${c.from.id}→${c.to.id} ${c.type}`, lower: c.amount?.lower ?? null, upper: c.amount?.upper ?? null })).find((c) => c.t === t);

  it('keeps an increment over the running total it brings the deal to', () => {
    const text = 'Intel has agreed to put a further $3 billion into Cerebras, a top-up that takes its total to $5 billion.';
    expect(amountOf(text, 'intel→cerebras equity_investment')).toMatchObject({ lower: '3000000000', upper: '3000000000' });
  });

  it('takes the total an increment completes', () => {
    const text = 'Intel is due to invest a further $1 billion in Cerebras by June, completing the $5 billion it agreed to provide.';
    expect(amountOf(text, 'intel→cerebras equity_investment')).toMatchObject({ lower: '5000000000', upper: '5000000000' });
  });

  it('does not take a part after a colon for a total', () => {
    const text = 'Intel has agreed to invest up to $4 billion in Cerebras: $1 billion up front and $3 billion over time.';
    expect(amountOf(text, 'intel→cerebras equity_investment')).toMatchObject({ lower: '0', upper: '4000000000' });
  });
});

describe('upside after a year', () => {
  it('reads a ceiling stated after the term', () => {
    const c = extractText('Cohere signed a deal with Oracle worth $4 billion through 2030, which could rise to $5 billion if it takes more capacity.').claims.find((x) => x.from.id === 'cohere' && x.to.id === 'oracle');
    expect(c?.amount).toMatchObject({ lower: '4000000000', upper: '5000000000' });
  });
});

describe('upside in a participle or "and potentially"', () => {
  it('reads "valued at $X and potentially $Y" and "$X, rising to up to $Y" as ranges', () => {
    const a = extractText('Cohere signed a contract with Oracle worth $4 billion and potentially $5 billion.').claims.find((x) => x.from.id === 'cohere' && x.to.id === 'oracle');
    expect(a?.amount).toMatchObject({ lower: '4000000000', upper: '5000000000' });
    const b = extractText('Cohere signed a contract with Oracle worth $4 billion, rising to up to $5 billion with options.').claims.find((x) => x.from.id === 'cohere' && x.to.id === 'oracle');
    expect(b?.amount).toMatchObject({ lower: '4000000000', upper: '5000000000' });
  });

  it('keeps the stated figure when the later amount is another deal', () => {
    const c = extractText('Cohere signed a contract with Oracle worth $4 billion, and Lambda a $5 billion one.').claims.find((x) => x.from.id === 'cohere' && x.to.id === 'oracle');
    expect(c?.amount).toMatchObject({ lower: '4000000000', upper: '4000000000' });
  });
});
