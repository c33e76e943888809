import { describe, it, expect } from 'vitest';
import { extractText, triples } from '../../test/extract-helpers.js';

/** [text, claims that must be there, claims that must not] */
const CASES: readonly (readonly [string, readonly string[], readonly string[]])[] = [
  ['Nebius, whose largest customer is Mistral AI, raised $1 billion in notes.', ['mistral-ai→nebius compute_purchase'], []],
  ['Cohere, whose biggest backer is Nvidia, raised $500 million.', [], ['nvidia→cohere compute_purchase']],
  ['Broadcom has lined up Meta as a buyer of 20,000 of its custom accelerators.', ['meta→broadcom hardware_purchase'], []],
  ['Cohere has lined up Oracle as a buyer of its models.', [], ['oracle→cohere hardware_purchase']],
  ['Mistral AI said it is the customer behind a Nebius contract worth $4 billion.', ['mistral-ai→nebius compute_purchase'], []],
  ['AMD said Cohere was the customer behind a $3 billion order disclosed in May.', ['cohere→amd hardware_purchase'], []],
  ['Analysts said Cohere was the customer behind the rally.', [], ['cohere→']],
  // the appositive may open with a time adverbial; "counts X as its customer" is the subject's customer
  ['Mistral AI, for years Nebius\'s biggest customer, signed a new deal.', ['mistral-ai→nebius compute_purchase'], []],
  ['Oracle, which lent $1 billion to Mistral AI, counts Cohere as its anchor cloud customer.', ['cohere→oracle compute_purchase'], ['cohere→mistral-ai']],
];

describe('customers named in clauses around a role noun', () => {
  for (const [text, want, not] of CASES) {
    it(`"${text}"`, () => {
      const got = triples(extractText(text));
      for (const w of want) expect(got).toContain(w);
      for (const n of not) expect(got.join(' ')).not.toContain(n);
    });
  }
});
