import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { Decimal } from 'decimal.js';
import { fastAdd, fastCompare, fastMul } from './decimal-fast.js';

/** Plain decimals as the extractor makes them: optional minus, digits, optional fraction, trailing zeros included. */
const plain = fc
  .tuple(fc.boolean(), fc.bigInt({ min: 0n, max: 10n ** 18n }), fc.nat({ max: 6 }), fc.nat({ max: 8 }))
  .map(([neg, int, zeros, fracDigits]) => {
    const i = `${int}${'0'.repeat(zeros)}`;
    const f = fracDigits ? `.${String(int % 10n ** BigInt(fracDigits)).padStart(fracDigits, '0')}` : '';
    return `${neg ? '-' : ''}${i}${f}`;
  });

describe('fast decimal arithmetic', () => {
  it('answers as decimal.js does whenever it answers', () => {
    fc.assert(
      fc.property(plain, plain, (a, b) => {
        const add = fastAdd(a, b);
        if (add !== null) expect(add).toBe(new Decimal(a).plus(b).toFixed());
        const mul = fastMul(a, b);
        if (mul !== null) expect(mul).toBe(new Decimal(a).times(b).toFixed());
        const cmp = fastCompare(a, b);
        if (cmp !== null) expect(cmp).toBe(new Decimal(a).comparedTo(b));
      }),
      { numRuns: 3000 },
    );
  });

  it('computes the common cases itself', () => {
    expect(fastMul('10000000000', '0.1')).toBe('1000000000');
    expect(fastAdd('10000000000', '-1000000000')).toBe('9000000000');
    expect(fastMul('1.5', 10)).toBe('15');
    expect(fastCompare('9.99', '10')).toBe(-1);
    expect(fastCompare('2.50', '2.5')).toBe(0);
  });

  it('leaves other forms and over-precise results to decimal.js', () => {
    expect(fastAdd('1e9', '1')).toBeNull();
    expect(fastMul('-0', '5')).toBeNull();
    expect(fastMul('-5', 0)).toBeNull();
    expect(fastMul('123456789012', '123456789012')).toBeNull();
    expect(fastCompare('.5', '1')).toBeNull();
  });
});
