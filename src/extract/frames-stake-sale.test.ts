import { describe, it, expect } from 'vitest';
import { extractText, triples } from '../../test/extract-helpers.js';

const stakes = (text: string) => triples(extractText(text)).filter((x) => / stake$/.test(x));

describe('stake sales told as a means or with a quantifier', () => {
  it.each([
    ['Dell raised $2.1 billion by selling all of its Equinix shares.', 'dell→equinix stake'],
    ['Tencent has sold every Snowflake share it owned, raising $900 million.', 'tencent→snowflake stake'],
    ['Samsung dumps entire Cerebras holding to fund its chip plants', 'samsung→cerebras stake'],
  ])('reads "%s"', (text, expected) => {
    expect(stakes(text)).toContain(expected);
  });

  it.each([
    'Oracle raised $2bn by selling bonds.',
    'Intel sold one share of its product line to Dell.',
    'Dell is selling more servers to Equinix by selling them cheaply.',
  ])('finds no holding in "%s"', (text) => {
    expect(stakes(text)).toEqual([]);
  });
});
