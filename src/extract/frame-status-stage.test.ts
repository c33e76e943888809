import { describe, it, expect } from 'vitest';
import { extractText } from '../../test/extract-helpers.js';

const status = (text: string, to: string) => extractText(text).claims.find((c) => c.to.id === to)?.status;

describe('stages: stalled, passed on, taken, weighing', () => {
  it.each([
    ["Samsung's plan to invest as much as $4 billion in Mistral has stalled, people familiar with the matter said.", 'mistral-ai', 'stalled'],
    ['The talks for Samsung to invest $4 billion in Mistral have been put on hold.', 'mistral-ai', 'stalled'],
    ['Samsung agreed to invest $4 billion in Mistral.', 'mistral-ai', 'signed'],
    ['Dell passed on an option to buy roughly $2 billion of additional CoreWeave capacity.', 'coreweave', 'cancelled'],
    ['Samsung has taken a small stake in Mistral AI.', 'mistral-ai', 'completed'],
    ['Cohere is weighing spending billions of dollars on Nvidia chips, first renting them through Oracle next year.', 'nvidia', 'rumoured'],
    ['Cohere is in talks to rent Nvidia chips, first renting them through Oracle next year.', 'oracle', 'in_talks'],
  ])('"%s" → %s %s', (text, to, expected) => {
    expect(status(text, to)).toBe(expected);
  });
});
