import { describe, it, expect } from 'vitest';
import { parseAmount } from '../core/amount-parse.js';
import { mergeAmounts } from './amount-merge.js';

const a = (s: string) => parseAmount(s)!;

describe('mergeAmounts', () => {
  it('intersects agreeing figures: "$10 billion or more" and "around $10 billion"', () => {
    const m = mergeAmounts(a('$10 billion or more'), a('around $10 billion'))!;
    expect([m.lower, m.lowerInclusive, m.upper, m.upperInclusive]).toEqual(['10000000000', true, '11000000000', true]);
    expect(m.text).toBe('$10 billion or more; around $10 billion');
  });

  it('keeps the first figure when two conflict (a tranche after the total)', () => {
    expect(mergeAmounts(a('$30 billion'), a('$7.5 billion'))!.point).toBe('30000000000');
  });

  it('prefers a precise figure to an order of magnitude', () => {
    expect(mergeAmounts(a('multibillion-dollar'), a('roughly $10 billion'))!.qualifier).toBe('about');
  });

  it('keeps "may be zero" and a period from either side', () => {
    const m = mergeAmounts(a('$38 billion'), { ...a('$38 billion over seven years'), mayBeZero: true })!;
    expect(m.mayBeZero).toBe(true);
    expect(m.period).toBe('P7Y');
  });

  it('returns the other side when one is missing', () => {
    expect(mergeAmounts(null, a('$1 billion'))?.point).toBe('1000000000');
    expect(mergeAmounts(null, null)).toBeNull();
  });
});
