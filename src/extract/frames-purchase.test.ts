import { describe, it, expect } from 'vitest';
import { extractText, triples } from '../../test/extract-helpers.js';

describe('purchase frames in context', () => {
  it('reads the owner of a facility as the user of the hardware it runs', () => {
    expect(triples(extractText('Meta opened a campus in Ohio. Its first buildings already run AMD accelerators.'))).toContain('meta→amd hardware_purchase');
    expect(triples(extractText("Microsoft's Wisconsin data centers are using Nvidia chips."))).toContain('microsoft→nvidia hardware_purchase');
  });

  it('reads a descriptive noun phrase for a former miner as the company', () => {
    const r = extractText('Cipher Mining shares rose after the bitcoin miner signed a $3 billion contract to give Amazon access to Nvidia chips.');
    expect(triples(r)).toContain('amazon→cipher-mining compute_purchase');
  });

  it('reads a cloud\'s own chips and supercomputers as compute', () => {
    expect(triples(extractText("Cohere agreed to expand its use of Google's tensor processing units."))).toEqual(['cohere→google compute_purchase']);
    expect(triples(extractText("Cohere will use Oracle's AI supercomputers to train its models."))).toEqual(['cohere→oracle compute_purchase']);
  });

  it('reads models deployed on a cloud\'s own chips as compute', () => {
    expect(triples(extractText("Cohere will train and deploy its future models on Google's Axion and Ironwood chips."))).toEqual(['cohere→google compute_purchase']);
  });

  it('finds the seller in a second "on" phrase', () => {
    const r = extractText("Cohere spent $400 million on training, the computing used to build its models, on Oracle's cloud last year.");
    expect(triples(r)).toEqual(['cohere→oracle compute_purchase']);
  });

  it('reads "provider for all of X\'s workloads" as X buying', () => {
    expect(triples(extractText("Oracle will remain the exclusive cloud provider for all of Cohere's workloads."))).toContain('cohere→oracle compute_purchase');
    expect(triples(extractText("Oracle is a provider for all of its own workloads."))).toEqual([]);
  });

  it('reads a reduced relative "the contracts it signed … are with X"', () => {
    const r = extractText('Nebius did not name its customers. Some analysts think the big contracts it signed in May are with Cohere and Mistral AI.');
    expect(triples(r)).toEqual(expect.arrayContaining(['cohere→nebius compute_purchase', 'mistral-ai→nebius compute_purchase']));
    expect(triples(extractText('Nebius said the contracts it signed in May are large.'))).toEqual([]);
  });

  it('does not take a possessor of something else for the user', () => {
    expect(triples(extractText("Meta's engineers are using Nvidia chips to test models."))).not.toContain('meta→nvidia hardware_purchase');
  });

  it('reads a subject after a determiner in a subordinate clause', () => {
    expect(triples(extractText('Oracle raised debt as the cloud giant deploys AMD processors.'))).toContain('oracle→amd hardware_purchase');
  });

  it('rents compute from the company whose sites run the chips', () => {
    expect(triples(extractText("Cohere plans to use 4,000 Nvidia GPUs at Nebius's sites next year."))).toEqual(['cohere→nebius compute_purchase']);
  });

  it('does not read a warrant to buy shares as an investment', () => {
    expect(triples(extractText('Cohere was granted a warrant to buy up to 10 million Oracle shares.'))).not.toContain('cohere→oracle equity_investment');
  });

  it('does not look for an object in the next sentence', () => {
    const r = extractText('Oracle said it would keep spending on infrastructure. It has told investors it will borrow more.');
    expect(triples(r)).toEqual([]);
  });

  it('gives a buyer-less supply sentence about a deal to the dominant company', () => {
    const text = 'Anthropic has signed several cloud deals. The company expects its costs to rise. It has also hired staff. Nebius supplies capacity under a deal whose value was not disclosed.';
    expect(triples(extractText(text))).toContain('anthropic→nebius compute_purchase');
    expect(triples(extractText('Nebius supplies capacity to many labs.'))).toEqual([]);
  });

  it('reads compute bought "on" or "at" a provider, after a time opener or a label', () => {
    expect(triples(extractText("Cohere agreed to buy $3 billion of capacity on Oracle's cloud."))).toEqual(['cohere→oracle compute_purchase']);
    expect(triples(extractText("In March Cohere committed to buy $2 billion of capacity on Microsoft's Azure."))).toEqual(['cohere→microsoft-azure compute_purchase']);
    expect(triples(extractText('- Oracle: in May Cohere committed to buy $2 billion of capacity at CoreWeave.'))).toEqual(['cohere→coreweave compute_purchase']);
  });

  it('reads "use up to N TPUs" and "take up to 1 GW of X\'s systems"', () => {
    expect(triples(extractText('Cohere agreed to use up to 200,000 TPUs, a deal worth billions of dollars.'))).toEqual(['cohere→google compute_purchase']);
    expect(triples(extractText("Cohere plans to take up to one gigawatt of Nvidia's Vera Rubin systems."))).toEqual(['cohere→nvidia hardware_purchase']);
  });

  it('does not read chips inside capacity, or chips at unnamed sites, as bought from their maker', () => {
    expect(triples(extractText('Cohere will take capacity built around as many as 5,000 Nvidia GPUs.'))).toEqual([]);
    expect(triples(extractText('Cohere plans to use up to 5,000 AMD chips at sites in Wales.'))).toEqual([]);
  });

  it('prefers a named seller to the chips\' maker', () => {
    expect(triples(extractText('Cohere bought 5,000 Nvidia chips from Dell Technologies.'))).toEqual(['cohere→dell hardware_purchase']);
  });

  it('reads "X\'s orders from the chipmaker" as X buying from the seller', () => {
    const r = extractText('Broadcom reported strong sales. That takes Cohere\'s orders from the chipmaker to $2 billion.');
    expect(triples(r)).toEqual(['cohere→broadcom hardware_purchase']);
    expect(triples(extractText("Cohere's orders rose sharply from last year."))).toEqual([]);
  });

  it('reads "X\'s spending on Y" as X buying from Y', () => {
    expect(triples(extractText("Analysts said Cohere's spending on Oracle could reach $1 billion."))).toEqual(['cohere→oracle compute_purchase']);
  });
});
