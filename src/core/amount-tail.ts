/** What may follow a figure: "or more", "-plus", "or none at all", "a year", "over seven years". */
import { matchNumber } from './amount-figure.js';
import { glued, seq, type Tok } from './amount-tokens.js';
import { SYMBOLS } from './amount-words.js';
import type { AmountBasis, AmountQualifier } from './amount.js';
import type { DecimalString } from './decimal.js';

type Q = AmountQualifier;

export interface Tail {
  q?: Q;
  mayBeZero?: boolean;
  basis?: AmountBasis;
  period?: string;
  next: number;
}

const PERIOD_UNITS: Record<string, string> = { year: 'Y', years: 'Y', month: 'M', months: 'M', decade: '10Y', decades: '10Y' };

/** "over seven years", "over the next four years", "over a decade" → ISO duration. */
function matchOverPeriod(t: readonly Tok[], i: number): { period: string; next: number } | null {
  if (t[i]?.l !== 'over' && t[i]?.l !== 'across') return null;
  let j = i + 1;
  if (t[j]?.l === 'the') j += 1;
  if (t[j]?.l === 'next' || t[j]?.l === 'coming' || t[j]?.l === 'following') j += 1;
  let n: DecimalString = '1';
  const num = matchNumber(t, j);
  if (num) {
    n = num.value;
    j = num.next;
  }
  const unit = PERIOD_UNITS[t[j]?.l ?? ''];
  if (!unit || !/^\d+$/.test(n)) return null;
  const period = unit === '10Y' ? `P${Number(n) * 10}Y` : `P${n}${unit}`;
  return { period, next: j + 1 };
}

const PER_PERIOD: readonly (readonly [readonly string[], string])[] = [
  [['a', 'year'], 'P1Y'], [['per', 'year'], 'P1Y'], [['each', 'year'], 'P1Y'], [['per', 'annum'], 'P1Y'],
  [['annually'], 'P1Y'], [['a', 'month'], 'P1M'], [['per', 'month'], 'P1M'], [['per', 'quarter'], 'P3M'],
  [['a', 'quarter'], 'P3M'],
];

/** Words after a figure that qualify it, tried in this order ("or none at all" before "or none"). */
const POST: readonly (readonly [readonly string[], Q | 'zero'])[] = [
  [['or', 'more'], 'at_least'], [['or', 'higher'], 'at_least'], [['or', 'above'], 'at_least'],
  [['and', 'up'], 'at_least'], [['or', 'less'], 'up_to'], [['or', 'so'], 'about'],
  [['or', 'none', 'at', 'all'], 'zero'], [['or', 'nothing'], 'zero'], [['or', 'none'], 'zero'],
];

/** Words after a figure: "or more", "-plus", "or none at all", "a year", "over seven years". */
export function matchTail(t: readonly Tok[], i: number): Tail {
  const tail: Tail = { next: i };
  for (const [words, q] of POST) {
    const next = seq(t, tail.next, words);
    if (next < 0) continue;
    // NOTE: "up to $5 billion and up to $10 billion": a second figure, not "$5 billion and up".
    if (words[1] === 'up' && t[next]?.l === 'to' && (t[next + 1]?.num || SYMBOLS[t[next + 1]?.s ?? ''])) continue;
    if (q === 'zero') tail.mayBeZero = true;
    else tail.q = q;
    tail.next = next;
    break;
  }
  const plus = t[tail.next]?.s === '-' && glued(t[tail.next - 1], t[tail.next]) ? tail.next + 1 : tail.next;
  if (t[plus]?.l === 'plus' && !t[plus + 1]?.num && !SYMBOLS[t[plus + 1]?.s ?? '']) {
    tail.q = 'at_least';
    tail.next = plus + 1;
  }
  for (const [words, period] of PER_PERIOD) {
    const next = seq(t, tail.next, words);
    if (next < 0) continue;
    tail.basis = 'per_period';
    tail.period = period;
    tail.next = next;
    return tail;
  }
  const over = matchOverPeriod(t, tail.next);
  if (over) {
    tail.period = over.period;
    tail.next = over.next;
  }
  return tail;
}
