import { describe, it, expect } from 'vitest';
import { extractText, triples } from '../../test/extract-helpers.js';

const found = (text: string) => triples(extractText(text));

describe('the subject of a "with X VERBing" absolute clause', () => {
  it.each([
    ['Meta plans a huge campus in Ohio, with Crusoe building the data centres for the Facebook owner.', 'meta→crusoe compute_purchase'],
    ['Cohere is to spend $4 billion on compute, with Nebius building custom sites in Finland and Texas for Cohere.', 'cohere→nebius compute_purchase'],
    ['Mistral raised $2bn, with Nvidia putting in $500m.', 'nvidia→mistral-ai equity_investment'],
  ])('reads "%s"', (text, expected) => {
    expect(found(text)).toContain(expected);
  });

  it.each([
    ['Meta plans a huge campus in Ohio, with Crusoe building the data centres for the Facebook owner.', 'crusoe→meta'],
    ['Cohere works with Nebius building a cluster in Finland.', 'nebius→cohere'],
    ['The deal closed on Friday with shares rising 4%.', 'shares'],
  ])('does not turn the clause around in "%s"', (text, wrong) => {
    expect(found(text).filter((x) => x.startsWith(wrong))).toEqual([]);
  });
});
