/** Short human labels for amounts: "$10B", ">$10B", "~$10B", "$20–30B", "up to $100B". */
import type { Amount, Interval } from './amount.js';
import { type DecimalString, decimalCompare } from './decimal.js';

const SYMBOLS: Readonly<Record<string, string>> = { USD: '$', EUR: '€', GBP: '£', JPY: '¥', CNY: 'CN¥' };

const SCALES: readonly [string, string][] = [
  ['1000000000000', 'T'],
  ['1000000000', 'B'],
  ['1000000', 'M'],
  ['1000', 'K'],
];

/**
 * A compact number: "10000000000" → "10B", "1400000000000" → "1.4T", "750000000" → "750M".
 * @example compactNumber('38000000000') // '38B'
 */
export function compactNumber(value: DecimalString): string {
  for (const [scale, suffix] of SCALES) {
    if (decimalCompare(value, scale as DecimalString) >= 0) {
      const n = Number(value) / Number(scale);
      const digits = n >= 100 ? 0 : n >= 10 ? 1 : 2;
      return `${Number(n.toFixed(digits))}${suffix}`;
    }
  }
  return Number(value).toLocaleString('en-US');
}

function money(value: DecimalString, currency: string): string {
  const sym = SYMBOLS[currency];
  const n = compactNumber(value);
  return sym ? `${sym}${n}` : `${n} ${currency}`;
}

/** Label for an interval of money, with the qualifier folded in. */
export function formatAmount(a: Amount | null | undefined): string {
  if (!a) return 'undisclosed';
  return formatInterval(a, (v) => money(v, a.currency)) + (a.mayBeZero ? ' (or none)' : '');
}

/** Label for any interval given a value formatter. */
export function formatInterval(i: Interval, fmt: (v: DecimalString) => string): string {
  switch (i.qualifier) {
    case 'undisclosed':
      return 'undisclosed';
    case 'none':
      return fmt('0');
    case 'exact':
      return i.point !== null ? fmt(i.point) : 'undisclosed';
    case 'about':
      return i.point !== null ? `~${fmt(i.point)}` : 'undisclosed';
    case 'more_than':
      return i.lower !== null ? `>${fmt(i.lower)}` : 'undisclosed';
    case 'at_least':
      return i.lower !== null ? `≥${fmt(i.lower)}` : 'undisclosed';
    case 'up_to':
      return i.upper !== null ? `up to ${fmt(i.upper)}` : 'undisclosed';
    case 'less_than':
      return i.upper !== null ? `<${fmt(i.upper)}` : 'undisclosed';
    case 'range':
    case 'order_of_magnitude':
      if (i.lower !== null && i.upper !== null) return `${fmt(i.lower)}–${fmt(i.upper)}`;
      if (i.lower !== null) return `≥${fmt(i.lower)}`;
      return i.upper !== null ? `up to ${fmt(i.upper)}` : 'undisclosed';
  }
}
