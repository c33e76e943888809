import { describe, it, expect } from 'vitest';
import { extractText, triples } from '../../test/extract-helpers.js';

/** [text, claims that must be there, claims that must not] — purchase verbs and their roles. */
const CASES: readonly (readonly [string, readonly string[], readonly string[]])[] = [
  // the buyer's own "its" gives way to the seller named after "from"
  ['Lambda buys most of its accelerators from AMD.', ['lambda→amd hardware_purchase'], ['amd→lambda hardware_purchase']],
  // other purchase verbs
  ['Cohere procured 12,000 GPUs from Dell last spring.', ['cohere→dell hardware_purchase'], []],
  ['Mistral AI snapped up $400 million of Nvidia chips.', ['mistral-ai→nvidia hardware_purchase'], []],
  // chips had from a neocloud are rented compute; chips from a chipmaker or a big cloud are hardware
  ['Cohere has contracted 30,000 Nvidia chips from Nebius.', ['cohere→nebius compute_purchase'], ['cohere→nebius hardware_purchase']],
  ['Cohere agreed to buy TPUs from Google.', ['cohere→google hardware_purchase'], []],
  // renting through a cloud, renting to a customer
  ['Cohere and Mistral AI rent GPUs through Oracle.', ['cohere→oracle compute_purchase', 'mistral-ai→oracle compute_purchase'], []],
  ['Nebius will rent capacity to Cohere from next year.', ['cohere→nebius compute_purchase'], ['nebius→cohere compute_purchase']],
  // acquisitions with other verbs and particles
  ['AMD swallowed Groq in a $3 billion deal.', ['amd→groq acquisition'], []],
  ['Oracle snapped up Cohere for $6 billion.', ['oracle→cohere acquisition'], []],
];

describe('purchase verbs', () => {
  for (const [text, want, not] of CASES) {
    it(`"${text}"`, () => {
      const got = triples(extractText(text));
      expect(got).toEqual(expect.arrayContaining([...want]));
      for (const x of not) expect(got).not.toContain(x);
    });
  }
});
