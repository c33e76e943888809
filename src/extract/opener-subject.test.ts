import { describe, it, expect } from 'vitest';
import { extractText, triples } from '../../test/extract-helpers.js';

/** [text, claims that must be there, claims that must not] */
const CASES: readonly (readonly [string, readonly string[], readonly string[]])[] = [
  // the subject of an opening participle clause is the name after its comma
  ['Hours after agreeing to rent GPU capacity to Cohere for $2 billion, Nebius ordered servers from Supermicro.', ['cohere→nebius compute_purchase'], []],
  ['Shortly after agreeing to rent its GPUs to Mistral AI, Lambda raised new debt.', ['mistral-ai→lambda compute_purchase'], []],
  // a clause with its own subject keeps it; a clause with no participle names no subject
  ['Hours after Lambda agreed to rent capacity to Cohere, Nebius ordered servers from Supermicro.', ['cohere→lambda compute_purchase'], ['cohere→nebius compute_purchase']],
  ['After the deal to rent capacity to Cohere, Nebius ordered servers from Supermicro.', [], ['cohere→nebius compute_purchase']],
];

describe('opening participle clauses', () => {
  for (const [text, want, not] of CASES) {
    it(text, () => {
      const got = triples(extractText(text));
      for (const w of want) expect(got).toContain(w);
      for (const n of not) expect(got.filter((g) => g.startsWith(n))).toEqual([]);
    });
  }
});
