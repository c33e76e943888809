import { describe, it, expect } from 'vitest';
import { extractText } from '../../test/extract-helpers.js';

const statusOf = (text: string, to: string) => extractText(text).claims.find((c) => c.to.id === to || c.from.id === to)?.status;

describe('status from the deal a purchase hangs on', () => {
  it.each([
    // infinitive after a deal noun: the deal's own stage
    ['Oracle already has a $20 billion, five-year agreement to supply Cohere with cloud capacity.', 'cohere', 'signed'],
    ['Nebius signed a $3 billion contract to provide Mistral AI with GPU capacity.', 'mistral-ai', 'signed'],
    ['Nebius is in talks over a contract to provide Mistral AI with GPU capacity.', 'mistral-ai', 'in_talks'],
    // "under which": the clause before it decides
    ['A $4 billion contract has been signed between Cohere and Lambda, under which the cloud provider will supply the lab with computing power.', 'cohere', 'signed'],
    // a purchase made under a contract, unless the terms are still pending
    ['Nebius will supply Cohere with capacity under a five-year contract worth $2 billion.', 'cohere', 'signed'],
    ['Nebius will supply Cohere with capacity under a five-year contract worth $2 billion. The deal is subject to definitive agreements.', 'cohere', 'announced'],
    ['Nebius will supply Cohere with capacity under a proposed contract.', 'cohere', 'announced'],
  ])('"%s" → %s %s', (text, party, expected) => {
    expect(statusOf(text, party)).toBe(expected);
  });

  it('reads "announced an agreement under which" as announced', () => {
    expect(statusOf('Cohere and Oracle announced an agreement under which Oracle will invest $500 million in Cohere.', 'cohere')).toBe('announced');
  });

  it('reads an announced purchase contract as signed unless its terms are pending', () => {
    expect(statusOf('Lambda announced a $2 billion agreement to supply Cohere with GPUs.', 'cohere')).toBe('signed');
    expect(statusOf('Lambda announced a $2 billion agreement to supply Cohere with GPUs. It is subject to definitive agreements.', 'cohere')).toBe('announced');
  });

  it('reads the terms after "the contract announced on Monday:" as signed', () => {
    expect(statusOf('Analysts focused on the contract announced on Monday: Cohere will pay Lambda $2 billion for GPU capacity.', 'cohere')).toBe('signed');
    expect(statusOf('Analysts said on Monday that Cohere will pay Lambda $2 billion for GPU capacity.', 'cohere')).toBe('announced');
  });
});

describe('weighing a deal', () => {
  it('reads "is considering" and "is exploring" as rumoured, talks as in talks', () => {
    expect(statusOf('Nvidia is considering buying capacity from Nebius.', 'nebius')).toBe('rumoured');
    expect(statusOf('Oracle is exploring an investment in Cohere.', 'cohere')).toBe('rumoured');
    expect(statusOf('Nvidia is in talks to buy capacity from Nebius.', 'nebius')).toBe('in_talks');
  });
});
