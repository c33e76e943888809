/** Customers named in clauses around a role noun: "X, whose biggest customer is Y", "lined up Y as a buyer of its chips", "the customer behind an Oracle contract". */
import type { Mention } from './doc-view.js';
import { agentBefore, mentionStartingNear, possessorBefore, subjectOf } from './frame-args.js';
import { amountIn } from './frame-values.js';
import { findHardware, findWord, words } from './frame-words.js';
import { COMPUTE, isCloud } from './frames-purchase.js';
import { pairs, providerScore, purchaseTypeFor, sameParty, usable, type FrameContext, type FrameHandler } from './frame.js';

const BUYER_ROLES = words('customer customers client clients buyer buyers');
const ADJECTIVES = words('biggest largest main major key anchor top second-largest second-biggest only first');
const COPULA = words('is was remains remained');
const DEAL = words('contract contracts deal deals order orders agreement agreements commitment');
const REPORT = words('said says named identified confirmed disclosed revealed');

/** A purchase of `buyer` from `seller`, when the seller looks more like a provider. */
function sale(c: FrameContext, k: number, buyer: Mention, seller: Mention, amount: ReturnType<typeof amountIn> = null) {
  const { v, s } = c;
  if (sameParty(buyer, seller) || providerScore(v, seller) <= providerScore(v, buyer)) return [];
  return pairs([buyer], [seller], { type: purchaseTypeFor(v, seller), sentence: s, trigger: k, amount, strength: 0.55, status: 'signed' });
}

/** "CoreWeave, whose biggest customer is Microsoft, …". */
function whoseRole(c: FrameContext, k: number) {
  const { v, s } = c;
  const t = v.tokens;
  let j = k - 1;
  while (j > v.sentTok[s]! && ADJECTIVES.has(t[j]!.lower)) j--;
  if (t[j]?.lower !== 'whose' || t[j - 1]?.text !== ',' || !COPULA.has(t[k + 1]?.lower ?? '')) return [];
  const seller = v.mentionAt[j - 2];
  const buyer = mentionStartingNear(v, k + 2, 1);
  if (!usable(seller) || seller.possessive || !usable(buyer) || buyer.possessive) return [];
  return sale(c, k, buyer, seller);
}

/** "AMD has lined up Oracle as a buyer of 50,000 of its MI450 processors": the goods' owner sells. */
function buyerOfGoods(c: FrameContext, k: number) {
  const { v, s } = c;
  const t = v.tokens;
  if (t[k + 1]?.lower !== 'of' || !/^(a|an|the)$/.test(t[k - 1]?.lower ?? '') || t[k - 2]?.lower !== 'as') return [];
  const buyer = v.mentionAt[k - 3];
  if (!usable(buyer) || buyer.tokEnd !== k - 2 || buyer.possessive) return [];
  const end = Math.min(v.sentTok[s + 1]!, k + 12);
  const h = findHardware(v, k + 2, end);
  const noun = h >= 0 ? h : findWord(v, k + 2, end, COMPUTE);
  if (noun < 0 || findWord(v, k + 2, noun, words(', ;')) >= 0) return [];
  // NOTE: "its MI450 processors": the product's owner, else its maker.
  const product = v.mentionAt[noun - 1]?.kind === 'product' ? v.mentionAt[noun - 1]! : null;
  let seller = product ? possessorBefore(v, product.tok, 3) ?? product : possessorBefore(v, noun, 4);
  // NOTE: "its processors": the subject of the verb that lined the buyer up.
  if (seller?.kind === 'pronoun') seller = subjectOf(v, s, buyer.npTok - 1);
  if (!usable(seller)) return [];
  const type = h >= 0 && !isCloud(v, seller) ? 'hardware_purchase' : 'compute_purchase';
  if (sameParty(buyer, seller)) return [];
  return pairs([buyer], [seller], { type, sentence: s, trigger: k, amount: null, strength: 0.55 });
}

/**
 * "it is the customer behind an Oracle contract worth $30 billion a year", "Broadcom said Anthropic was the
 * customer behind a $10 billion order": the deal's holder (its modifier, else who said so) sells.
 */
function behindDeal(c: FrameContext, k: number) {
  const { v, s } = c;
  const t = v.tokens;
  if (t[k + 1]?.lower !== 'behind') return [];
  const deal = findWord(v, k + 2, Math.min(v.sentTok[s + 1]!, k + 8), DEAL);
  if (deal < 0) return [];
  const buyer = agentBefore(v, s, k);
  if (!buyer) return [];
  const mod = v.mentionAt[deal - 1];
  let seller: Mention | null = usable(mod) && !mod.possessive && mod.tokEnd === deal ? mod : null;
  if (!seller) {
    if (mentionStartingNear(v, k + 2, 2)) return [];
    const said = findWord(v, Math.max(v.sentTok[s]!, buyer.npTok - 2), buyer.npTok, REPORT);
    seller = said >= 0 ? agentBefore(v, s, said) : null;
  }
  if (!seller) return [];
  return sale(c, k, buyer, seller, amountIn(v, k + 2, deal, c.taken));
}

/** Role nouns read from the clause around them (see `roleNoun` for the noun phrase itself). */
export const roleClause: FrameHandler = (c, k) => {
  if (!BUYER_ROLES.has(c.v.tokens[k]!.lower)) return [];
  const whose = whoseRole(c, k);
  if (whose.length) return whose;
  const goods = buyerOfGoods(c, k);
  if (goods.length) return goods;
  return behindDeal(c, k);
};
