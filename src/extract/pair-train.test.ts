import { describe, it, expect } from 'vitest';
import { PAIR_AMOUNT_WEIGHTS } from './pair-amount-weights.js';
import { bestDealClass, loadPairModel } from './pair-model.js';
import { DEFAULT_TRAIN_OPTIONS, PAIR_TRAINING_SETS, renderWeightsModule, trainPairModel, type PairExample } from './pair-train.js';
import { PAIR_WEIGHTS } from './pair-weights.js';

/** A tiny invented corpus: "teams up with" means a venture, "rents from" a purchase, "met" nothing. */
const CORPUS: PairExample[] = [
  { features: ['bias', 'w:teams', 'w:up', 'w:with'], labels: ['joint_venture>'], statuses: ['announced'] },
  { features: ['bias', 'w:teams', 'w:with', 'sa:chips'], labels: ['joint_venture>'], statuses: ['announced'] },
  { features: ['bias', 'w:rents', 'w:from', 'sb:cloud'], labels: ['compute_purchase>'], statuses: ['signed'] },
  { features: ['bias', 'w:rents', 'w:capacity', 'w:from'], labels: ['compute_purchase>'], statuses: ['signed'] },
  { features: ['bias', 'w:rents', 'w:from'], labels: ['compute_purchase>'], statuses: ['completed'] },
  { features: ['bias', 'w:met', 'w:with'], labels: [] },
  { features: ['bias', 'w:met', 'w:and'], labels: [] },
  { features: ['bias', 'w:and', 'w:met'], labels: [] },
];
const OPTS = { ...DEFAULT_TRAIN_OPTIONS, l2: 0.1, minCount: 1, prune: 0 };

describe('the training sets', () => {
  it('are exactly the six dev sets, never a closed one', () => {
    expect([...PAIR_TRAINING_SETS]).toEqual(['articles', 'unseen', 'phrasings', 'fresh', 'phrasings2', 'press']);
    for (const closed of ['holdout', 'wire', 'dispatch', 'bulletin', 'courier', 'gazette']) expect(PAIR_TRAINING_SETS).not.toContain(closed);
  });

  it('are the sets both shipped models (pair and amount) were trained on', () => {
    for (const data of [PAIR_WEIGHTS, PAIR_AMOUNT_WEIGHTS]) {
      expect(data.sets).toEqual([...PAIR_TRAINING_SETS]);
      for (const closed of ['holdout', 'wire', 'dispatch', 'bulletin', 'courier', 'gazette']) expect(data.sets).not.toContain(closed);
    }
  });
});

describe('trainPairModel', () => {
  it('learns the invented cues and keeps "none" first', () => {
    const data = trainPairModel(CORPUS, OPTS);
    expect(data.classes).toEqual(['none', 'compute_purchase>', 'joint_venture>']);
    const m = loadPairModel(data, 0.5);
    expect(bestDealClass(m, ['bias', 'w:teams', 'w:with'])?.cls).toEqual({ type: 'joint_venture', forward: true });
    expect(bestDealClass(m, ['bias', 'w:rents', 'w:from'])?.cls.type).toBe('compute_purchase');
    expect(bestDealClass(m, ['bias', 'w:met', 'w:and'])!.probability).toBeLessThan(0.5);
  });

  it('keeps the most frequent gold status of each class', () => {
    const data = trainPairModel(CORPUS, OPTS);
    expect(data.statuses).toEqual(['', 'signed', 'announced']);
    expect(loadPairModel(data).statuses).toEqual([null, 'signed', 'announced']);
  });

  it('gives byte-identical modules when retrained on the same inputs', () => {
    const a = renderWeightsModule(trainPairModel(CORPUS, OPTS), 'test');
    const b = renderWeightsModule(trainPairModel(CORPUS.map((e) => ({ ...e })), OPTS), 'test');
    expect(a).toBe(b);
    expect(a).toContain('export const PAIR_WEIGHTS: PairModelData = {');
  });

  it('drops features seen fewer than minCount times and weights below prune', () => {
    const data = trainPairModel(CORPUS, { ...OPTS, minCount: 2, prune: 0.05 });
    const names = data.features.split('\n');
    expect(names).not.toContain('w:up');
    expect(names).toContain('w:rents');
    expect(data.w.every((x) => Math.abs(x) >= 0.05)).toBe(true);
    expect(data.offsets.length).toBe(names.length + 1);
  });
});
