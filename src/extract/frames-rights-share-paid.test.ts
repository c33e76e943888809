import { describe, it, expect } from 'vitest';
import { extractText, triples } from '../../test/extract-helpers.js';

const shares = (text: string) => triples(extractText(text)).filter((x) => / revenue_share$/.test(x));

describe('a revenue share told as paying part of what is earned', () => {
  it.each([
    ['Amazon pays Anthropic a cut of what it earns from reselling Claude.', 'amazon→anthropic revenue_share'],
    ['Google, for its part, passes a share of its Gemini cloud revenue back to Anthropic.', 'google→anthropic revenue_share'],
    ['Under the pact, Mistral AI hands about a fifth of its sales to Microsoft.', 'mistral-ai→microsoft revenue_share'],
    ['Oracle pays Cohere 15% of its model revenue.', 'oracle→cohere revenue_share'],
  ])('reads "%s"', (text, expected) => {
    expect(shares(text)).toEqual([expected]);
  });

  it.each([
    'Oracle pays Nvidia a share of the price for each chip.',
    'Nvidia paid Oracle $2bn for a portion of its capacity.',
    'Amazon gave Anthropic a share of the credit for the model.',
    'Meta pays a cut of its ad revenue to publishers.',
  ])('reads no revenue share between companies from "%s"', (text) => {
    expect(shares(text)).toEqual([]);
  });
});
