import { describe, it, expect } from 'vitest';
import { extractText, triples } from '../../test/extract-helpers.js';

const found = (text: string) => triples(extractText(text)).filter((x) => / (joint_venture|equity_investment)$/.test(x)).sort();

describe('partners added by "with X providing ..."', () => {
  it('adds the companies after "with" as partners in the venture the main clause funds', () => {
    expect(found('Oracle and MGX will each put $10 billion into Stargate, with Nvidia and Microsoft contributing smaller amounts, a person said.')).toEqual(
      ['mgx→stargate joint_venture', 'microsoft→stargate joint_venture', 'nvidia→stargate joint_venture', 'oracle→stargate joint_venture'].sort(),
    );
  });

  it('adds them as investors when the main clause invests in a company', () => {
    expect(found('Nvidia will invest $2 billion in Cohere, with Oracle and Salesforce contributing the rest.')).toEqual(
      ['nvidia→cohere equity_investment', 'oracle→cohere equity_investment', 'salesforce→cohere equity_investment'].sort(),
    );
  });

  it.each([
    'Nvidia will invest $2 billion in Cohere, with Oracle providing power for the campus.',
    'Nvidia will invest $2 billion in Cohere with Oracle providing the rest.',
    'Cohere signed a cloud deal, with Oracle providing the rest.',
  ])('adds no partner in "%s"', (text) => {
    expect(found(text).filter((x) => x.startsWith('oracle'))).toEqual([]);
  });
});
