import { describe, it, expect } from 'vitest';
import { extractText, triples } from '../../test/extract-helpers.js';

describe('definite descriptors past their modifiers', () => {
  it('reads "the London-based AI infrastructure company" as the company just named', () => {
    const r = extractText('Nscale bags £500m from Nvidia. The London-based AI infrastructure company will also supply Cohere with capacity.');
    expect(triples(r)).toContain('cohere→nscale compute_purchase');
    expect(triples(r)).not.toContain('cohere→nebius compute_purchase');
  });

  it('skips a relative clause opened by a preposition when looking for the subject', () => {
    const r = extractText('Nebius, in which Nvidia is taking an equity stake, will also supply Cohere with capacity.');
    expect(triples(r)).toContain('cohere→nebius compute_purchase');
    expect(triples(r)).not.toContain('cohere→nvidia compute_purchase');
  });
});
