import { describe, it, expect } from 'vitest';
import { realGazetteer } from '../../test/extract-helpers.js';
import { buildView } from './build-view.js';
import { findFigures } from './company-figures.js';
import { findFrames } from './deal-frames.js';
import { retypeFrames } from './frame-retype.js';
import { pairCandidates } from './pair-candidates.js';

const view = (text: string) => {
  const v = buildView(text, '2025-01-01', realGazetteer());
  return { v, frames: retypeFrames(v, findFrames(v, findFigures(v).taken)) };
};

describe('pairCandidates', () => {
  it('lists two companies of one sentence that no frame links, once, in text order', () => {
    const { v, frames } = view('Cohere and Lambda toasted a closer partnership on Tuesday; Cohere smiled.');
    const c = pairCandidates(v, frames);
    expect(c.map((x) => `${x.firstKey}|${x.secondKey}`)).toEqual(['cohere|lambda']);
    expect(c[0]!.linked).toBe(false);
  });

  it('leaves out a pair a rule links anywhere in the document, unless asked for it', () => {
    const { v, frames } = view('Tencent invested $1 billion in Cohere. Cohere thanked Tencent warmly.');
    expect(pairCandidates(v, frames)).toEqual([]);
    const all = pairCandidates(v, frames, true);
    expect(all.length).toBe(2);
    expect(all.every((x) => x.linked)).toBe(true);
  });

  it('does not pair a company with itself or across sentences', () => {
    const { v, frames } = view('Cohere said Cohere would grow. Lambda said nothing.');
    expect(pairCandidates(v, frames)).toEqual([]);
  });
});
