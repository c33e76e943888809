import { describe, it, expect } from 'vitest';
import { extractText, triples } from '../../test/extract-helpers.js';

/** [text, claims that must be there, claims that must not] */
const CASES: readonly (readonly [string, readonly string[], readonly string[]])[] = [
  // a word inside a company's name is no compute noun ("Google Cloud" is no "cloud")
  ["Cohere will tap up to 200,000 of Google Cloud's TPUs under a multiyear agreement.", ['cohere→google-cloud compute_purchase'], []],
  ['Cohere will tap cloud capacity built around 8,000 Nvidia GPUs.', [], ['cohere→nvidia hardware_purchase']],
  // contracts named by their other side
  ['Nebius wins Cohere contract worth up to $2bn', ['cohere→nebius compute_purchase'], []],
  ['Oracle has landed a cloud deal from Cohere worth $5 billion over four years.', ['cohere→oracle compute_purchase'], []],
  ['After its Cohere contract, Lambda ordered servers from Dell.', ['cohere→lambda compute_purchase'], []],
  ["That takes Cohere's orders from Nvidia to $21 billion.", [], ['nvidia→cohere hardware_purchase']],
  // goods before the verb: an object relative clause or a reduced one
  ['Lambda will spend $2 billion on 30,000 Blackwell GPUs it has agreed to buy from Supermicro for two sites.', ['lambda→supermicro hardware_purchase'], []],
  ['Cohere said the servers it rents from CoreWeave are full.', ['cohere→coreweave compute_purchase'], []],
  ['Nebius opened a hall in Kansas City packed with 12,000 Nvidia chips bought from Dell.', ['nebius→dell hardware_purchase'], []],
  ['Nvidia chips bought from resellers are pricier.', [], ['?resellers']],
  ['Its biggest rival, Cohere, bought from Dell last year.', [], ['cohere→dell']],
  // a supplier picked for goods, and signing on for someone's capacity
  ['Cohere taps AMD for 2 gigawatts of accelerators', ['cohere→amd hardware_purchase'], []],
  ['Mistral AI tapped CoreWeave for $3 billion of cloud capacity.', ['mistral-ai→coreweave compute_purchase'], []],
  ['Cohere hired Goldman Sachs for advice on chips.', [], ['cohere→goldman-sachs hardware_purchase']],
  ['Cohere hired Lambda for help on chips.', [], ['cohere→lambda compute_purchase']],
  ['Mistral AI signs on for $4bn of Nebius compute', ['mistral-ai→nebius compute_purchase'], []],
  ['Cohere has signed up for Oracle cloud capacity.', ['cohere→oracle compute_purchase'], []],
  ['Cohere signed up for a new logo.', [], ['cohere→']],
  // capacity bought by its power on a maker's systems
  ["Cohere has committed to acquire up to two gigawatts of AMD's MI450 systems.", ['cohere→amd hardware_purchase'], []],
  ["Mistral AI will buy 500 megawatts of compute built on Nvidia's Blackwell systems.", ['mistral-ai→nvidia hardware_purchase'], []],
  ['Cohere has agreed to buy up to 300 megawatts of computing capacity from Cerebras Systems.', [], ['cohere→cerebras hardware_purchase']],
  ['The site will draw 1.2 gigawatts of power from the grid, enough for 400,000 Nvidia chips.', [], ['→nvidia hardware_purchase']],
  ["Cohere has committed to buy Nvidia's systems.", ['cohere→nvidia hardware_purchase'], []],
  // a cloud named right before what it sells
  ['Cohere has contracted to purchase $4 billion of Azure services.', ['cohere→microsoft-azure compute_purchase'], []],
  ['Mistral AI will buy $2 billion of Oracle cloud capacity over five years.', ['mistral-ai→oracle compute_purchase'], []],
  ['Cohere will buy $300 million of legal services.', [], ['cohere→']],
  // a provider's backlog holding contracts with named customers
  ["CoreWeave's $50 billion backlog now includes compute contracts with Mistral AI and Cohere.", ['mistral-ai→coreweave compute_purchase', 'cohere→coreweave compute_purchase'], []],
  ["Cohere's revenue includes contracts with Oracle.", [], ['oracle→cohere']],
];

describe('purchase phrasings', () => {
  for (const [text, want, not] of CASES) {
    it(`"${text}"`, () => {
      const got = triples(extractText(text));
      for (const w of want) expect(got).toContain(w);
      for (const n of not) expect(got.join(' ')).not.toContain(n);
    });
  }
});
