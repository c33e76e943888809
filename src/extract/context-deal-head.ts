/** The deal noun a purchase verb hangs from: "a $38bn agreement to supply X", "the contract, signed in May, under which X buys". */
import type { Amount } from '../core/amount.js';
import { sentenceOfToken, type DocView, type ValueSpan } from './doc-view.js';

const DEAL_NOUNS = new Set(['deal', 'deals', 'contract', 'contracts', 'agreement', 'agreements', 'pact', 'arrangement', 'partnership', 'order', 'commitment']);
/** Words that may stand between a deal noun and its infinitive ("an agreement with Microsoft to deploy"). */
const BETWEEN = new Set(['with', 'between', 'and', 'worth', 'valued', 'at', 'of', 'up', 'about', 'around', 'roughly', 'some', 'nearly', 'more', 'than', 'as', 'much']);
const RELATIVE_PREPS = new Set(['under', 'through', 'by', 'in']);
const HEAD_STOPS = new Set([';', ':', '.', '?', '!']);

/**
 * Index of the deal noun that governs the verb at token k, or -1: the noun before an infinitive
 * ("a $38 billion agreement to supply OpenAI") or the antecedent of "under which" / "whereby"
 * ("a contract worth $11.9 billion, signed this month, under which the lab buys computing power").
 */
export function governingDeal(v: DocView, s: number, k: number): number {
  const t = v.tokens;
  const first = v.sentTok[s]!;
  if (t[k - 1]?.lower === 'to') {
    for (let j = k - 2; j >= Math.max(first, k - 10); j--) {
      const w = t[j]!.lower;
      if (DEAL_NOUNS.has(w)) return j;
      if (v.mentionAt[j] || v.amountAt[j] || BETWEEN.has(w)) continue;
      return -1;
    }
    return -1;
  }
  for (let j = k - 1; j >= Math.max(first, k - 12); j--) {
    const w = t[j]!.lower;
    if (HEAD_STOPS.has(w)) return -1;
    const relative = w === 'whereby' || (w === 'which' && RELATIVE_PREPS.has(t[j - 1]?.lower ?? ''));
    if (!relative) continue;
    const from = w === 'whereby' ? j - 1 : j - 2;
    for (let x = from; x >= Math.max(first, from - 16); x--) {
      if (HEAD_STOPS.has(t[x]!.lower)) return -1;
      if (DEAL_NOUNS.has(t[x]!.lower)) return x;
    }
    return -1;
  }
  return -1;
}

/**
 * The amount of the governing deal noun at `head`: right before it ("a $38 billion agreement") or
 * after "worth" / "valued at" ("a contract worth $11.9 billion"), not one already taken.
 */
function headAmount(v: DocView, head: number, taken: ReadonlySet<ValueSpan<Amount>>): ValueSpan<Amount> | null {
  const t = v.tokens;
  const s = sentenceOfToken(v, head);
  const first = v.sentTok[s]!;
  for (let j = head - 1; j >= Math.max(first, head - 6); j--) {
    const a = v.amountAt[j];
    if (a && !taken.has(a)) return a;
    if (/^[;:]$/.test(t[j]!.text) || v.mentionAt[j]) break;
  }
  for (let j = head + 1; j < Math.min(v.sentTok[s + 1] ?? t.length, head + 5); j++) {
    const w = t[j]!.lower;
    if (w !== 'worth' && w !== 'valued' && w !== 'at') continue;
    for (let x = j + 1; x < j + 4; x++) {
      const a = v.amountAt[x];
      if (a && a.tok === x && !taken.has(a)) return a;
    }
  }
  return null;
}

/**
 * The amount of the deal a purchase verb at k is made under, when the verb's own phrase has none:
 * the governing deal noun ("a $38bn agreement to supply", "the $11.9bn contract, …, under which X buys")
 * or a later "under a five-year contract worth $17.4bn".
 */
export function dealAmountFor(v: DocView, s: number, k: number, taken: ReadonlySet<ValueSpan<Amount>>): ValueSpan<Amount> | null {
  const head = governingDeal(v, s, k);
  if (head >= 0) return headAmount(v, head, taken);
  const t = v.tokens;
  const end = v.sentTok[s + 1]!;
  for (let j = k + 1; j < end; j++) {
    if (HEAD_STOPS.has(t[j]!.lower)) return null;
    if (t[j]!.lower !== 'under' || !/^(a|an|the|its|their|this|that)$/.test(t[j + 1]?.lower ?? '')) continue;
    for (let x = j + 2; x < Math.min(end, j + 8); x++) if (DEAL_NOUNS.has(t[x]!.lower)) return headAmount(v, x, taken);
    return null;
  }
  return null;
}
