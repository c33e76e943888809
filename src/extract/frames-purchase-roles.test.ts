import { describe, it, expect } from 'vitest';
import { extractText, triples } from '../../test/extract-helpers.js';

/** [text, claims that must be there, claims that must not] */
const CASES: readonly (readonly [string, readonly string[], readonly string[]])[] = [
  // appositive "its ROLE": the company before the comma holds the role; "its" is the company before it
  ['Anthropic wants to cut its reliance on Amazon, its largest investor.', ['amazon→anthropic equity_investment'], []],
  ['The deal gives xAI a second source of chips besides Nvidia, its main supplier.', ['xai→nvidia hardware_purchase'], []],
  ['Analysts compared Oracle with Google, its fiercest rival.', [], ['google→oracle equity_investment', 'oracle→google compute_purchase']],
  // role noun + include / including / among them / such as
  ['Nebius has grown fast. Its customers include Mistral AI and Cohere, the company said.', ['cohere→nebius compute_purchase', 'mistral-ai→nebius compute_purchase'], []],
  ['CoreWeave rents out chips to outside clients, among them Cohere and Mistral AI.', ['cohere→coreweave compute_purchase', 'mistral-ai→coreweave compute_purchase'], []],
  ['Mistral AI has raised money before. Its backers include Nvidia and Microsoft.', ['microsoft→mistral-ai equity_investment', 'nvidia→mistral-ai equity_investment'], []],
  ['Rivals such as AMD and Intel are catching up with Nvidia.', [], ['amd→nvidia hardware_purchase', 'intel→nvidia hardware_purchase']],
  ['Analysts said customers including Microsoft may pay more for chips.', [], ['microsoft→nvidia hardware_purchase']],
  ['Mistral AI is growing fast. The start-up said its revenue tripled. It now adds Nebius to a roster of suppliers that already includes CoreWeave.', ['mistral-ai→coreweave compute_purchase'], []],
  // fellow participants: "alongside investors including A" names no investor of the subject
  ['Intel and Qualcomm took part in the round alongside financial investors including Tiger Global and Fidelity.', [], ['tiger-global→qualcomm equity_investment', 'fidelity→qualcomm equity_investment']],
  ['Nebius invested together with other backers such as Accel.', [], ['accel→nebius equity_investment']],
  ['Nscale agreed a $300 million placement with a group of investors that includes Nvidia and Accel.', ['nvidia→nscale equity_investment', 'accel→nscale equity_investment'], []],
  ['CoreWeave signed contracts with customers including Meta.', ['meta→coreweave compute_purchase'], []],
  // revenue from named payers
  ['Nebius said on Monday its sales grew. Its cloud revenue reached $300 million, about a third of it from Meta and Microsoft.', ['meta→nebius compute_purchase', 'microsoft→nebius compute_purchase'], []],
  ["CoreWeave's revenue from Meta doubled last year.", ['meta→coreweave compute_purchase'], []],
  ["Oracle's revenue rose 12%, analysts from Morgan Stanley said.", [], ['morgan-stanley→oracle compute_purchase']],
  // "both an investor in X and its largest customer"
  ['Meta is both an investor in Nebius and its largest customer.', ['meta→nebius compute_purchase', 'meta→nebius equity_investment'], []],
  // accounted for a share of the revenue, amount between the owner and "revenue"
  ['Meta, which accounted for 40% of Nebius’s $500 million of sales last year, signed again.', ['meta→nebius compute_purchase'], []],
];

describe('role nouns', () => {
  for (const [text, want, not] of CASES) {
    it(`"${text}"`, () => {
      const got = triples(extractText(text));
      expect(got).toEqual(expect.arrayContaining([...want]));
      for (const x of not) expect(got).not.toContain(x);
    });
  }

  it('does not guess a customer list owner against the provider order', () => {
    // NOTE: the topic is a lab, and a lab does not sell to a cloud provider's customers.
    const r = extractText('Cohere said it had grown. Cohere expects more. It hired staff. Customers include Oracle and Microsoft.');
    expect(triples(r).filter((x) => x.endsWith('→cohere compute_purchase'))).toEqual([]);
  });
});
