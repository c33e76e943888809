import { describe, it, expect } from 'vitest';
import { extractText } from '../../test/extract-helpers.js';
import { performedStage, performsMadeDeal } from './frame-status-performed.js';

const statusOf = (text: string, from: string, to: string) => extractText(text).claims.find((c) => c.from.id === from && c.to.id === to)?.status;

describe('performsMadeDeal', () => {
  it('reads a coordinated future after a signed deal as its performance', () => {
    expect(performsMadeDeal('dell has signed a lease on the site and will use it to supply capacity to cohere', 'dell has signed a lease on the site and will use it to')).toBe('made');
  });
  it('reads a fronted "as part of the agreement" clause', () => {
    expect(performsMadeDeal('as part of the agreement , cohere will run its models on azure', 'as part of the agreement , cohere will')).toBe('fronted');
  });
  it.each([
    ['dell will sign a lease and will use it to supply capacity', 'dell will sign a lease and will use it to'],
    ['as part of the proposed agreement , cohere will run its models on azure', 'as part of the proposed agreement , cohere will'],
    ['cohere will run its models on azure', 'cohere will'],
  ])('leaves other futures alone: %s', (sentence, before) => {
    expect(performsMadeDeal(sentence, before)).toBeNull();
  });
  it('passes a lead deal stage on', () => {
    expect(performedStage('completed')).toBe('signed');
    expect(performedStage('announced')).toBe('announced');
    expect(performedStage(null)).toBe('signed');
  });
});

describe('status of performed deals and arrangements in force', () => {
  it('signs a supply promised under a lease already signed', () => {
    expect(statusOf('Oracle has signed a ten-year lease on a campus in Ohio and will use it to supply computing capacity to Cohere.', 'cohere', 'oracle')).toBe('signed');
  });
  it('takes the stage of the deal the clause is part of', () => {
    const text = 'Intel will invest $2 billion in Cohere. As part of the partnership, Cohere will run its services on Microsoft Azure.';
    expect(statusOf(text, 'cohere', 'microsoft-azure')).toBe('announced');
  });
  it('reads a progressive present of a transaction as an arrangement in force', () => {
    expect(statusOf('Dell is also renting servers to Cohere for about $1 billion over three years.', 'cohere', 'dell')).toBe('signed');
  });
  it('signs a supply under contracts with no article', () => {
    expect(statusOf('CoreWeave will supply Cohere with 10,000 GPUs under contracts worth $2 billion.', 'cohere', 'coreweave')).toBe('signed');
  });
});

describe('an investment named as a thing', () => {
  it('is complete when nothing in the sentence is still to come', () => {
    expect(statusOf("The competition regulator has cleared Intel's small investment in Cohere, finding it was no merger.", 'intel', 'cohere')).toBe('completed');
  });
  it('is not complete when the sentence plans it', () => {
    expect(statusOf("Intel's planned investment in Cohere will need the regulator's approval.", 'intel', 'cohere')).not.toBe('completed');
  });
});
