import { describe, it, expect } from 'vitest';
import { extractText, triples } from '../../test/extract-helpers.js';

/** [text, claims that must be there, claims that must not] */
const CASES: readonly (readonly [string, readonly string[], readonly string[]])[] = [
  ['Besides the roughly 15% cut Cohere sends Oracle, the two firms share a data centre.', ['cohere→oracle revenue_share'], []],
  ['Analysts watch the share of its revenue Mistral AI pays Microsoft each year.', ['mistral-ai→microsoft revenue_share'], []],
  ['The stock Nvidia gave CoreWeave rose sharply.', [], ['nvidia→coreweave revenue_share']],
  ['Oracle pocketed $40 million from its Cohere revenue share last year.', ['cohere→oracle revenue_share'], []],
  ['Google collected $12 million from the revenue share with Anthropic.', ['anthropic→google revenue_share'], []],
  ['Oracle said its revenue share of the market grew.', [], ['oracle→oracle revenue_share']],
];

describe('revenue shares named by their noun', () => {
  for (const [text, want, not] of CASES) {
    it(`"${text}"`, () => {
      const got = triples(extractText(text));
      for (const w of want) expect(got).toContain(w);
      for (const n of not) expect(got).not.toContain(n);
    });
  }
});
