import { describe, it, expect } from 'vitest';
import { realGazetteer } from '../../test/extract-helpers.js';
import { buildView } from './build-view.js';
import { findFigures } from './company-figures.js';
import { findFrames } from './deal-frames.js';
import { retypeFrames } from './frame-retype.js';
import { amountFeatures, sumCandidates, sumUsage } from './pair-amount-features.js';
import { pairCandidates } from './pair-candidates.js';

const view = (text: string) => {
  const v = buildView(text, '2025-01-01', realGazetteer());
  const { taken } = findFigures(v);
  return { v, taken, frames: retypeFrames(v, findFrames(v, taken)) };
};

describe('sumCandidates', () => {
  const pair = (v: ReturnType<typeof view>['v'], frames: ReturnType<typeof view>['frames']) =>
    pairCandidates(v, frames, true).filter((x) => x.firstKey === 'cohere' && x.secondKey === 'lambda');

  it('lists the sums of the pair\'s sentences in text order, the claim\'s own sentence first', () => {
    const { v, taken, frames } = view('Cohere toasted Lambda with $2 billion, and later $300 million more. Cohere and Lambda put $5 million aside.');
    const cands = pair(v, frames);
    expect(cands.length).toBe(2);
    const sums = sumCandidates(v, cands, sumUsage(frames), taken);
    expect(sums.map((x) => [x.sum.value.lower, x.other])).toEqual([
      ['2000000000', false],
      ['300000000', false],
      ['5000000', true],
    ]);
    expect(sums[0]!.use).toBe('none');
  });

  it('says how the rules use a sum: another deal\'s, or one sharing a party', () => {
    const { v, taken, frames } = view('Tencent invested $1 billion in Cohere as Cohere toasted Lambda.');
    expect(frames.some((f) => f.amount)).toBe(true);
    expect(sumCandidates(v, pair(v, frames), sumUsage(frames), taken).map((x) => x.use)).toEqual(['party']);
    const other = view('Tencent invested $1 billion in Mistral as Cohere toasted Lambda.');
    expect(sumCandidates(other.v, pair(other.v, other.frames), sumUsage(other.frames), other.taken).map((x) => x.use)).toEqual(['other']);
  });

  it('leaves out a sum taken as a company figure', () => {
    const { v, taken, frames } = view('Cohere, valued at $7 billion, toasted Lambda.');
    expect(taken.size).toBe(1);
    expect(sumCandidates(v, pair(v, frames), sumUsage(frames), taken)).toEqual([]);
  });
});

describe('amountFeatures', () => {
  it('places the sum between the parties and reads the words around it', () => {
    const { v, taken, frames } = view('Cohere paid roughly $4 billion for Lambda servers.');
    const [x] = sumCandidates(v, pairCandidates(v, frames, true), new Map(), taken);
    const f = amountFeatures(v, x!, 'compute_purchase', true, 1);
    expect(f).toContain('pos:between');
    expect(f).toContain('use:none');
    expect(f).toContain('sent:own');
    expect(f).toContain('lc:paid');
    expect(f).toContain('r1:for');
    expect(f).toContain('q:about');
    expect(f).toContain('mag:9');
    expect(f).toContain('nofig');
    expect(f).toContain('t:compute_purchase');
  });

  it('marks a sum after both parties, with a company between, next to a figure word', () => {
    const { v } = view('Cohere toasted Lambda, while Tencent reported revenue of $900 million.');
    const cands = pairCandidates(v, []).filter((x) => x.firstKey === 'cohere' && x.secondKey === 'lambda');
    // NOTE: company figures take this sum; read it anyway to see its features.
    const sums = sumCandidates(v, cands, new Map(), new Set());
    const f = amountFeatures(v, sums[0]!, 'other', false, sums.length);
    expect(f).toContain('pos:after');
    expect(f).toContain('ob:1');
    expect(f).toContain('fig');
    expect(f).toContain('mag:8');
  });
});
