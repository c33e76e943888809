import { describe, it, expect } from 'vitest';
import { extractText, triples } from '../../test/extract-helpers.js';

/** [text, claims that must be there, claims that must not] */
const CASES: readonly (readonly [string, readonly string[], readonly string[]])[] = [
  ['Broadcom will design custom accelerators for Meta over the next three years.', ['meta→broadcom hardware_purchase'], []],
  ['Dell is manufacturing 40,000 servers for xAI in Tennessee.', ['xai→dell hardware_purchase'], []],
  ['A cluster CoreWeave is building for Cohere will come online next spring.', ['cohere→coreweave compute_purchase'], []],
  ['Crusoe builds data centres for Oracle in Texas.', ['oracle→crusoe compute_purchase'], []],
  // no company after "for", a possessive owner, a passive without a builder: no claim
  ['Nvidia makes chips for data centres and gaming PCs.', [], ['nvidia→nvidia hardware_purchase']],
  ['Amazon is building chips for its own cloud.', [], ['amazon→amazon hardware_purchase']],
  ['The servers were built for Anthropic last year.', [], ['anthropic→dell hardware_purchase']],
];

describe('things made for a customer', () => {
  for (const [text, want, not] of CASES) {
    it(`"${text}"`, () => {
      const got = triples(extractText(text));
      expect(got).toEqual(expect.arrayContaining([...want]));
      for (const x of not) expect(got).not.toContain(x);
      if (!want.length) expect(got.filter((x) => /purchase/.test(x))).toEqual([]);
    });
  }
});
