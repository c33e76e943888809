import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scanValues } from '../core/amount-parse.js';
import { tokenize as amountTokens } from '../core/amount-tokens.js';
import { splitSentences, tokenize, type Token } from './sentences.js';

/** The document's sentence tokens, as buildView hands them to scanValues. */
function words(text: string): Token[] {
  const out: Token[] = [];
  for (const s of splitSentences(text)) tokenize(text, s.start, s.end, out);
  return out;
}

const PIECES = [
  ' ', '  ', '\n', '\t', '\u00a0', '\u2009', '$', '€', '£', '1.5', '10', '1,250,000', 'bn', 'billion', 'H100s', 'A1.5bn', 'x9',
  'GPU', 'chips', 'shares', '%', 'per cent', 'more than', 'up to', 'Société', 'Straße', 'é', '😀', 'Ⓐ', '٣', '’s', '—', '-',
  '.', ',', 'U.S.', 'Inc.', 'The', 'Nvidia', 'dollars', 'GW', '5bn', '3.', '.5', '"',
];

describe('scanValues with the sentence tokens', () => {
  it('cuts the same amount tokens as its own scanner', () => {
    const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 80 }).map((xs) => xs.join(''));
    fc.assert(
      fc.property(text, (t) => {
        expect(amountTokens(t, words(t))).toEqual(amountTokens(t));
      }),
      { numRuns: 2000 },
    );
  });

  it('finds the same values in an article', () => {
    const text = 'Nvidia will invest up to $100 billion in OpenAI. The H100s cost $25,000 each, about 1.5% of A1.5bn.\nShares rose 4%.';
    const own = scanValues(text);
    const reused = scanValues(text, {}, words(text));
    expect(reused.amounts.map((a) => [a.start, a.end, a.amount.lower])).toEqual(own.amounts.map((a) => [a.start, a.end, a.amount.lower]));
    expect(reused.quantities.map((q) => [q.start, q.end, q.quantity.unit])).toEqual(own.quantities.map((q) => [q.start, q.end, q.quantity.unit]));
    expect(reused.amounts[0]!.amount.text).toBe('up to $100 billion');
  });
});
