import { describe, it, expect } from 'vitest';
import { extractText, triples } from '../../test/extract-helpers.js';

/** [text, claims that must be there, claims that must not] — deals named by a noun. */
const CASES: readonly (readonly [string, readonly string[], readonly string[]])[] = [
  // the partner of "with" inside an infinitive is not the deal's other party
  ['Nebius has signed a five-year, $3 billion contract to provide Cohere with Nvidia capacity in Finland.', ['cohere→nebius compute_purchase'], ['nvidia→nebius compute_purchase']],
  // "between X and Y"
  ['A multiyear pact between Mistral AI and Oracle covers cloud capacity worth $2 billion.', ['mistral-ai→oracle compute_purchase'], []],
  // the type named after the parties
  ['Nvidia has not yet reached a definitive agreement with Cohere on the investment of up to $1 billion.', ['nvidia→cohere equity_investment'], ['cohere→nvidia hardware_purchase']],
  ['Google is extending its partnership with Cohere through a multiyear, multibillion-dollar investment.', ['google→cohere equity_investment'], ['cohere→google compute_purchase']],
];

describe('deal nouns', () => {
  for (const [text, want, not] of CASES) {
    it(`"${text}"`, () => {
      const got = triples(extractText(text));
      expect(got).toEqual(expect.arrayContaining([...want]));
      for (const x of not) expect(got).not.toContain(x);
    });
  }

  it('reads "not yet reached a definitive agreement" as the stage before signing', () => {
    const c = extractText('Nvidia has not yet reached a definitive agreement with Cohere on the investment of up to $1 billion.').claims[0]!;
    expect(c.status).toBe('announced');
  });
});

describe('deal nouns in relative clauses and hosting leases', () => {
  it('reads "X, whose agreements with Y add up to $N" as X buying from Y', () => {
    const r = extractText('The backlog is led by Cohere, whose agreements with Nebius now add up to $4 billion.');
    expect(triples(r)).toContain('cohere→nebius compute_purchase');
    expect(r.claims.find((c) => c.type === 'compute_purchase')?.amount?.lower).toBe('4000000000');
  });

  it('reads leasing data-centre capacity under existing agreements as a lease in force', () => {
    const r = extractText('Nebius would keep leasing data-centre capacity from Crusoe under the existing agreements.');
    expect(triples(r)).toEqual(['nebius→crusoe other']);
    expect(r.claims[0]!.status).toBe('signed');
  });
});
