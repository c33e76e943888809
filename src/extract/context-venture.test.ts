import { describe, it, expect } from 'vitest';
import { extractText, triples } from '../../test/extract-helpers.js';

/** [text, claims that must be there, claims that must not] */
const CASES: readonly (readonly [string, readonly string[], readonly string[]])[] = [
  ['Oracle signed a ten-year lease on the Abilene campus from the joint venture formed by Crusoe and Blue Owl.', ['oracle→crusoe-blue-owl-abilene-jv other'], ['oracle→crusoe other']],
  ['Oracle leases the Abilene campus from the Crusoe-Blue Owl joint venture.', ['oracle→crusoe-blue-owl-abilene-jv other'], ['oracle→crusoe other', 'oracle→blue-owl other']],
  // owners that share no known venture: the named companies stay the parties
  ['Oracle leases the campus from the Crusoe-Meta joint venture.', [], ['oracle→crusoe-blue-owl-abilene-jv other']],
];

describe('ventures named by their owners', () => {
  for (const [text, want, not] of CASES) {
    it(`"${text}"`, () => {
      const got = triples(extractText(text));
      for (const w of want) expect(got).toContain(w);
      for (const n of not) expect(got).not.toContain(n);
    });
  }
});
