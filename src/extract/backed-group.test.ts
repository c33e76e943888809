import { describe, it, expect } from 'vitest';
import { extractText, triples } from '../../test/extract-helpers.js';

describe('a group backed by investors', () => {
  it('gives the backers of an unnamed consortium no equity in the company it buys', () => {
    const out = triples(extractText('Apollo has agreed to sell Lambda to a consortium backed by Microsoft, Nvidia and MGX, in a deal valued at $8 billion.'));
    expect(out).not.toContain('microsoft→lambda equity_investment');
    expect(out).not.toContain('nvidia→lambda equity_investment');
  });

  it('does the same for an investor group and a vehicle', () => {
    expect(triples(extractText('Nscale was bought by an investor group backed by SoftBank.'))).not.toContain('softbank→nscale equity_investment');
    expect(triples(extractText('Crusoe leases the site to a vehicle funded by Blue Owl.'))).not.toContain('blue-owl→crusoe equity_investment');
  });

  it('still reads a company described as backed by an investor', () => {
    expect(triples(extractText('CoreWeave, the cloud provider backed by Nvidia, signed a deal with OpenAI.'))).toContain('nvidia→coreweave equity_investment');
    expect(triples(extractText('Mistral AI, a start-up backed by Microsoft, opened an office in London.'))).toContain('microsoft→mistral-ai equity_investment');
  });
});
