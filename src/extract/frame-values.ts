/** Amounts and quantities a frame takes from the tokens around its trigger. */
import type { Amount, Quantity, QuantityUnit } from '../core/amount.js';
import type { DocView, ValueSpan } from './doc-view.js';

/** The first amount whose tokens lie in [from, to) and that no figure or frame has taken. */
export function amountIn(v: DocView, from: number, to: number, taken: ReadonlySet<ValueSpan<Amount>>): ValueSpan<Amount> | null {
  for (let j = Math.max(0, from); j < to && j < v.tokens.length; j++) {
    const a = v.amountAt[j];
    if (a && a.tok === j && !taken.has(a) && !isRate(v, a)) return a;
  }
  return null;
}

/** "$10 billion for every gigawatt", "$1 per share": a rate, not the deal's amount. */
function isRate(v: DocView, a: ValueSpan<Amount>): boolean {
  const t = v.tokens;
  const w = t[a.tokEnd]?.lower;
  return w === 'per' || w === 'apiece' || w === 'each' || (w === 'for' && /^(every|each)$/.test(t[a.tokEnd + 1]?.lower ?? '')) || (w === 'a' && t[a.tokEnd + 1]?.lower === 'share');
}

const TRAILING = new Set(['worth', 'valued', 'totaling', 'totalling', 'for', 'of', 'at', 'by', 'add', 'adds', 'added', 'total', 'totals', 'totalled', 'totaled']);
/** Anchors strong enough to reach across a comma: "Google, earlier this year, worth more than $3 billion". */
const FAR_TRAILING = new Set(['worth', 'valued', 'totaling', 'totalling']);

/**
 * An amount that follows the object: "from Lambda for about $1.5 billion", "in deals worth
 * about $1.5 billion", "by up to $6.5 billion".
 */
export function trailingAmount(v: DocView, from: number, taken: ReadonlySet<ValueSpan<Amount>>): ValueSpan<Amount> | null {
  const t = v.tokens;
  let comma = false;
  for (let j = from; j < from + 16 && j < t.length; j++) {
    const w = t[j]!.lower;
    if (w === ';' || w === '.') return null;
    if (w === ',') comma = true;
    if (!TRAILING.has(w) || (comma && !FAR_TRAILING.has(w)) || (!comma && j >= from + 8 && !FAR_TRAILING.has(w))) continue;
    const a = amountIn(v, j + 1, j + 4, taken);
    if (a) return a;
  }
  return null;
}

/** The first quantity of a unit in [from, to). */
export function quantityIn(v: DocView, from: number, to: number, units: readonly QuantityUnit[]): ValueSpan<Quantity> | null {
  for (let j = Math.max(0, from); j < to && j < v.tokens.length; j++) {
    const q = v.quantityAt[j];
    if (q && q.tok === j && units.includes(q.value.unit)) return q;
  }
  return null;
}
