import { describe, it, expect } from 'vitest';
import { extractText, triples, realGazetteer } from '../../test/extract-helpers.js';
import { buildView } from './build-view.js';
import { endPastAsides } from './aside-window.js';

describe('endPastAsides', () => {
  it('does not count tokens inside brackets', () => {
    const v = buildView('a b (c d e) f g', null, realGazetteer());
    expect(v.tokens[endPastAsides(v, 0, 4, v.tokens.length) - 1]!.text).toBe('g');
  });
  it('stops at the limit and counts plain words one by one', () => {
    const v = buildView('a b c d e f', null, realGazetteer());
    expect(endPastAsides(v, 0, 3, v.tokens.length)).toBe(3);
    expect(endPastAsides(v, 0, 10, 4)).toBe(4);
  });
});

describe('what a payment buys, past a converted figure', () => {
  it('reads capacity after a bracketed conversion as compute', () => {
    const out = triples(extractText('Mistral AI will pay Cerebras more than €2 billion (about $2.3 billion) for 300 megawatts of computing capacity.'));
    expect(out).toContain('mistral-ai→cerebras compute_purchase');
    expect(out).not.toContain('mistral-ai→cerebras hardware_purchase');
  });
});
