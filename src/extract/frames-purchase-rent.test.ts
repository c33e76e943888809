import { describe, it, expect } from 'vitest';
import { extractText, triples } from '../../test/extract-helpers.js';

describe('compute rented from providers', () => {
  it('reads "rents X\'s chips" as compute bought from X', () => {
    expect(triples(extractText("Cohere also rents Google's tensor processing units through its cloud division."))).toEqual(['cohere→google compute_purchase']);
    expect(triples(extractText('Oracle leases its own servers to customers.'))).toEqual([]);
  });

  it('reads "trains its models on X\'s cloud" as compute bought from X', () => {
    expect(triples(extractText("Cohere trains its models mainly on Oracle's cloud."))).toEqual(['cohere→oracle compute_purchase']);
    expect(triples(extractText('Cohere trains its models on its own servers.'))).toEqual([]);
  });

  it('reads "from X\'s cloud" as renting from X, but not a cloud someone else owns', () => {
    expect(triples(extractText("Cohere is growing. It also rents compute from Nebius's cloud."))).toEqual(['cohere→nebius compute_purchase']);
    expect(triples(extractText("Cohere rents compute from Nebius's customers."))).toEqual([]);
  });

  it('keeps renting from a named lessor', () => {
    expect(triples(extractText('Cohere rents servers from CoreWeave.'))).toEqual(['cohere→coreweave compute_purchase']);
  });
});
