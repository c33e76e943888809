import { describe, expect, it } from 'vitest';
import { makeAmount } from '../core/amount.js';
import type { DecimalString } from '../core/decimal.js';
import type { AmountSlot } from './amount-fill.js';
import { isDealSized, uniqueBestSlot } from './amount-slot-choice.js';

const slot = (key: string): AmountSlot => ({ key, type: 'compute_purchase', from: 'a', to: 'b', frames: [], amount: null });

describe('uniqueBestSlot', () => {
  const [x, y, z] = [slot('x'), slot('y'), slot('z')];
  it('takes the lowest score and skips slots out of reach', () => {
    expect(uniqueBestSlot([x, y, z], (sl) => ({ x: 3, y: null, z: 1 })[sl.key] ?? null)?.key).toBe('z');
  });
  it('gives the figure to no slot when two share the lowest score', () => {
    expect(uniqueBestSlot([x, y, z], (sl) => ({ x: 1, y: 2, z: 1 })[sl.key] ?? null)).toBeNull();
  });
  it('a tie above the best does not matter', () => {
    expect(uniqueBestSlot([x, y, z], (sl) => ({ x: 0, y: 2, z: 2 })[sl.key] ?? null)?.key).toBe('x');
  });
  it('is null when nothing is in reach', () => {
    expect(uniqueBestSlot([x, y], () => null)).toBeNull();
  });
});

describe('isDealSized', () => {
  it('a stated sum of a million or more sizes a deal; a share price or an undisclosed sum does not', () => {
    expect(isDealSized(makeAmount('exact', '2000000000' as DecimalString, '$2bn', { currency: 'USD' }))).toBe(true);
    expect(isDealSized(makeAmount('exact', '45.5' as DecimalString, '$45.50', { currency: 'USD' }))).toBe(false);
    expect(isDealSized(makeAmount('undisclosed', null, 'an undisclosed sum', { currency: 'USD' }))).toBe(false);
  });
});
