/** Turn the amounts and percentages an LLM reports into core intervals, trusting the money parser over the model's arithmetic. */
import {
  makeAmount,
  undisclosedAmount,
  intervalProblems,
  type Amount,
  type Quantity,
} from '../core/amount.js';
import { findAmounts, findQuantities } from '../core/amount-parse.js';
import { decimalCompare, toDecimal, type DecimalString } from '../core/decimal.js';
import type { LlmAmount } from './llm-schema.js';

const DURATION = /^P(?=\d)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?$/;

/** A model's number as an exact decimal string, or null when it is not a usable figure. */
function decimalOf(v: number | string | null): DecimalString | null {
  if (v === null) return null;
  const s = typeof v === 'number' ? v : v.replace(/[,_\s]/g, '');
  if (s === '') return null;
  try {
    const d = toDecimal(s);
    return d.startsWith('-') ? null : d;
  } catch {
    return null;
  }
}

function currencyOf(c: string | null): string {
  if (c === null || !c.trim()) return 'USD';
  const up = c.trim().toUpperCase();
  return /^[A-Z]{3}$/.test(up) ? up : 'XXX';
}

/** The model's own reading, from its numbers. */
function fromNumbers(a: LlmAmount, text: string): Amount | null {
  const init = {
    currency: currencyOf(a.currency),
    basis: a.basis,
    mayBeZero: a.mayBeZero,
    ...(a.period && DURATION.test(a.period) ? { period: a.period } : {}),
  };
  if (a.qualifier === 'undisclosed') return undisclosedAmount(text, init);
  if (a.qualifier === 'none') return makeAmount('none', null, text, init);
  const value = decimalOf(a.value);
  if (value === null) return null;
  if (a.qualifier === 'range') {
    const upper = decimalOf(a.upper);
    if (upper === null) return makeAmount('at_least', value, text, init);
    const [lo, hi] = decimalCompare(value, upper) <= 0 ? [value, upper] : [upper, value];
    return makeAmount('range', lo, text, { ...init, upperValue: hi });
  }
  return makeAmount(a.qualifier, value, text, init);
}

/** Where `phrase` sits in `text`: exact, then case-insensitive; -1 when absent. */
function locate(text: string, phrase: string): number {
  const i = text.indexOf(phrase);
  return i >= 0 ? i : text.toLowerCase().indexOf(phrase.toLowerCase());
}

/** What the parser found that the model says too: its phrase in the evidence, else its value. */
function fromParser(a: LlmAmount, evidence: string): Amount | null {
  const defaultCurrency = a.currency ? currencyOf(a.currency) : 'USD';
  const matches = findAmounts(evidence, { defaultCurrency });
  const phrase = a.phrase?.trim();
  if (phrase) {
    const at = locate(evidence, phrase);
    if (at >= 0) {
      const hit = matches.find((m) => m.start < at + phrase.length && m.end > at);
      if (hit) return hit.amount;
    }
    const own = findAmounts(phrase, { defaultCurrency })[0];
    if (own) return own.amount;
  }
  const value = decimalOf(a.value);
  if (value === null) return null;
  return (
    matches.find((m) =>
      [m.amount.point, m.amount.lower].some((v) => v !== null && decimalCompare(v, value) === 0),
    )?.amount ?? null
  );
}

/**
 * The amount a claim or figure carries. The money parser reads the model's phrase in the
 * evidence (so "$10 billion or more" keeps its "or more"); the model's numbers are the
 * fallback. What the parser cannot see (may-be-zero, a term, a basis) comes from the model.
 * Returns null with a problem when neither reading gives a valid interval.
 */
export function llmAmount(
  a: LlmAmount,
  evidence: string,
): { amount: Amount | null; problem?: string } {
  const text = a.phrase?.trim() || evidence;
  if (a.qualifier === 'undisclosed' || a.qualifier === 'none')
    return { amount: fromNumbers(a, text) };
  const parsed = fromParser(a, evidence);
  let amount = parsed ?? fromNumbers(a, text);
  if (!amount)
    return {
      amount: null,
      problem: `no usable figure in amount ${JSON.stringify(a.phrase ?? a.value)}`,
    };
  if (parsed) {
    amount = {
      ...amount,
      mayBeZero: amount.mayBeZero || a.mayBeZero,
      basis: amount.basis === 'total' ? a.basis : amount.basis,
      ...(!amount.period && a.period && DURATION.test(a.period) ? { period: a.period } : {}),
    };
  }
  const problems = intervalProblems(amount);
  if (problems.length)
    return {
      amount: null,
      problem: `amount ${JSON.stringify(amount.text)}: ${problems.join('; ')}`,
    };
  return { amount };
}

/** A stake as a percentage: the parser's reading of it in the evidence when the numbers agree, else exact. */
export function llmPercent(value: number, evidence: string): Quantity | null {
  const d = decimalOf(value);
  if (d === null || decimalCompare(d, '100') > 0) return null;
  const seen = findQuantities(evidence).find(
    (q) =>
      q.quantity.unit === 'percent' &&
      q.quantity.point !== null &&
      decimalCompare(q.quantity.point, d) === 0,
  );
  if (seen) return seen.quantity;
  const a = makeAmount('exact', d, `${d}%`);
  return {
    point: a.point,
    lower: a.lower,
    lowerInclusive: a.lowerInclusive,
    upper: a.upper,
    upperInclusive: a.upperInclusive,
    qualifier: a.qualifier,
    text: a.text,
    unit: 'percent',
  };
}
