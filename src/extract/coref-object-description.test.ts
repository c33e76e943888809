import { describe, it, expect } from 'vitest';
import { extractText, triples } from '../../test/extract-helpers.js';

const found = (text: string) => triples(extractText(text));

describe('a description in object position names another company than its clause subject', () => {
  it.each([
    ['Intel shares jumped after Nvidia said it would invest $5 billion in the struggling chipmaker.', 'nvidia→intel equity_investment'],
    ['AMD rallied. Intel said it would buy GPUs from the chipmaker.', 'intel→amd hardware_purchase'],
  ])('reads "%s"', (text, expected) => {
    expect(found(text)).toContain(expected);
  });

  it('keeps a subject description on the company named before', () => {
    expect(found('Nvidia reported record sales. The chipmaker said it would invest $5 billion in Intel.')).toContain('nvidia→intel equity_investment');
  });

  it('does not invent a second company when only the subject fits', () => {
    expect(found('Nvidia said it would invest $5 billion in the chipmaker.')).toEqual([]);
  });
});
