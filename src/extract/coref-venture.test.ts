import { describe, it, expect } from 'vitest';
import { extractText, realGazetteer, triples } from '../../test/extract-helpers.js';
import { buildView } from './build-view.js';

const view = (text: string) => buildView(text, '2025-12-17', realGazetteer());
const resolved = (text: string, phrase: string) => view(text).mentions.find((m) => m.text === phrase)?.entityId;

describe('a venture named by description only', () => {
  it('reads "the venture" as the one known joint venture the companies around it own', () => {
    expect(resolved('Aker and Nscale have built a site in the north. Microsoft rents GPUs from the venture.', 'the venture')).toBe('stargate-norway');
    expect(resolved('Microsoft signed a deal for capacity with the joint venture that Nscale runs with Aker.', 'the joint venture')).toBe('stargate-norway');
  });

  it('leaves "the venture" unresolved when the companies nearby own no venture together', () => {
    expect(resolved('Microsoft and Nscale met last week. Lambda rents GPUs from the venture.', 'the venture')).toBeFalsy();
  });

  it('reads a figure after the determiner as a modifier ("the $500 billion venture")', () => {
    expect(resolved('MGX will put money into Stargate, and Oracle will contribute $7 billion to the $500 billion venture.', 'the $500 billion venture')).toBe('stargate');
  });

  it('does not read money a venture pays its owner as an investment in the owner', () => {
    const out = triples(extractText('Blue Owl and Meta set up the Louisiana data-centre company. Meta will receive a distribution of $3 billion from the venture.'));
    expect(out).not.toContain('hyperion-jv→meta equity_investment');
    expect(out).toContain('hyperion-jv→meta other');
  });

  it('does not read "the bulk of which were bought by" as a takeover of the issuer', () => {
    const out = triples(extractText('Bonds were issued by Nscale, the bulk of which were bought by Pimco.'));
    expect(out).not.toContain('pimco→nscale acquisition');
    expect(triples(extractText('Nscale was bought by Pimco.'))).toContain('pimco→nscale acquisition');
  });
});
