import { describe, it, expect } from 'vitest';
import { extractText, triples } from '../../test/extract-helpers.js';

describe('the client named by its own demand after "for X\'s"', () => {
  it('reads the possessor of a platform or workload the goods are made for as the buyer', () => {
    expect(triples(extractText('Marvell will build custom accelerators for Amazon\'s AI server platforms.'))).toContain('amazon→marvell hardware_purchase');
    expect(triples(extractText('Broadcom will design custom chips for Meta\'s AI workloads.'))).toContain('meta→broadcom hardware_purchase');
  });

  it('reads no client when the possessive names something else than its demand', () => {
    expect(triples(extractText('Broadcom will design custom chips for Meta\'s rivals.'))).toEqual([]);
  });
});
