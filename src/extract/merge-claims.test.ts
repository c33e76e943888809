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
