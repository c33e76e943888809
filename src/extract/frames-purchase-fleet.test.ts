import { describe, it, expect } from 'vitest';
import { extractText, triples } from '../../test/extract-helpers.js';

/** [text, claims that must be there, claims that must not] */
const CASES: readonly (readonly [string, readonly string[], readonly string[]])[] = [
  ['Mistral AI built Vega, a supercomputer in Ohio, with 50,000 Nvidia graphics processors in four months.', ['mistral-ai→nvidia hardware_purchase'], []],
  ['Cohere runs a cluster of 20,000 AMD GPUs in Texas.', ['cohere→amd hardware_purchase'], []],
  // the chipmaker itself, or no count: no purchase
  ['Nvidia built a test cluster with 5,000 Nvidia chips.', [], ['nvidia→nvidia hardware_purchase']],
  ['Under the plan Cohere will take capacity built around 8,000 Nvidia GPUs at sites in Wales.', [], ['cohere→nvidia hardware_purchase']],
  ['Part of the money pays for a supercomputer Nscale is building for Meta in Essex, with 9,000 Nvidia chips.', [], ['nscale→nvidia hardware_purchase']],
  ['Cohere said demand for Nvidia chips was strong.', [], ['cohere→nvidia hardware_purchase']],
];

describe('counted chip fleets', () => {
  for (const [text, want, not] of CASES) {
    it(`"${text}"`, () => {
      const got = triples(extractText(text));
      for (const w of want) expect(got).toContain(w);
      for (const n of not) expect(got).not.toContain(n);
    });
  }
});
