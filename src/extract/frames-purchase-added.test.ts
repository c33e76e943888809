import { describe, it, expect } from 'vitest';
import { extractText, triples } from '../../test/extract-helpers.js';

/** [text, claims that must be there, claims that must not] — rosters and roles. */
const CASES: readonly (readonly [string, readonly string[], readonly string[]])[] = [
  ['Cohere has added Oracle to the providers supplying it with computing capacity.', ['cohere→oracle compute_purchase'], []],
  ['Nebius adds Meta and Cohere to a roster of customers.', ['meta→nebius compute_purchase', 'cohere→nebius compute_purchase'], []],
  ['Mistral AI added Nvidia to its investors.', ['nvidia→mistral-ai equity_investment'], []],
  ['Cohere added 500 staff to its sales team.', [], ['cohere→cohere compute_purchase']],
  // role nouns: "as its customer", "the customer behind X's deal", headline "to become X customer"
  ['Nebius counts Microsoft as its biggest customer.', ['microsoft→nebius compute_purchase'], []],
  ['Stargate Norway is a venture near Narvik with OpenAI lined up as its main customer.', ['openai→stargate-norway compute_purchase'], []],
  ["Cohere has confirmed it is the customer behind Oracle's mystery cloud deal.", ['cohere→oracle compute_purchase'], []],
  ['Adobe to become major OpenAI customer.', ['adobe→openai service_purchase'], []],
];

describe('rosters and roles', () => {
  for (const [text, want, not] of CASES) {
    it(`"${text}"`, () => {
      const got = triples(extractText(text));
      expect(got).toEqual(expect.arrayContaining([...want]));
      for (const x of not) expect(got).not.toContain(x);
      if (!want.length) expect(got).toEqual([]);
    });
  }
});
