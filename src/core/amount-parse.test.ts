import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { findAmounts, findQuantities, parseAmount } from './amount-parse.js';
import { intervalProblems } from './amount.js';

/** [phrase, currency, qualifier, lower, upper, lowerInclusive] */
const MONEY: readonly [string, string, string, string | null, string | null, boolean][] = [
  ['$10 billion', 'USD', 'exact', '10000000000', '10000000000', true],
  ['more than $10 billion', 'USD', 'more_than', '10000000000', null, false],
  ['around $10 billion', 'USD', 'about', '9000000000', '11000000000', true],
  ['up to $100bn', 'USD', 'up_to', '0', '100000000000', true],
  ['$1.4tn', 'USD', 'exact', '1400000000000', '1400000000000', true],
  ['€2bn', 'EUR', 'exact', '2000000000', '2000000000', true],
  ['£750m', 'GBP', 'exact', '750000000', '750000000', true],
  ['US$1,250,000', 'USD', 'exact', '1250000', '1250000', true],
  ['half a trillion dollars', 'USD', 'exact', '500000000000', '500000000000', true],
  ['between $20 billion and $30 billion', 'USD', 'range', '20000000000', '30000000000', true],
  ['$20-30 billion', 'USD', 'range', '20000000000', '30000000000', true],
  ['between $20 and $30 billion', 'USD', 'range', '20000000000', '30000000000', true],
  ['hundreds of billions of dollars', 'USD', 'order_of_magnitude', '100000000000', '1000000000000', true],
  ['tens of billions', 'USD', 'order_of_magnitude', '10000000000', '100000000000', true],
  ['$10 billion or more', 'USD', 'at_least', '10000000000', null, true],
  ['beyond $500 billion', 'USD', 'more_than', '500000000000', null, false],
  ['nearly $5 billion', 'USD', 'about', '4500000000', '5500000000', true],
  ['as much as $3 billion', 'USD', 'up_to', '0', '3000000000', true],
  ['north of $1 billion', 'USD', 'more_than', '1000000000', null, false],
  ['roughly $2 billion', 'USD', 'about', '1800000000', '2200000000', true],
  ['$6.6B', 'USD', 'exact', '6600000000', '6600000000', true],
  ['6.6 billion dollars', 'USD', 'exact', '6600000000', '6600000000', true],
  ['a billion dollars', 'USD', 'exact', '1000000000', '1000000000', true],
  ['$500 million-plus', 'USD', 'at_least', '500000000', null, true],
  ['¥1 trillion', 'JPY', 'exact', '1000000000000', '1000000000000', true],
  ['CHF 2 billion', 'CHF', 'exact', '2000000000', '2000000000', true],
  ['EUR 3.5 billion', 'EUR', 'exact', '3500000000', '3500000000', true],
  ['a quarter of a billion dollars', 'USD', 'exact', '250000000', '250000000', true],
  ['$10-billion', 'USD', 'exact', '10000000000', '10000000000', true],
  ['3 billion euros', 'EUR', 'exact', '3000000000', '3000000000', true],
  ['at least $1 billion', 'USD', 'at_least', '1000000000', null, true],
  ['less than $5 million', 'USD', 'less_than', '0', '5000000', true],
  ['A$2 billion', 'AUD', 'exact', '2000000000', '2000000000', true],
  ['two and a half billion dollars', 'USD', 'exact', '2500000000', '2500000000', true],
  ['$1.5-2 billion', 'USD', 'range', '1500000000', '2000000000', true],
  ['low double-digit billions', 'USD', 'order_of_magnitude', '10000000000', '100000000000', true],
  ['single-digit billions of dollars', 'USD', 'order_of_magnitude', '1000000000', '10000000000', true],
  ['triple digit millions', 'USD', 'order_of_magnitude', '100000000', '1000000000', true],
  ['at most €3 billion', 'EUR', 'up_to', '0', '3000000000', true],
  ['$5 billion and up', 'USD', 'at_least', '5000000000', null, true],
  ['$1.5bn-$2bn', 'USD', 'range', '1500000000', '2000000000', true],
  ['¥1tn', 'JPY', 'exact', '1000000000000', '1000000000000', true],
  ['hundreds of millions of dollars', 'USD', 'order_of_magnitude', '100000000', '1000000000', true],
];

describe('parseAmount', () => {
  for (const [phrase, currency, qualifier, lower, upper, lowerInclusive] of MONEY) {
    it(`parses "${phrase}"`, () => {
      const a = parseAmount(phrase);
      expect(a).not.toBeNull();
      expect(a!.text).toBe(phrase);
      expect(a!.currency).toBe(currency);
      expect(a!.qualifier).toBe(qualifier);
      expect(a!.lower).toBe(lower);
      expect(a!.upper).toBe(upper);
      if (lower !== null) expect(a!.lowerInclusive).toBe(lowerInclusive);
    });
  }

  it('reads a period after the figure', () => {
    const a = parseAmount('$38 billion over seven years');
    expect(a?.period).toBe('P7Y');
    expect(a?.point).toBe('38000000000');
    expect(parseAmount('$38 billion over the next seven years')?.period).toBe('P7Y');
    const perYear = parseAmount('$10 billion a year');
    expect(perYear?.basis).toBe('per_period');
    expect(perYear?.period).toBe('P1Y');
  });

  it('flags "or none at all" as may be zero', () => {
    expect(parseAmount('$10 billion or none at all')?.mayBeZero).toBe(true);
  });

  it('rejects years and bare numbers', () => {
    expect(parseAmount('in 2025')).toBeNull();
    expect(parseAmount('seven years')).toBeNull();
    expect(parseAmount('160 million shares')).toBeNull();
    expect(parseAmount('billions of users')).toBeNull();
    expect(parseAmount('in 2025 dollars')).toBeNull();
    expect(parseAmount('from $20 billion')?.qualifier).toBe('exact');
  });
});

describe('findAmounts', () => {
  it('finds each phrase with offsets in a sentence', () => {
    const s = 'Amazon is in talks to invest more than $10 billion, valuing OpenAI at half a trillion dollars in 2025.';
    const found = findAmounts(s);
    expect(found.map((f) => s.slice(f.start, f.end))).toEqual(['more than $10 billion', 'half a trillion dollars']);
    expect(found[1]!.amount.point).toBe('500000000000');
  });

  it('reads "up to X and up to Y" as two ceilings, not "X and up"', () => {
    const s = 'Kappa and Sigma will put in up to $5 billion and up to $10 billion respectively.';
    const found = findAmounts(s);
    expect(found.map((f) => [f.amount.qualifier, f.amount.upper])).toEqual([['up_to', '5000000000'], ['up_to', '10000000000']]);
  });

  it('keeps "over" as a preposition when no money follows', () => {
    const s = 'over the next four years it expects to burn more than $100 billion over the next four years';
    const found = findAmounts(s);
    expect(found).toHaveLength(1);
    expect(found[0]!.amount.period).toBe('P4Y');
    expect(found[0]!.amount.qualifier).toBe('more_than');
  });
});

describe('findQuantities', () => {
  const cases: readonly [string, string, string, string | null][] = [
    ['27%', 'percent', 'exact', '27'],
    ['about 27 percent', 'percent', 'about', '27'],
    ['a 10% stake', 'percent', 'exact', '10'],
    ['10 gigawatts', 'GW', 'exact', '10'],
    ['6 GW', 'GW', 'exact', '6'],
    ['750 MW', 'MW', 'exact', '750'],
    ['4.5GW', 'GW', 'exact', '4.5'],
    ['160 million shares', 'shares', 'exact', '160000000'],
    ['warrants for up to 160 million shares', 'shares', 'up_to', '160000000'],
    ['100,000 Nvidia H100 GPUs', 'GPUs', 'exact', '100000'],
    ['one million TPUs', 'chips', 'exact', '1000000'],
    ['10-15%', 'percent', 'range', null],
  ];
  for (const [phrase, unit, qualifier, point] of cases) {
    it(`finds "${phrase}"`, () => {
      const q = findQuantities(phrase);
      expect(q).toHaveLength(1);
      expect(q[0]!.quantity.unit).toBe(unit);
      expect(q[0]!.quantity.qualifier).toBe(qualifier);
      expect(q[0]!.quantity.point).toBe(point);
    });
  }

  it('skips money, years and "percentage points"', () => {
    expect(findQuantities('$10 billion in 2025 up 3 percentage points')).toEqual([]);
  });
});

const PIECES = [
  '$', '€', '£', 'US', '10', '1,250', '1.4', '2025', ' ', ' ', '-', 'billion', 'bn', 'tn', 'm', 'B',
  'more than ', 'up to ', 'between ', ' and ', ' to ', 'or more', 'half a ', 'a ', 'of ', 'tens ',
  'hundreds ', 'billions', 'dollars', '%', 'GW', 'shares', 'over ', 'the next ', 'seven ', 'years', ',', '.',
];

describe('properties', () => {
  const textArb = fc.oneof(
    fc.string({ maxLength: 200 }),
    fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((a) => a.join('')),
  );

  it('offsets slice the input to the phrase, and bounds are ordered', () => {
    fc.assert(
      fc.property(textArb, (text) => {
        for (const m of findAmounts(text)) {
          expect(text.slice(m.start, m.end)).toBe(m.amount.text);
          expect(intervalProblems(m.amount)).toEqual([]);
        }
        for (const m of findQuantities(text)) {
          expect(text.slice(m.start, m.end)).toBe(m.quantity.text);
          expect(intervalProblems(m.quantity)).toEqual([]);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('handles long adversarial inputs in one pass', () => {
    const long = [
      '$'.repeat(50_000),
      '1,'.repeat(30_000) + 'billion',
      'more than '.repeat(10_000),
      'tens of '.repeat(10_000) + 'billions',
      '$1-'.repeat(20_000),
    ];
    for (const text of long) {
      const found = findAmounts(text);
      expect(Array.isArray(found)).toBe(true);
      for (const m of found) expect(text.slice(m.start, m.end)).toBe(m.amount.text);
      expect(Array.isArray(findQuantities(text))).toBe(true);
    }
  });
});
