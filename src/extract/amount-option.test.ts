import { describe, it, expect } from 'vitest';
import { extractText } from '../../test/extract-helpers.js';

const amount = (text: string, to: string) => {
  const a = extractText(text).claims.find((c) => c.to.id === to)?.amount;
  return a ? [a.lower, a.upper] : null;
};

describe('an option for more on top of a stated amount', () => {
  it('adds the optional amount to the upper bound', () => {
    expect(amount('Cohere agreed to buy $12 billion of Oracle capacity, with an option on up to $15 billion more.', 'oracle')).toEqual(['12000000000', '27000000000']);
    expect(amount('Cohere agreed to buy $3 billion of CoreWeave capacity, with a right to take up to $2 billion more.', 'coreweave')).toEqual(['3000000000', '5000000000']);
  });

  it('leaves an option on something else alone', () => {
    expect(amount('Dell agreed to buy $2 billion of CoreWeave capacity, with an option to buy $1 billion of Nvidia chips.', 'coreweave')).toEqual(['2000000000', '2000000000']);
    expect(amount('Cohere agreed to buy $12 billion of Oracle capacity, and Dell $15 billion more.', 'oracle')).toEqual(['12000000000', '12000000000']);
  });
});
