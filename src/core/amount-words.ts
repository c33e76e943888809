/** The words money and quantity phrases are made of: multipliers, currencies, qualifiers, number words. */
import { seq, type Tok } from './amount-tokens.js';
import type { AmountQualifier } from './amount.js';
import type { DecimalString } from './decimal.js';

export const E = (n: number): DecimalString => `1${'0'.repeat(n)}`;
/** Multipliers that may stand apart from the number ("10 billion", "10 bn"). */
export const SCALES: Record<string, DecimalString> = {
  thousand: E(3), million: E(6), mn: E(6), mln: E(6), billion: E(9), bn: E(9), bln: E(9),
  trillion: E(12), tn: E(12), trn: E(12), lakh: E(5), crore: E(7),
};
/** Single-letter multipliers, only when glued to the number ("$6.6B", "£750m", "$1.4T"). */
export const GLUED_SCALES: Record<string, DecimalString> = { k: E(3), m: E(6), mm: E(6), b: E(9), t: E(12), tr: E(12) };
/** Plural multipliers for orders of magnitude ("tens of billions", "billions"). */
export const PLURAL_SCALES: Record<string, DecimalString> = {
  thousands: E(3), millions: E(6), billions: E(9), trillions: E(12),
};
export const MAGNITUDES: Record<string, number> = { tens: 10, dozens: 10, hundreds: 100 };
/** "single-digit billions", "low double-digit billions": the digits of the figure in front of a plural scale. */
export const DIGIT_COUNTS: Record<string, number> = { single: 1, double: 10, triple: 100 };
/** Words that may come before a digit count ("low double-digit billions"). */
export const DIGIT_LEVELS = new Set(['low', 'lower', 'mid', 'high', 'upper']);

export const SYMBOLS: Record<string, string> = { $: 'USD', '€': 'EUR', '£': 'GBP', '¥': 'JPY', '₹': 'INR', '₩': 'KRW' };
/** Letters glued before "$": "US$", "A$", "HK$". */
export const DOLLAR_PREFIXES: Record<string, string> = {
  us: 'USD', a: 'AUD', au: 'AUD', c: 'CAD', ca: 'CAD', hk: 'HKD', s: 'SGD', sg: 'SGD', nz: 'NZD', nt: 'TWD', r: 'BRL',
};
export const ISO_CODES = new Set([
  'USD', 'EUR', 'GBP', 'JPY', 'CNY', 'CHF', 'CAD', 'AUD', 'INR', 'KRW', 'HKD', 'SGD', 'SEK', 'NOK', 'DKK',
  'BRL', 'SAR', 'AED', 'NZD', 'TWD', 'RMB',
]);
export const CURRENCY_WORDS: Record<string, string> = {
  dollars: 'USD', dollar: 'USD', euros: 'EUR', euro: 'EUR', pounds: 'GBP', sterling: 'GBP', yen: 'JPY',
  yuan: 'CNY', renminbi: 'CNY', francs: 'CHF', rupees: 'INR', won: 'KRW', riyals: 'SAR', dirhams: 'AED',
};
/** A word before "dollars" that changes the currency ("Canadian dollars"). */
export const DOLLAR_COUNTRIES: Record<string, string> = {
  canadian: 'CAD', australian: 'AUD', singapore: 'SGD', taiwan: 'TWD', zealand: 'NZD', kong: 'HKD',
};

type Q = AmountQualifier;
/** Words before a figure and the qualifier they give it; longest phrase first. */
const PRE: readonly (readonly [string, Q])[] = [
  ['no less than', 'at_least'], ['no more than', 'up_to'], ['at most', 'up_to'], ['not more than', 'up_to'], ['in excess of', 'more_than'],
  ['a minimum of', 'at_least'], ['a maximum of', 'up_to'], ['as much as', 'up_to'], ['as high as', 'up_to'],
  ['as many as', 'up_to'], ['as little as', 'about'], ['an estimated', 'about'], ['well over', 'more_than'],
  ['well above', 'more_than'], ['just over', 'more_than'], ['just under', 'about'], ['more than', 'more_than'],
  ['upwards of', 'more_than'], ['north of', 'more_than'], ['at least', 'at_least'], ['up to', 'up_to'],
  ['less than', 'less_than'], ['fewer than', 'less_than'], ['close to', 'about'], ['in the region of', 'about'],
  ['over', 'more_than'], ['beyond', 'more_than'], ['above', 'more_than'], ['exceeding', 'more_than'],
  ['under', 'less_than'], ['below', 'less_than'], ['around', 'about'], ['about', 'about'], ['roughly', 'about'],
  ['approximately', 'about'], ['approx', 'about'], ['some', 'about'], ['nearly', 'about'], ['almost', 'about'],
  ['estimated', 'about'], ['circa', 'about'], ['~', 'about'], ['between', 'range'], ['from', 'range'],
];
const PRE_SPLIT = PRE.map(([p, q]) => [p.split(' '), q] as const);

const PRE_BY_FIRST = new Map<string, (readonly [readonly string[], Q])[]>();
for (const entry of PRE_SPLIT) {
  const list = PRE_BY_FIRST.get(entry[0][0]!) ?? [];
  list.push(entry);
  PRE_BY_FIRST.set(entry[0][0]!, list);
}

export function matchPre(t: readonly Tok[], i: number): { q: Q; next: number } | null {
  const first = t[i]?.l;
  const candidates = first === undefined ? undefined : PRE_BY_FIRST.get(first);
  if (!candidates) return null;
  // NOTE: "adds up to $22.4bn" is a total, not a ceiling.
  if (first === 'up' && /^add(s|ed|ing)?$/.test(t[i - 1]?.l ?? '')) return null;
  for (const [words, q] of candidates) {
    const next = seq(t, i, words);
    if (next >= 0) return { q, next };
  }
  return null;
}

export const UNITS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11,
  twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
};
export const TENS: Record<string, number> = {
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};

/** Lower-case words a number can start with ("half a", "a quarter of a", "two", "twenty-five"). */
const NUMBER_WORDS = new Set<string>([...Object.keys(UNITS), ...Object.keys(TENS), 'a', 'an', 'half']);

/**
 * Lower-case words that can start the core of a money phrase (after any qualifier): a currency, a
 * number, an order of magnitude ("tens of", "billions", "single-digit", "several", "multibillion").
 */
const CORE_OPENERS = new Set<string>([
  ...NUMBER_WORDS, ...Object.keys(MAGNITUDES), ...Object.keys(PLURAL_SCALES), ...Object.keys(SYMBOLS),
  ...Object.keys(DOLLAR_PREFIXES), ...[...ISO_CODES].map((c) => c.toLowerCase()), 'several', 'rs', 'multibillion',
  'multimillion', 'multi', ...Object.keys(DIGIT_COUNTS), ...DIGIT_LEVELS,
]);

/** Lower-case words that can open a money or quantity phrase; anything else is skipped at once. */
const OPENERS = new Set<string>([...PRE_SPLIT.map(([words]) => words[0]!), ...CORE_OPENERS]);

// NOTE: the two tests below only reject tokens no phrase core can start with, which saves the
// dozen table lookups of a full match at the many qualifier-like words ("in", "about", "as").
/** True when a number (digits or words) may start at this token. */
export const mayStartNumber = (tok: Tok | undefined): boolean => !!tok && (tok.num || NUMBER_WORDS.has(tok.l));
/** True when the core of a money phrase (currency, number or order of magnitude) may start at this token. */
export const mayStartCore = (tok: Tok | undefined): boolean => !!tok && (tok.num || CORE_OPENERS.has(tok.l));

export const mayOpen = (tok: Tok | undefined): boolean => !!tok && (tok.num || OPENERS.has(tok.l));
