import { describe, expect, it } from 'vitest';
import { makeAmount } from './amount.js';
import { compactNumber, formatAmount } from './amount-format.js';

describe('formatAmount', () => {
  it('labels each qualifier', () => {
    expect(formatAmount(makeAmount('exact', '38000000000', '$38 billion'))).toBe('$38B');
    expect(formatAmount(makeAmount('more_than', '10000000000', 'more than $10 billion'))).toBe('>$10B');
    expect(formatAmount(makeAmount('about', '10000000000', 'around $10 billion'))).toBe('~$10B');
    expect(formatAmount(makeAmount('up_to', '100000000000', 'up to $100bn'))).toBe('up to $100B');
    expect(formatAmount(makeAmount('range', '20000000000', '$20-30bn', { upperValue: '30000000000' }))).toBe('$20B–$30B');
    expect(formatAmount(makeAmount('exact', '2000000000', '€2bn', { currency: 'EUR' }))).toBe('€2B');
    expect(formatAmount(makeAmount('at_least', '10000000000', '$10 billion or more', { mayBeZero: true }))).toBe('≥$10B (or none)');
    expect(formatAmount(null)).toBe('undisclosed');
  });

  it('compacts large numbers without losing the significant digits', () => {
    expect(compactNumber('1400000000000')).toBe('1.4T');
    expect(compactNumber('750000000')).toBe('750M');
    expect(compactNumber('6600000000')).toBe('6.6B');
    expect(compactNumber('999')).toBe('999');
  });
});
