import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { amountValue, intervalContains, intervalProblems, makeAmount, AMOUNT_QUALIFIERS, type AmountQualifier } from './amount.js';
import { decimalCompare, toDecimal } from './decimal.js';

describe('makeAmount', () => {
  it('turns "more than" into an exclusive open lower bound', () => {
    const a = makeAmount('more_than', '10000000000', 'more than $10 billion');
    expect([a.lower, a.lowerInclusive, a.upper]).toEqual(['10000000000', false, null]);
    expect(intervalContains(a, '10000000000')).toBe(false);
    expect(intervalContains(a, '10000000001')).toBe(true);
  });

  it('widens "about" by ten percent each side', () => {
    const a = makeAmount('about', '10000000000', 'around $10 billion');
    expect([a.lower, a.upper]).toEqual(['9000000000', '11000000000']);
  });

  it('keeps decimals exact', () => {
    const a = makeAmount('about', '1.1', 'about 1.1');
    expect([a.lower, a.upper]).toEqual(['0.99', '1.21']);
  });

  it('never produces reversed bounds for any qualifier and value', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...AMOUNT_QUALIFIERS),
        fc.bigInt({ min: 0n, max: 10n ** 15n }),
        fc.bigInt({ min: 0n, max: 10n ** 15n }),
        (q: AmountQualifier, x: bigint, y: bigint) => {
          const [lo, hi] = x <= y ? [x, y] : [y, x];
          const a = makeAmount(q, toDecimal(lo), 'phrase', { upperValue: toDecimal(hi) });
          if (lo === 0n && q !== 'none' && q !== 'range' && q !== 'undisclosed') return; // empty (0, 0) intervals
          expect(intervalProblems(a)).toEqual([]);
        },
      ),
    );
  });
});

describe('amountValue', () => {
  it('reads low, stated and high values, counting may-be-zero as zero under low', () => {
    const a = makeAmount('about', '10000000000', 'around $10 billion', { mayBeZero: true });
    expect(amountValue(a, 'low')).toBe('0');
    expect(amountValue(a, 'stated')).toBe('10000000000');
    expect(amountValue(a, 'high')).toBe('11000000000');
  });

  it('uses the midpoint of a range as the stated value', () => {
    const a = makeAmount('range', '20000000000', '$20-30bn', { upperValue: '30000000000' });
    expect(amountValue(a, 'stated')).toBe('25000000000');
  });

  it('returns null for undisclosed amounts', () => {
    expect(amountValue(makeAmount('undisclosed', null, 'undisclosed'), 'stated')).toBeNull();
    expect(amountValue(null, 'low')).toBeNull();
  });

  it('orders low <= stated <= high for bounded amounts', () => {
    fc.assert(
      fc.property(fc.constantFrom<AmountQualifier>('exact', 'about', 'range', 'up_to', 'less_than'), fc.bigInt({ min: 1n, max: 10n ** 14n }), (q, v) => {
        const a = makeAmount(q, toDecimal(v), 'x', { upperValue: toDecimal(v * 2n) });
        const [lo, st, hi] = (['low', 'stated', 'high'] as const).map((p) => amountValue(a, p)!);
        expect(decimalCompare(lo!, st!)).toBeLessThanOrEqual(0);
        expect(decimalCompare(st!, hi!)).toBeLessThanOrEqual(0);
      }),
    );
  });
});
