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

describe('suppliers without goods named', () => {
  it('reads "added Y as a supplier of computing capacity"', () => {
    expect(triples(extractText('Cohere has added Oracle as a supplier of computing capacity, in a deal finalised in May.'))).toContain('cohere→oracle compute_purchase');
  });

  it('reads "A, B and C already supply X" as each selling to X, and no claim for a party that sells less', () => {
    expect(triples(extractText('Microsoft, Oracle and Nebius already supply the Canadian lab Cohere.'))).toEqual(
      expect.arrayContaining(['cohere→microsoft compute_purchase', 'cohere→oracle compute_purchase', 'cohere→nebius compute_purchase']),
    );
    expect(triples(extractText('Cohere supplies Oracle.'))).toEqual([]);
  });
});
