/** Verbless purchase lists whose buyer is the topic: "The chip deals: 10 GW of Nvidia systems; 6 GW of AMD processors". */
import type { Amount } from '../core/amount.js';
import type { Mention, ValueSpan } from './doc-view.js';
import { modifierBefore, objectAfter, possessorBefore } from './frame-args.js';
import { findWord, isHardwareAt, words } from './frame-words.js';
import { pairs, sameParty, usable, type FrameContext, type FrameHandler } from './frame.js';
import { topicAt } from './topic.js';

/** Nouns that announce a list of purchases before a colon. */
const DEAL_NOUNS = words('agreements agreement deals deal contracts contract commitments orders purchases pacts arrangements');
/** Units a purchase item may be measured in. */
const ITEM_UNITS = new Set(['GW', 'MW', 'GPUs', 'chips']);
const ITEM_OPENERS = words(': ;');

/** The measure that heads an item, "10 GW of" / "$5bn of", ending right before token `of`. */
function measureBefore(c: FrameContext, of: number): { readonly tok: number; readonly amount: ValueSpan<Amount> | null } | null {
  const q = c.v.quantityAt[of - 1];
  if (q && q.tokEnd === of && ITEM_UNITS.has(q.value.unit)) return { tok: q.tok, amount: null };
  const a = c.v.amountAt[of - 1];
  return a && a.tokEnd === of && !c.taken.has(a) ? { tok: a.tok, amount: a } : null;
}

/** True when the item starting at token `start` opens an entry of a colon-introduced list. */
function opensItem(c: FrameContext, start: number, colon: number): boolean {
  const t = c.v.tokens;
  const prev = t[start - 1]?.lower ?? '';
  if (ITEM_OPENERS.has(prev)) return true;
  if (prev === 'and' && /^[;,]$/.test(t[start - 2]?.text ?? '')) return true;
  // NOTE: "…: 10 GW of X, 6 GW of Y and 4 GW of Z": commas separate entries after the colon.
  return (prev === ',' || prev === 'and') && start > colon;
}

/** The buyer a list's lead-in names ("OpenAI's chip agreements:"), else the paragraph's dominant company. */
function listBuyer(c: FrameContext, colon: number): Mention | null {
  const { v, s } = c;
  const first = v.sentTok[s]!;
  const deal = findWord(v, first, colon, DEAL_NOUNS);
  if (deal < 0) return null;
  const poss = possessorBefore(v, deal, 4);
  if (poss) return usable(poss) ? poss : null;
  return topicAt(v, s);
}

/**
 * One entry of a verbless list of purchases after a colon, "…: 10 gigawatts of Nvidia systems;
 * 6 GW of AMD processors; and 10 GW of custom accelerators built with Broadcom". The seller is
 * the maker named on the entry; the buyer is the possessor of the lead-in deal noun, else the topic.
 */
export const listedHardware: FrameHandler = (c, k) => {
  const { v, s } = c;
  const t = v.tokens;
  if (!isHardwareAt(v, k)) return [];
  const first = v.sentTok[s]!;
  const colon = findWord(v, first, k, words(':'));
  if (colon < 0) return [];
  let of = -1;
  for (let j = k - 1; j > colon && j >= k - 5; j--) {
    if (t[j]!.lower === 'of') {
      of = j;
      break;
    }
    if (/^[,;:]$/.test(t[j]!.text)) return [];
  }
  if (of < 0) return [];
  const measure = measureBefore(c, of);
  if (!measure || !opensItem(c, measure.tok, colon)) return [];
  const seller = possessorBefore(v, k, 3) ?? modifierBefore(v, k, 3) ?? objectAfter(v, s, k, words('with by from'), { maxGap: 6 })[0] ?? null;
  if (!usable(seller)) return [];
  const buyer = listBuyer(c, colon);
  if (!buyer || sameParty(buyer, seller)) return [];
  return pairs([buyer], [seller], { type: 'hardware_purchase', sentence: s, trigger: k, amount: measure.amount, strength: 0.5 });
};
