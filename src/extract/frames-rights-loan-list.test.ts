import { describe, it, expect } from 'vitest';
import { extractText, triples } from '../../test/extract-helpers.js';

const loans = (text: string) => triples(extractText(text)).filter((x) => / loan$/.test(x));

describe('a list of lenders as the subject of a loan', () => {
  it.each([
    ['Goldman Sachs and Morgan Stanley lent $4bn to Crusoe.', ['goldman-sachs→crusoe loan', 'morgan-stanley→crusoe loan']],
    ['Citigroup and MUFG have underwritten roughly $6bn of construction loans for Aligned Data Centers.', ['citigroup→aligned-data-centers loan', 'mufg→aligned-data-centers loan']],
  ])('reads every lender in "%s"', (text, expected) => {
    expect(loans(text).sort()).toEqual([...expected].sort());
  });

  it('keeps a reporting subject out of the lenders', () => {
    expect(loans('Oracle and OpenAI said JPMorgan lent $2bn to Crusoe.')).toEqual(['jpmorgan→crusoe loan']);
  });
});
