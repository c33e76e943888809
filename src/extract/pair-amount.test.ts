import { describe, it, expect } from 'vitest';
import { realGazetteer } from '../../test/extract-helpers.js';
import { buildView } from './build-view.js';
import { findFigures } from './company-figures.js';
import { findFrames } from './deal-frames.js';
import { retypeFrames } from './frame-retype.js';
import { AMOUNT_CLASS, attachAmount } from './pair-amount.js';
import { sumUsage } from './pair-amount-features.js';
import { pairCandidates } from './pair-candidates.js';
import { loadPairModel, type PairModelData } from './pair-model.js';

/** An invented attacher: a sum right after "toasted" belongs to the deal, one next to a figure word never does. */
const ATTACH: PairModelData = {
  classes: ['none', AMOUNT_CLASS],
  features: 'bias\nfig\nlc:toasted',
  offsets: [0, 1, 2, 3],
  cls: [0, 1, 1],
  w: [1, -5, 4],
  threshold: 0.8,
};

const choose = (text: string, threshold = ATTACH.threshold) => {
  const v = buildView(text, '2025-01-01', realGazetteer());
  const { taken } = findFigures(v);
  const frames = retypeFrames(v, findFrames(v, taken));
  const cand = pairCandidates(v, frames).find((x) => x.firstKey === 'cohere' && x.secondKey === 'lambda')!;
  return attachAmount(v, cand, 'compute_purchase', true, sumUsage(frames), taken, loadPairModel(ATTACH, threshold));
};

describe('attachAmount', () => {
  it('takes the sum the model is sure of', () => {
    const got = choose('Cohere toasted $5 billion on Lambda.');
    expect(got?.amount.value.lower).toBe('5000000000');
    expect(got!.probability).toBeGreaterThan(0.9);
  });

  it('takes none below the threshold, or when the sentence has no free sum', () => {
    expect(choose('Cohere praised Lambda for a $5 billion plan.')).toBeNull();
    expect(choose('Cohere toasted $5 billion on Lambda.', 0.999)).toBeNull();
    expect(choose('Cohere toasted Lambda all evening.')).toBeNull();
  });

  it('picks the surest of several sums', () => {
    const got = choose('Cohere toasted $6 billion on Lambda after a $2 million dinner.');
    expect(got?.amount.value.lower).toBe('6000000000');
  });

  it('takes a neighbour\'s sum only above the stricter threshold, and never over a sure sum of its own sentence', () => {
    // An invented attacher: any sum of another sentence that names both parties scores 0.88.
    const other: PairModelData = { ...ATTACH, features: 'bias\nfig\nlc:toasted\no.np:both', offsets: [0, 1, 2, 3, 4], cls: [0, 1, 1, 1], w: [1, -5, 4, 3], otherThreshold: 0.85 };
    const pick = (text: string, model: PairModelData) => {
      const v = buildView(text, '2025-01-01', realGazetteer());
      const { taken } = findFigures(v);
      const frames = retypeFrames(v, findFrames(v, taken));
      const cand = pairCandidates(v, frames).find((x) => x.firstKey === 'cohere' && x.secondKey === 'lambda' && v.sentences[x.sentence]!.text.includes('toasted'))!;
      return attachAmount(v, cand, 'compute_purchase', true, sumUsage(frames), taken, loadPairModel(model))?.amount.value.lower ?? null;
    };
    const text = 'Cohere toasted Lambda at dawn. Cohere owes Lambda $3 million.';
    expect(pick(text, other)).toBe('3000000');
    expect(pick(text, { ...other, otherThreshold: 0.9 })).toBeNull();
    expect(pick(text, ATTACH)).toBeNull();
    expect(pick('Cohere toasted $5 billion on Lambda. Cohere owes Lambda $3 million.', other)).toBe('5000000000');
  });

  it('takes nothing from a model without an amount class', () => {
    const v = buildView('Cohere toasted $5 billion on Lambda.', '2025-01-01', realGazetteer());
    const cands = pairCandidates(v, []);
    const empty = loadPairModel({ classes: ['none'], features: '', offsets: [0], cls: [], w: [], threshold: 0.5 });
    expect(attachAmount(v, cands[0]!, 'loan', true, new Map(), new Set(), empty)).toBeNull();
  });
});
