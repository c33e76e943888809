import { describe, it, expect } from 'vitest';
import { extractText, triples } from '../../test/extract-helpers.js';

/** [sentence, expected "from→to type" claims] */
const CASES: readonly (readonly [string, readonly string[]])[] = [
  ['Nvidia to invest $5 billion in Intel.', ['nvidia→intel equity_investment']],
  ['Amazon is in talks with ChatGPT-maker OpenAI to invest more than $10 billion.', ['amazon→openai equity_investment']],
  ['Anthropic raised $13 billion from Iconiq and General Catalyst.', ['general-catalyst→anthropic equity_investment', 'iconiq→anthropic equity_investment']],
  ['CoreWeave, which is backed by Nvidia, filed for an IPO.', ['nvidia→coreweave equity_investment']],
  ['The Nvidia-backed start-up Lambda rents out GPUs.', ['nvidia→lambda equity_investment']],
  ['Mistral AI is funded by Microsoft.', ['microsoft→mistral-ai equity_investment']],
  ['OpenAI closed a $40 billion round led by SoftBank.', ['softbank→openai equity_investment']],
  ['OpenAI will spend $38 billion renting servers from AWS over seven years.', ['openai→aws compute_purchase']],
  ['Oracle agreed to buy chips from Nvidia for about $40 billion.', ['oracle→nvidia hardware_purchase']],
  ['Microsoft owns 27% of OpenAI.', ['microsoft→openai stake']],
  ['Microsoft has an exclusive right to sell OpenAI models to cloud customers.', ['microsoft→openai licence']],
  ['Microsoft agreed to use Anthropic’s AI in Copilot.', ['microsoft→anthropic service_purchase']],
  ['OpenAI struck deals to rent servers from Google and CoreWeave.', ['openai→coreweave compute_purchase', 'openai→google compute_purchase']],
  ['OpenAI plans to spend hundreds of billions of dollars on Microsoft and Oracle.', ['openai→microsoft compute_purchase', 'openai→oracle compute_purchase']],
  ['CoreWeave acquires Core Scientific for $9 billion.', ['coreweave→core-scientific acquisition']],
  ['Core Scientific was acquired by CoreWeave.', ['coreweave→core-scientific acquisition']],
  ['AMD granted OpenAI a warrant for up to 160 million shares.', ['amd→openai share_grant']],
  ['OpenAI was granted a warrant by AMD to buy up to 160 million shares.', ['amd→openai share_grant']],
  ['Nscale has agreed to supply Microsoft with 200,000 Nvidia chips.', ['microsoft→nscale compute_purchase']],
  ['Microsoft signed a $9.7 billion contract with IREN.', ['microsoft→iren compute_purchase']],
  ['JPMorgan lent Vantage Data Centers $38 billion.', ['jpmorgan→vantage-data-centers loan']],
  ['Microsoft would receive 75% of OpenAI’s profits.', ['openai→microsoft revenue_share']],
  ['Microsoft, OpenAI’s biggest backer, declined to comment.', ['microsoft→openai equity_investment']],
  ['Nvidia is Lambda’s largest customer.', ['nvidia→lambda compute_purchase']],
  ['SoftBank and OpenAI said they would set up SB OpenAI Japan, a 50-50 joint venture.', ['openai→sb-openai-japan joint_venture', 'softbank→sb-openai-japan joint_venture']],
  ['Microsoft is in talks to invest in a start-up called Foo Labs Inc.', []],
  ['Reuters reported that Amazon had no comment.', []],
];

describe('deal frames', () => {
  for (const [sentence, expected] of CASES) {
    it(`"${sentence}"`, () => {
      expect(triples(extractText(sentence))).toEqual([...expected].sort());
    });
  }

  it('reads an unknown company after a preposition as a party', () => {
    const r = extractText('Nvidia agreed to invest $2 billion in Synopsys.');
    expect(r.claims).toHaveLength(1);
    expect(r.claims[0]!.to).toMatchObject({ id: null, name: 'Synopsys' });
    expect(r.warnings.some((w) => w.includes('Synopsys'))).toBe(true);
  });

  it('never makes an outlet a party', () => {
    const r = extractText('The Information invested in OpenAI, Reuters reported.');
    for (const c of r.claims) for (const p of [c.from.id, c.to.id]) expect(['the-information', 'reuters']).not.toContain(p);
  });

  it('shares one amount between the members of a list', () => {
    const r = extractText('OpenAI plans to spend $300 billion on Microsoft and Oracle.');
    expect(r.claims.map((c) => c.amount?.point)).toEqual(['300000000000', '300000000000']);
  });

  it('distributes amounts "respectively"', () => {
    const r = extractText('The biggest items on OpenAI’s list are its cloud contracts with Oracle and Microsoft, to which it has pledged $300bn and $250bn respectively.');
    const byTo = Object.fromEntries(r.claims.map((c) => [c.to.id, c.amount?.point]));
    expect(byTo).toMatchObject({ oracle: '300000000000', microsoft: '250000000000' });
  });

  it('gives each gapped subject its own amount', () => {
    const r = extractText('Microsoft will invest up to $5 billion and Nvidia up to $10 billion in Anthropic.');
    const byFrom = Object.fromEntries(r.claims.map((c) => [c.from.id, c.amount?.upper]));
    expect(byFrom).toEqual({ microsoft: '5000000000', nvidia: '10000000000' });
  });
});
