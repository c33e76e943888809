import { describe, it, expect } from 'vitest';
import { extractText, triples } from '../../test/extract-helpers.js';

describe('gapped conjuncts', () => {
  it('gives a second party and figure the first clause\'s deal ("and B about $N")', () => {
    expect(triples(extractText('Microsoft put $10 billion into Lambda, and Nvidia about $2 billion.'))).toEqual(
      expect.arrayContaining(['microsoft→lambda equity_investment', 'nvidia→lambda equity_investment']),
    );
  });

  it('takes the conjunct\'s own recipient when it names one', () => {
    const out = triples(extractText('Microsoft put $10 billion into Lambda, and Amazon $4 billion into Nscale.'));
    expect(out).toContain('amazon→nscale equity_investment');
    expect(out).not.toContain('amazon→lambda equity_investment');
  });

  it('reads "and B an undisclosed sum" as the same deal with no figure', () => {
    const out = extractText('Oracle will contribute about $7 billion to Stargate and MGX an undisclosed sum.').claims;
    const mgx = out.find((c) => c.from.id === 'mgx');
    expect(mgx?.to.id).toBe('stargate');
    expect(mgx?.amount).toBeNull();
  });

  it('does not copy a deal whose first party is not the clause\'s agent, nor cross a verb', () => {
    expect(triples(extractText('Lambda raised $5 billion from Nvidia, and Nscale $1 billion.'))).not.toContain('nscale→lambda equity_investment');
    expect(triples(extractText('Microsoft put $10 billion into Lambda, and Amazon said it would wait.'))).toEqual(['microsoft→lambda equity_investment']);
  });
});
