import { describe, it, expect } from 'vitest';
import { bestDealClass, classProbabilities, featureWeight, loadPairModel, parseClass, type PairModelData } from './pair-model.js';

const DATA: PairModelData = {
  classes: ['none', 'loan<', 'loan>'],
  features: 'bias\nw:lends',
  offsets: [0, 1, 3],
  cls: [0, 1, 2],
  w: [2, 1, 3],
  threshold: 0.6,
};

describe('parseClass', () => {
  it('reads the direction mark', () => {
    expect(parseClass('loan>')).toEqual({ type: 'loan', forward: true });
    expect(parseClass('equity_investment<')).toEqual({ type: 'equity_investment', forward: false });
    expect(parseClass('none')).toEqual({ type: null, forward: true });
  });
});

describe('scoring', () => {
  const m = loadPairModel(DATA);
  it('sums the weights of known features into a softmax', () => {
    const p = classProbabilities(m, ['bias', 'w:lends', 'w:unknown']);
    const z = [Math.exp(2), Math.exp(1), Math.exp(3)];
    const sum = z[0]! + z[1]! + z[2]!;
    expect(p[2]).toBeCloseTo(z[2]! / sum, 12);
    expect(p[0]! + p[1]! + p[2]!).toBeCloseTo(1, 12);
  });

  it('picks the best deal class, never none', () => {
    expect(bestDealClass(m, ['bias'])!.cls.type).toBe('loan');
    expect(bestDealClass(m, ['bias', 'w:lends'])!.cls.forward).toBe(true);
    expect(m.threshold).toBe(0.6);
    expect(loadPairModel(DATA, 0.2).threshold).toBe(0.2);
  });

  it('reads one weight', () => {
    expect(featureWeight(m, 'w:lends', 2)).toBe(3);
    expect(featureWeight(m, 'w:lends', 0)).toBe(0);
    expect(featureWeight(m, 'w:nothing', 1)).toBe(0);
  });
});
