/** Money and quantity phrases in news text, found with offsets and parsed into exact intervals. */
import { matchMoneyAt, type Phrase } from './amount-money.js';
import { matchQuantityAt, toQuantity } from './amount-quantity.js';
import { tokenize, type WordToken } from './amount-tokens.js';
import { mayOpen } from './amount-words.js';
import { type Amount, makeAmount, type Quantity } from './amount.js';
import { decimalCompare } from './decimal.js';

/** One money phrase found in a text, with `text.slice(start, end) === amount.text`. */
export interface AmountMatch {
  readonly amount: Amount;
  readonly start: number;
  readonly end: number;
}

export interface ParseAmountOptions {
  /** Currency for phrases that name none ("tens of billions"); default "USD". */
  readonly defaultCurrency?: string;
}

function toAmount(p: Phrase, text: string, opts: ParseAmountOptions): Amount {
  const init = {
    currency: p.currency ?? opts.defaultCurrency ?? 'USD',
    ...(p.tail.mayBeZero ? { mayBeZero: true } : {}),
    ...(p.tail.basis ? { basis: p.tail.basis } : {}),
    ...(p.tail.period ? { period: p.tail.period } : {}),
  };
  if (p.q === 'range' && p.upper !== undefined) {
    const [lo, hi] = decimalCompare(p.value, p.upper) <= 0 ? [p.value, p.upper] : [p.upper, p.value];
    return makeAmount('range', lo, text, { ...init, upperValue: hi });
  }
  return makeAmount(p.q, p.value, text, init);
}

/**
 * Every money phrase in a text, in order, with character offsets.
 * @example findAmounts('Amazon may invest more than $10 billion.')[0].amount.lower // '10000000000'
 */
export function findAmounts(text: string, opts: ParseAmountOptions = {}): AmountMatch[] {
  return scanValues(text, opts).amounts;
}

/**
 * The first money phrase in `text` ("more than $10 billion", "€2bn", "half a trillion dollars"),
 * or null when there is none. `amount.text` is the phrase as matched.
 */
export function parseAmount(text: string, opts: ParseAmountOptions = {}): Amount | null {
  return findAmounts(text, opts)[0]?.amount ?? null;
}

/** One non-money quantity found in a text, with `text.slice(start, end) === quantity.text`. */
export interface QuantityMatch {
  readonly quantity: Quantity;
  readonly start: number;
  readonly end: number;
}

/**
 * Every percentage, capacity (GW, MW), share count and GPU or chip count in a text.
 * @example findQuantities('a 10% stake and 6 GW')[1].quantity.unit // 'GW'
 */
export function findQuantities(text: string): QuantityMatch[] {
  return scanValues(text).quantities;
}

/** Money and quantities found in one pass over a text. */
export interface ValueScan {
  readonly amounts: AmountMatch[];
  readonly quantities: QuantityMatch[];
}

// NOTE: classes, not object literals with getters: V8 keeps literals with accessors in dictionary
// mode, which slows every read of their offsets.
class LazyAmount implements AmountMatch {
  #amount: Amount | undefined;
  readonly #p: Phrase;
  readonly #source: string;
  readonly #opts: ParseAmountOptions;
  constructor(p: Phrase, source: string, opts: ParseAmountOptions, readonly start: number, readonly end: number) {
    this.#p = p;
    this.#source = source;
    this.#opts = opts;
  }

  get amount(): Amount {
    this.#amount ??= toAmount(this.#p, this.#source.slice(this.start, this.end), this.#opts);
    return this.#amount;
  }
}

type QuantityPhrase = NonNullable<ReturnType<typeof matchQuantityAt>>;

class LazyQuantity implements QuantityMatch {
  #quantity: Quantity | undefined;
  readonly #m: QuantityPhrase;
  readonly #source: string;
  constructor(m: QuantityPhrase, source: string, readonly start: number, readonly end: number) {
    this.#m = m;
    this.#source = source;
  }

  get quantity(): Quantity {
    const m = this.#m;
    this.#quantity ??= toQuantity(m.q, m.value, m.upper, m.unit, this.#source.slice(this.start, this.end));
    return this.#quantity;
  }
}

/**
 * Every money phrase and every quantity in a text, in one pass (what an extractor wants).
 * Money wins where both could match, so "$10 billion" is never read as a bare count.
 * `words`, when given, are the text's tokens as another tokenizer cut them (every non-space
 * character covered, in order): reused, they spare cutting the text again; the result is the same.
 * `anchors`, when given, are where the text's anchors (currencies, multipliers, units) are, as amount-tokens' `anchorsAt`
 * finds them: the text is then not scanned for them again; the result is the same.
 */
export function scanValues(text: string, opts: ParseAmountOptions = {}, words?: readonly WordToken[], anchors?: readonly number[]): ValueScan {
  const t = tokenize(text, words, anchors);
  const amounts: AmountMatch[] = [];
  const quantities: QuantityMatch[] = [];
  for (let i = 0; i < t.length; ) {
    if (!mayOpen(t[i])) {
      i += 1;
      continue;
    }
    const p = matchMoneyAt(t, i);
    if (p) {
      const start = t[p.first]!.start;
      const end = t[p.next - 1]!.end;
      // NOTE: built on first read: callers often look at offsets only.
      amounts.push(new LazyAmount(p, text, opts, start, end));
      i = p.next;
      continue;
    }
    const m = matchQuantityAt(t, i);
    if (!m) {
      i += 1;
      continue;
    }
    const start = t[i]!.start;
    const end = t[m.next - 1]!.end;
    quantities.push(new LazyQuantity(m, text, start, end));
    i = m.next;
  }
  return { amounts, quantities };
}
