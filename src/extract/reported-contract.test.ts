import { describe, it, expect } from 'vitest';
import { extractText, triples } from '../../test/extract-helpers.js';

/** [text, claims that must be there, claims that must not] */
const CASES: readonly (readonly [string, readonly string[], readonly string[]])[] = [
  // the company reporting that a customer signed a compute contract is the other side of it
  ['Nebius said Meta had signed a five-year contract for GPU cloud capacity worth about $3 billion.', ['meta→nebius compute_purchase'], []],
  ['Lambda rose 9% after it said Cohere had signed a contract for cloud capacity.', ['cohere→lambda compute_purchase'], []],
  // a named partner wins; a deal for no compute is left alone
  ['Cohere said Meta had signed a contract with Lambda for cloud capacity.', ['meta→lambda compute_purchase'], ['meta→cohere']],
  ['Cohere said Meta had signed a deal for its chatbot.', [], ['meta→cohere']],
  // "Shares of X ... after it said": X is what "it" means; a bitcoin miner is a data-centre or cloud company
  [
    'Amazon rose 4% after Cohere agreed to spend $3 billion on AWS. The biggest mover was Lambda. Shares of the former bitcoin miner surged 25% after it said Meta had signed a contract for GPU cloud capacity.',
    ['meta→lambda compute_purchase'],
    ['meta→amazon', 'meta→cohere'],
  ],
  ['Cohere agreed to spend $3 billion on AWS. Shares of the former bitcoin miner surged after it said Meta had signed a contract for cloud capacity.', [], ['meta→cohere', 'meta→amazon']],
];

describe('compute contracts reported by the provider', () => {
  for (const [text, want, not] of CASES) {
    it(text, () => {
      const got = triples(extractText(text));
      for (const w of want) expect(got).toContain(w);
      for (const n of not) expect(got.filter((g) => g.startsWith(n))).toEqual([]);
    });
  }
});
