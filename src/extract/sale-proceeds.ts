/** What a holding sold fetched: "sold its entire X holding, 32.1 million shares, in October for $5.83bn", "sold every X share it owned, raising $5.83bn". */
import type { Amount } from '../core/amount.js';
import type { DocView, ValueSpan } from './doc-view.js';
import { words } from './frame-words.js';

/** Participles that report a sale's proceeds after a comma. */
const PROCEEDS_VERBS = new Set(['raising', 'fetching', 'netting', 'yielding', 'realising', 'realizing', 'generating', 'pocketing']);
/** Verbs of selling a holding: the stake-sale handler's triggers. */
export const STAKE_SALE_VERBS = 'sold sells sell selling offloaded offloads divested divests unloaded unloads dumped dumps';
const SALE_VERBS = words(STAKE_SALE_VERBS);
/** What is sold when a holding is sold. */
export const HOLDING_NOUNS = words('stake stakes holding holdings shares share stock');
/** Words that end the sale's clause: what follows is another statement. */
const CLAUSE_END = new Set([';', '.', 'which', 'while', 'but', 'whereas', 'although', 'though', 'after', 'as', 'because']);

/**
 * The proceeds of a sale told after the holding (from token `from`, within 16 tokens of the sentence): "for $N" or
 * ", raising $N", past an appositive or a time phrase ("..., 32.1 million shares, in October for $5.83 billion").
 * Null when the clause ends first or the amount is already a figure's (`taken`).
 */
export function saleProceeds(v: DocView, s: number, from: number, taken: ReadonlySet<ValueSpan<Amount>>): ValueSpan<Amount> | null {
  const end = Math.min(v.sentTok[s + 1]!, from + 16);
  for (let j = from; j < end; j++) {
    const w = v.tokens[j]!.lower;
    if (CLAUSE_END.has(w)) return null;
    if (w !== 'for' && !(PROCEEDS_VERBS.has(w) && v.tokens[j - 1]?.text === ',')) continue;
    const a = v.amountAt[j + 1] ?? (v.tokens[j + 1]?.lower === 'about' || v.tokens[j + 1]?.lower === 'roughly' ? v.amountAt[j + 2] : undefined);
    if (a && !taken.has(a)) return a;
    if (w === 'for') return null;
  }
  return null;
}

/**
 * True when the amount at `a` follows ", raising" (or "fetching", "netting") after a holding sold earlier in its
 * sentence ("has sold its entire X holding, raising $5.83bn"): sale proceeds, not funds the seller raised.
 */
export function proceedsOfSale(v: DocView, a: ValueSpan<Amount>): boolean {
  const t = v.tokens;
  const verb = t[a.tok - 1]?.lower ?? '';
  if (!PROCEEDS_VERBS.has(verb) || t[a.tok - 2]?.text !== ',') return false;
  const first = v.sentTok[a.sentence]!;
  let held = false;
  for (let j = a.tok - 3; j >= Math.max(first, a.tok - 16); j--) {
    const w = t[j]!.lower;
    if (HOLDING_NOUNS.has(w)) held = true;
    else if (SALE_VERBS.has(w)) return held;
  }
  return false;
}
