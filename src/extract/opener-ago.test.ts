import { describe, it, expect } from 'vitest';
import { extractText, triples } from '../../test/extract-helpers.js';

const found = (text: string) => triples(extractText(text));

describe('a sentence-initial "ago" phrase leaves the next name the subject', () => {
  it.each([
    ['Only three weeks ago Cohere, Oracle’s longtime partner, committed $2 billion to Azure.', 'cohere→microsoft-azure compute_purchase'],
    ['Two years ago, Samsung invested $300m in Groq.', 'samsung→groq equity_investment'],
    ['A month ago Mistral AI, the Paris lab, signed a $1bn contract with CoreWeave.', 'mistral-ai→coreweave compute_purchase'],
  ])('reads "%s"', (text, expected) => {
    expect(found(text)).toContain(expected);
  });

  it('reads nothing from a phrase that is not a time', () => {
    expect(found('Three analysts ago Samsung invested.')).toEqual([]);
  });
});
