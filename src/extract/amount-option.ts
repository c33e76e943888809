/** An option on top of a stated amount: "$12 billion of capacity, with an option on up to $15 billion more" is $12bn to $27bn. */
import { makeAmount, type Amount } from '../core/amount.js';
import { decimalAdd } from '../core/decimal.js';
import type { DocView, ValueSpan } from './doc-view.js';

/** Words between the stated amount and the optional one ("with an option on up to", "and an option for as much as"). */
const OPTION_BEFORE = /^[^.;$€£¥\d]{0,40}?\b(?:with|and|plus|including) an? (?:option|right) (?:on|for|to (?:buy|take|add|purchase)) (?:up to |as much as |another |a further )?$/;
/** Words right after the optional amount that make it additional. */
const MORE_AFTER = /^\s*(?:more|in addition|additional|of additional|extra|on top)\b/;

/**
 * The stated amount raised by an option for more: lower bound the stated figure, upper bound the
 * two added. Null when the text after the amount states no such option.
 */
export function withOptionMore(v: DocView, span: ValueSpan<Amount>): Amount | null {
  const a = span.value;
  if (a.lower === null || a.upper === null) return null;
  const next = v.amounts.find((x) => x.start > span.end && x.start <= span.end + 60);
  if (!next || next.value.currency !== a.currency || next.value.upper === null) return null;
  if (!OPTION_BEFORE.test(v.text.slice(span.end, next.start))) return null;
  if (!MORE_AFTER.test(v.text.slice(next.end, next.end + 20))) return null;
  return makeAmount('range', a.lower, `${a.text} … ${next.value.text} more`, {
    currency: a.currency, upperValue: decimalAdd(a.upper, next.value.upper), basis: a.basis, ...(a.period ? { period: a.period } : {}),
  });
}
