import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { intervalContains, makeAmount } from '../core/amount.js';
import { toDecimal } from '../core/decimal.js';
import {
  agree,
  boundsOf,
  closeBounds,
  intersectBounds,
  overlapRatio,
  roundingSlack,
  sameBounds,
  widenForRounding,
} from './interval-math.js';

const more10 = makeAmount('more_than', '10000000000', 'more than $10 billion');
const about10 = makeAmount('about', '10000000000', 'around $10 billion');

describe('intersectBounds', () => {
  it('keeps the exclusive end when two bounds meet at the same value', () => {
    expect(intersectBounds(more10, about10)).toEqual({
      lower: '10000000000',
      lowerInclusive: false,
      upper: '11000000000',
      upperInclusive: true,
    });
  });

  it('returns null for intervals that only touch at an excluded end', () => {
    const exact = makeAmount('exact', '500', '500');
    expect(intersectBounds(exact, makeAmount('more_than', '500', 'beyond 500'))).toBeNull();
    expect(
      intersectBounds(closeBounds(exact), closeBounds(makeAmount('more_than', '500', '>500'))),
    ).toEqual({
      lower: '500',
      lowerInclusive: true,
      upper: '500',
      upperInclusive: true,
    });
  });

  it('only ever returns values inside both intervals', () => {
    const bound = fc.option(fc.bigInt({ min: 0n, max: 1000n }), { nil: null });
    const interval = fc
      .record({
        lower: bound,
        lowerInclusive: fc.boolean(),
        upper: bound,
        upperInclusive: fc.boolean(),
      })
      .map((b) => ({
        ...b,
        lower: b.lower === null ? null : toDecimal(b.lower),
        upper: b.upper === null ? null : toDecimal(b.upper),
      }));
    fc.assert(
      fc.property(interval, interval, fc.bigInt({ min: 0n, max: 1000n }), (a, b, v) => {
        const x = toDecimal(v);
        const i = intersectBounds(a, b);
        const asInterval = (bb: typeof a) => ({
          ...bb,
          point: null,
          qualifier: 'range' as const,
          text: '',
        });
        const inBoth = intervalContains(asInterval(a), x) && intervalContains(asInterval(b), x);
        expect(i !== null && intervalContains(asInterval(i), x)).toBe(inBoth);
      }),
    );
  });
});

describe('rounding', () => {
  it('allows half a unit of the second significant digit at most', () => {
    expect(roundingSlack('500000000000')).toBe('5000000000');
    expect(roundingSlack('10000000000')).toBe('500000000');
    expect(roundingSlack('38250000000')).toBe('5000000');
    expect(roundingSlack('27')).toBe('0.5');
    expect(roundingSlack('0')).toBe('0');
  });

  it('widens each finite end by its own slack and closes it', () => {
    expect(
      widenForRounding({
        lower: '10000000000',
        lowerInclusive: false,
        upper: '38000000000',
        upperInclusive: false,
      }),
    ).toEqual({
      lower: '9500000000',
      lowerInclusive: true,
      upper: '38500000000',
      upperInclusive: true,
    });
    expect(
      widenForRounding({ lower: '0.01', lowerInclusive: true, upper: null, upperInclusive: false })
        .lower,
    ).toBe('0.0095');
  });
});

describe('agree', () => {
  it('reports the loosest mode needed', () => {
    expect(agree([more10, about10])?.mode).toBe('strict');
    expect(
      agree([makeAmount('exact', '500', 'a'), makeAmount('more_than', '500', 'b')])?.mode,
    ).toBe('closure');
    expect(
      agree([makeAmount('exact', '38000000000', 'a'), makeAmount('exact', '38400000000', 'b')])
        ?.mode,
    ).toBe('rounding');
    expect(
      agree([makeAmount('exact', '38000000000', 'a'), makeAmount('exact', '40000000000', 'b')]),
    ).toBeNull();
  });
});

describe('overlapRatio', () => {
  it('is 1 when one interval holds the other and 0 when they are disjoint', () => {
    expect(
      overlapRatio(more10, makeAmount('range', '10000000000', 'a', { upperValue: '11000000000' })),
    ).toBe(1);
    expect(overlapRatio(more10, about10)).toBe(0.5);
    expect(
      overlapRatio(
        makeAmount('range', '0', 'a', { upperValue: '10' }),
        makeAmount('range', '5', 'b', { upperValue: '20' }),
      ),
    ).toBe(0.5);
    expect(overlapRatio(makeAmount('exact', '1', 'a'), makeAmount('exact', '2', 'b'))).toBe(0);
  });
});

it('sameBounds ignores phrase and qualifier', () => {
  expect(
    sameBounds(
      boundsOf(makeAmount('exact', '5', 'five')),
      boundsOf(makeAmount('range', '5', 'x', { upperValue: '5' })),
    ),
  ).toBe(true);
});
