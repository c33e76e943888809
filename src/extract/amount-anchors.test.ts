import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scanValues } from '../core/amount-parse.js';
import { anchorCandidates, tokenize as amountTokens } from '../core/amount-tokens.js';
import { amountAnchors } from './amount-anchors.js';
import { splitSentences, tokenize, type Token } from './sentences.js';

function words(text: string): Token[] {
  const out: Token[] = [];
  for (const s of splitSentences(text)) tokenize(text, s.start, s.end, out);
  return out;
}

const PIECES = [
  ' ', '  ', '\n', '\u00a0', '$', '€', '£', '₹', '1.5', '10', '1,250,000', 'bn', 'b', 'B', 'm', 'tn', 'k', 'billion', 'Billion',
  'H100s', 'A1.5bn', 'x9', 'GPU', 'TPUs', 'chips', 'chipmaker', 'shares', 'Shareholders', '%', 'per', 'Per', 'cent', 'paper',
  'per cent', 'pct', 'Rs', 'won', 'Won', 'yen', 'yuan', 'AUD', 'USD', 'euro', 'Euros', 'francs', 'GW', 'MW', 'watts', 'lakh',
  'crore', 'thousand', 'processors', 'accelerators', 'dollar', 'pound', 'sterling', 'renminbi', 'rupees', 'riyals', 'dirham',
  '_', 'é', 'Société', '😀', '٣', '’s', '-', '.', ',', 'The', 'up to', 'more than', '5bn', '3.',
];

describe('amountAnchors', () => {
  it('finds the anchors the anchor pattern finds, so the windows and their tokens are the same', () => {
    const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((xs) => xs.join(''));
    fc.assert(
      fc.property(text, (t) => {
        const w = words(t);
        expect(amountTokens(t, w, amountAnchors(t, w))).toEqual(amountTokens(t));
      }),
      { numRuns: 3000 },
    );
  });

  it('finds the same values in an article', () => {
    const text = 'Nvidia will invest up to $100 billion in OpenAI. The H100s cost $25,000 each, about 1.5 per cent of A1.5bn.\nShares rose 4%.';
    const w = words(text);
    const anchored = scanValues(text, {}, w, amountAnchors(text, w));
    expect(anchored.amounts.map((a) => a.amount.text)).toEqual(['up to $100 billion', '$25,000']);
    expect(anchored.quantities.map((q) => q.quantity.text)).toEqual(['about 1.5 per cent', '4%']);
    expect(anchored.amounts.map((a) => [a.start, a.end])).toEqual(scanValues(text).amounts.map((a) => [a.start, a.end]));
  });

  it('offers every place an anchor may start in a word, and no other', () => {
    expect(anchorCandidates('billion')).toEqual([1]);
    expect(anchorCandidates('10')).toEqual([1]);
    expect(anchorCandidates('paper')).toEqual([2]);
    expect(anchorCandidates('Nvidia')).toEqual([]);
  });
});
