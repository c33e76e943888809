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

  it('lists the own sentence\'s sums, and only with `others` those of its paragraph neighbours and headline', () => {
    const text = 'Cohere and Lambda sign\n\nCohere toasted Lambda with $2 billion, and later $300 million more. Cohere and Lambda put $5 million aside.';
    const { v, taken, frames } = view(text);
    const cands = pair(v, frames);
    const own = cands.find((c) => v.sentences[c.sentence]!.text.includes('toasted'))!;
    expect(sumCandidates(v, own, sumUsage(frames), taken).map((x) => [x.sum.value.lower, x.place])).toEqual([
      ['2000000000', 'own'],
      ['300000000', 'own'],
    ]);
    const all = sumCandidates(v, own, sumUsage(frames), taken, true);
    expect(all.map((x) => [x.sum.value.lower, x.place, x.distance])).toEqual([
      ['2000000000', 'own', 0],
      ['300000000', 'own', 0],
      ['5000000', 'next', 1],
    ]);
    expect(all[0]!.use).toBe('none');
  });

  it('takes a neighbour\'s sum only when it names both parties, or one and a deal it points back at', () => {
    const sums = (text: string) => {
      const { v, taken, frames } = view(text);
      const own = pair(v, frames).find((c) => v.sentences[c.sentence]!.text.includes('toasted'))!;
      return sumCandidates(v, own, sumUsage(frames), taken, true).map((x) => `${x.place} ${x.sum.value.lower}`);
    };
    expect(sums('Cohere toasted Lambda at dawn. The contract with Lambda runs to $8 million.')).toEqual(['next 8000000']);
    expect(sums('Cohere toasted Lambda at dawn. Lambda spent $8 million on paint.')).toEqual([]);
    expect(sums('Analysts expect $8 million in fees. Cohere toasted Lambda at dawn.')).toEqual([]);
    expect(sums('Cohere toasted Lambda at dawn.\n\nThe contract with Lambda runs to $8 million.')).toEqual([]);
  });

  it('reads the headline\'s sums for a claim of the body', () => {
    const { v, taken, frames } = view('Cohere in $6 billion Lambda pact\n\nCohere toasted Lambda at dawn.');
    const own = pair(v, frames).find((c) => v.sentences[c.sentence]!.text.includes('toasted'))!;
    const [x] = sumCandidates(v, own, sumUsage(frames), taken, true);
    expect([x?.place, x?.sum.value.lower]).toEqual(['head', '6000000000']);
    const f = amountFeatures(v, x!, 'compute_purchase', true, 0);
    expect(f).toContain('o.sent:head');
    expect(f).toContain('o.np:both');
    expect(f).toContain('o.sd:head_h');
    expect(f).not.toContain('o.l1:in');
  });

  it('says how the rules use a sum: another deal\'s, or one sharing a party', () => {
    const { v, taken, frames } = view('Tencent invested $1 billion in Cohere as Cohere toasted Lambda.');
    expect(frames.some((f) => f.amount)).toBe(true);
    expect(sumCandidates(v, pair(v, frames)[0]!, sumUsage(frames), taken).map((x) => x.use)).toEqual(['party']);
    const other = view('Tencent invested $1 billion in Mistral as Cohere toasted Lambda.');
    expect(sumCandidates(other.v, pair(other.v, other.frames)[0]!, sumUsage(other.frames), other.taken).map((x) => x.use)).toEqual(['other']);
  });

  it('leaves out a sum taken as a company figure', () => {
    const { v, taken, frames } = view('Cohere, valued at $7 billion, toasted Lambda.');
    expect(taken.size).toBe(1);
    expect(sumCandidates(v, pair(v, frames)[0]!, sumUsage(frames), taken)).toEqual([]);
  });
});

describe('amountFeatures', () => {
  it('places the sum between the parties and reads the words around it', () => {
    const { v, taken, frames } = view('Cohere paid roughly $4 billion for Lambda servers.');
    const [x] = sumCandidates(v, pairCandidates(v, frames, true)[0]!, new Map(), taken);
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
    const sums = sumCandidates(v, cands[0]!, new Map(), new Set());
    const f = amountFeatures(v, sums[0]!, 'other', false, sums.length);
    expect(f).toContain('pos:after');
    expect(f).toContain('ob:1');
    expect(f).toContain('fig');
    expect(f).toContain('mag:8');
  });
});
