import { describe, it, expect } from 'vitest';
import { extractText, triples } from '../../test/extract-helpers.js';

describe('hardware bought from a GPU cloud is compute', () => {
  it('reads paying a neocloud to use GPUs as compute', () => {
    const out = triples(extractText('Microsoft will pay Nebius $2 billion to use 20,000 Nvidia GPUs over three years.'));
    expect(out).toContain('microsoft→nebius compute_purchase');
    expect(out).not.toContain('microsoft→nebius hardware_purchase');
  });

  it('leaves hardware bought from a chip or server maker, or a chip-designing cloud, as hardware', () => {
    expect(triples(extractText('IREN ordered about $5.8 billion of GPU servers from Dell.'))).toContain('iren→dell hardware_purchase');
    expect(triples(extractText('Anthropic agreed to buy $3 billion of chips from AMD.'))).toContain('anthropic→amd hardware_purchase');
  });
});
