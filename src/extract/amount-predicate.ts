/** Amounts a value predicate gives a deal away from its parties: "an agreement the FT valued at up to $24bn", "The arrangement is worth $30bn". */
import type { Amount } from '../core/amount.js';
import type { AmountSlot } from './amount-fill.js';
import { isDealSized, uniqueBestSlot } from './amount-slot-choice.js';
import { figureAmounts } from './company-figures.js';
import type { DocView, ValueSpan } from './doc-view.js';

/** Nouns (and pronouns) that can name a deal as the subject or head of a value predicate. */
const DEAL_HEADS = new Set([
  'deal', 'deals', 'contract', 'contracts', 'agreement', 'agreements', 'arrangement', 'arrangements', 'pact', 'pacts',
  'transaction', 'order', 'orders', 'commitment', 'commitments', 'investment', 'partnership', 'package', 'expansion',
  'value', 'it', 'which',
]);
/** Verbs that put a figure on something with "at": "valued at", "puts the total value at". */
const AT_VERBS = new Set(['valued', 'value', 'values', 'priced', 'reported', 'estimated', 'put', 'puts', 'pegged', 'pegs', 'pegging', 'putting', 'valuing']);
/** Nouns of money paid under a deal: "payments of $N". */
const PAYMENT_NOUNS = new Set(['payments', 'payment', 'spending', 'purchases', 'fees']);
/** Verbs that size something with "to": "it comes to roughly $10 billion". */
const TO_VERBS = new Set(['comes', 'came', 'come', 'amounts', 'amounted', 'amount']);
/** Words an amount's own span may not start with but that sit between the cue and the figure. */
const FILLER = new Set(['a', 'an', 'the', 'some', 'about', 'around', 'roughly', 'nearly', 'almost', 'up', 'to', 'as', 'much', 'more', 'than', 'over', 'at', 'least', 'approximately']);

/** Which cue governs the amount: 'value' (worth / valued at / comes to with a deal subject), 'fronted' ("For $38 billion, ..."), or null. */
export function predicateCue(v: DocView, a: ValueSpan<Amount>): 'value' | 'fronted' | null {
  const t = v.tokens;
  const first = v.sentTok[a.sentence]!;
  let k = a.tok - 1;
  while (k > first && FILLER.has(t[k]!.lower) && !(t[k]!.lower === 'at' && AT_VERBS.has(t[k - 1]?.lower ?? '')) && !(t[k]!.lower === 'to' && TO_VERBS.has(t[k - 1]?.lower ?? ''))) k--;
  const w = t[k]?.lower ?? '';
  // NOTE: "For $38 billion over seven years, X has agreed to buy ...": a price fronted before the clause it sizes.
  if (k === first && w === 'for') return afterComma(v, a) ? 'fronted' : null;
  // NOTE: "The files show payments of $493.8 million in 2024 and ...": money paid under a deal named before.
  if (w === 'of' && PAYMENT_NOUNS.has(t[k - 1]?.lower ?? '')) return 'value';
  let verb = -1;
  if (w === 'worth') verb = k;
  else if (w === 'at') {
    // NOTE: "valued at", "puts the total value at": the verb at most four words back.
    for (let j = k - 1; j >= Math.max(first, k - 5); j--) if (AT_VERBS.has(t[j]!.lower)) { verb = j; break; }
  } else if (w === 'to' && TO_VERBS.has(t[k - 1]?.lower ?? '')) verb = k - 1;
  if (verb < 0) return null;
  // NOTE: the deal must be what is valued: a deal noun or "it" before the verb or between it and "at" ("the total value").
  for (let j = Math.min(k - 1, verb + 4); j >= Math.max(first, verb - 6); j--) {
    if (DEAL_HEADS.has(t[j]!.lower)) return 'value';
    if (t[j]!.lower === '.' || t[j]!.lower === ';') break;
  }
  return null;
}

/** True when a comma closes the fronted phrase before the sentence's clause. */
function afterComma(v: DocView, a: ValueSpan<Amount>): boolean {
  const end = Math.min(v.sentTok[a.sentence + 1]!, a.tokEnd + 8);
  for (let j = a.tokEnd; j < end; j++) if (v.tokens[j]!.lower === ',') return true;
  return false;
}

/**
 * Amounts for slots whose frames give none, from value predicates: an amount no frame or company
 * figure uses, stated by "worth", "valued at", "put ... at" or "comes to" about a deal noun or "it",
 * or fronted ("For $N, ..."), goes to the open slot with a frame in its sentence (the trigger
 * closest before it) or, when its sentence frames no deal, in the nearest of the two sentences before
 * that frames one.
 */
export function predicateAmounts(v: DocView, slots: readonly AmountSlot[]): Map<string, ValueSpan<Amount>> {
  const out = new Map<string, ValueSpan<Amount>>();
  const open = slots.filter((sl) => !sl.amount && !sl.frames.some((f) => f.noMoney));
  if (!open.length) return out;
  let used: Set<ValueSpan<Amount>> | null = null;
  const framed = new Set<number>();
  for (const sl of slots) for (const f of sl.frames) framed.add(f.sentence);
  for (const a of v.amounts) {
    if (v.sentences[a.sentence]?.heading) continue;
    if (!framed.has(a.sentence) && !framed.has(a.sentence - 1) && !framed.has(a.sentence - 2)) continue;
    const cue = predicateCue(v, a);
    if (!cue) continue;
    if (!used) {
      used = new Set<ValueSpan<Amount>>(figureAmounts(v));
      for (const sl of slots) for (const f of sl.frames) if (f.amount) used.add(f.amount);
    }
    if (used.has(a)) continue;
    const best = uniqueBestSlot(open, (sl) => (out.has(sl.key) ? null : slotScore(sl, a, cue, framed)));
    if (best && isDealSized(a.value)) out.set(best.key, a);
  }
  return out;
}

/** Lower is better; null when the slot has no frame the amount can reach. */
function slotScore(sl: AmountSlot, a: ValueSpan<Amount>, cue: 'value' | 'fronted', framed: ReadonlySet<number>): number | null {
  let score: number | null = null;
  const back = framed.has(a.sentence) ? 0 : framed.has(a.sentence - 1) ? 1 : 2;
  for (const f of sl.frames) {
    let s: number | null = null;
    if (f.sentence === a.sentence) s = cue === 'fronted' ? f.trigger - a.tok : f.trigger < a.tok ? a.tok - f.trigger : 100 + f.trigger - a.tok;
    // NOTE: "X will make a multibillion-dollar investment in Y. Neither side put a figure on it. People familiar said it
    // comes to roughly $10 billion": the nearest framed sentence before, when those between frame no deal.
    else if (cue === 'value' && back > 0 && f.sentence === a.sentence - back) s = 1000 * back - f.trigger / 1e6;
    if (s !== null && (score === null || s < score)) score = s;
  }
  return score;
}

