import { describe, it, expect } from 'vitest';
import { extractText } from '../../test/extract-helpers.js';

const pairs = (text: string) => extractText(text).claims.map((c) => `${c.from.id ?? c.from.name}>${c.to.id ?? c.to.name}:${c.type}`);

describe('companies described rather than named', () => {
  it('reads "the <Name>-backed <head>" as a company other than the backer', () => {
    const r = pairs('Deal\n\nMeta has committed $2 billion to Lambda for cloud capacity, making the Nvidia-backed provider one of its biggest suppliers.');
    expect(r).toContain('nvidia>lambda:equity_investment');
    expect(r).not.toContain('nvidia>meta:equity_investment');
  });

  it('reads a place between "the" and a description as part of it, not as a company', () => {
    const r = pairs('Chips\n\nNvidia shares rose on Monday. Cohere will buy $2 billion of chips from the Santa Clara chip designer, the start-up said.');
    expect(r).toContain('cohere>nvidia:hardware_purchase');
    expect(r.some((x) => x.includes('Santa Clara'))).toBe(false);
  });

  it('keeps a description with a proper name on its one company', () => {
    const r = pairs('Cloud\n\nCohere said it was growing fast. Separately, the Windows maker agreed to buy $10 billion of cloud capacity from CoreWeave.');
    expect(r).toContain('microsoft>coreweave:compute_purchase');
    expect(r).not.toContain('cohere>coreweave:compute_purchase');
  });

  it('still reads a generic description as the company in context', () => {
    const r = pairs('Deal\n\nNebius shares rose. The London-based AI infrastructure company will supply Cohere with capacity worth $1 billion.');
    expect(r).toContain('cohere>nebius:compute_purchase');
  });

  it('leaves a capitalised company name after "the" alone', () => {
    const r = pairs('Deal\n\nCohere agreed to buy servers from the Acme Robotics company for $50 million.');
    expect(r.some((x) => x.startsWith('cohere>'))).toBe(true);
  });
});
