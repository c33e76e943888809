import { describe, it, expect } from 'vitest';
import { realGazetteer } from '../../test/extract-helpers.js';
import { buildView } from './build-view.js';
import { findFigures } from './company-figures.js';
import { findFrames } from './deal-frames.js';
import { retypeFrames } from './frame-retype.js';
import { amountCandidates, amountFeatures, usedAmountStarts } from './pair-amount-features.js';
import { pairCandidates } from './pair-candidates.js';

const view = (text: string) => {
  const v = buildView(text, '2025-01-01', realGazetteer());
  const { taken } = findFigures(v);
  return { v, taken, frames: retypeFrames(v, findFrames(v, taken)) };
};

describe('amountCandidates', () => {
  it('lists the sums of the sentence in text order', () => {
    const { v, taken, frames } = view('Cohere toasted Lambda with $2 billion, and later $300 million more.');
    const sums = amountCandidates(v, 0, usedAmountStarts(frames), taken);
    expect(sums.map((a) => a.value.lower)).toEqual(['2000000000', '300000000']);
  });

  it('leaves out a sum a rule frame carries', () => {
    const { v, taken, frames } = view('Tencent invested $1 billion in Cohere as Cohere toasted Lambda.');
    expect(frames.some((f) => f.amount)).toBe(true);
    expect(amountCandidates(v, 0, usedAmountStarts(frames), taken)).toEqual([]);
    expect(amountCandidates(v, 0, new Set(), taken).length).toBe(1);
  });

  it('leaves out a sum taken as a company figure', () => {
    const { v, taken, frames } = view('Cohere, valued at $7 billion, toasted Lambda.');
    expect(taken.size).toBe(1);
    expect(amountCandidates(v, 0, usedAmountStarts(frames), taken)).toEqual([]);
  });
});

describe('amountFeatures', () => {
  it('places the sum between the parties and reads the words around it', () => {
    const { v, taken, frames } = view('Cohere paid roughly $4 billion for Lambda servers.');
    const [c] = pairCandidates(v, frames, true);
    const [a] = amountCandidates(v, 0, new Set(), taken);
    const f = amountFeatures(v, c!, a!, 'compute_purchase', true, 1);
    expect(f).toContain('pos:between');
    expect(f).toContain('lc:paid');
    expect(f).toContain('r1:for');
    expect(f).toContain('q:about');
    expect(f).toContain('mag:9');
    expect(f).toContain('nofig');
    expect(f).toContain('t:compute_purchase');
  });

  it('marks a sum after both parties, with a company between, next to a figure word', () => {
    const { v } = view('Cohere toasted Lambda, while Tencent reported revenue of $900 million.');
    const [c] = pairCandidates(v, []).filter((x) => x.firstKey === 'cohere' && x.secondKey === 'lambda');
    // NOTE: company figures take this sum; read it anyway to see its features.
    const sums = amountCandidates(v, 0, new Set(), new Set());
    const f = amountFeatures(v, c!, sums[0]!, 'other', false, sums.length);
    expect(f).toContain('pos:after');
    expect(f).toContain('ob:1');
    expect(f).toContain('fig');
    expect(f).toContain('mag:8');
  });
});
