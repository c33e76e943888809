/** Suppliers picked for goods: "OpenAI taps Broadcom for 10 GW of chips", "signs on for $10bn of Cerebras compute". */
import type { Mention } from './doc-view.js';
import { agentsFrom, directObject, possessorBefore, subjectOf } from './frame-args.js';
import { amountIn, trailingAmount } from './frame-values.js';
import { findHardware, words } from './frame-words.js';
import { dealAmountFor } from './context-deal-head.js';
import { COMPUTE, isCloud } from './frames-purchase.js';
import { pairs, sameParty, sectorOf, usable, type FrameContext, type FrameHandler } from './frame.js';

const PREPS = words('on in at with about from by into over under');

/** The goods named within a few tokens after `from`, hardware or compute, and whether they are hardware. */
function goodsAfter(c: FrameContext, from: number, span: number): { noun: number; hw: boolean } | null {
  const { v, s } = c;
  const end = Math.min(v.sentTok[s + 1]!, from + span);
  for (let j = from; j < end; j++) {
    // NOTE: "hired Goldman for advice on chips": the goods must head the phrase, not sit in a later one.
    if (/^[,;:]$/.test(v.tokens[j]!.text) || PREPS.has(v.tokens[j]!.lower)) return null;
    if (findHardware(v, j, j + 1) === j) return { noun: j, hw: true };
    if (COMPUTE.has(v.tokens[j]!.lower) && !v.mentionAt[j]) return { noun: j, hw: false };
  }
  return null;
}

/** "OpenAI taps Broadcom for 10 gigawatts of custom chips", "Meta tapped Oracle for $20 billion of cloud capacity". */
export const tapFor: FrameHandler = (c, k) => {
  const { v, s } = c;
  const sellers = directObject(v, s, k, 2);
  const last = sellers.at(-1);
  if (!last || v.tokens[last.tokEnd]?.lower !== 'for') return [];
  const goods = goodsAfter(c, last.tokEnd + 1, 10);
  const buyer = goods ? subjectOf(v, s, k) : null;
  if (!goods || !buyer) return [];
  const amount = amountIn(v, last.tokEnd + 1, goods.noun, c.taken) ?? trailingAmount(v, goods.noun + 1, c.taken) ?? dealAmountFor(v, s, k, c.taken);
  const out = [];
  for (const seller of sellers) {
    if (sectorOf(v, seller) === 'investor') continue;
    const type = goods.hw && !isCloud(v, seller) ? 'hardware_purchase' : 'compute_purchase';
    out.push(...pairs(agentsFrom(v, buyer), [seller], { type, sentence: s, trigger: k, amount, strength: 0.7 }));
  }
  return out;
};

/** The company whose goods the noun at j names: "Cerebras compute", "Google Cloud's capacity". */
function ownerOf(c: FrameContext, j: number): Mention | null {
  const { v } = c;
  const poss = possessorBefore(v, j, 2);
  if (usable(poss) && poss.kind !== 'pronoun') return poss;
  const m = v.mentionAt[j - 1];
  return usable(m) && !m.possessive && m.tokEnd === j ? m : null;
}

/** "OpenAI signs on for more than $10bn of Cerebras compute", "has signed up for Google Cloud capacity". */
export const signUpFor: FrameHandler = (c, k) => {
  const { v, s } = c;
  const t = v.tokens;
  if (!/^(on|up)$/.test(t[k + 1]?.lower ?? '') || t[k + 2]?.lower !== 'for') return [];
  const goods = goodsAfter(c, k + 3, 10);
  const seller = goods ? ownerOf(c, goods.noun) : null;
  const buyer = seller ? subjectOf(v, s, k) : null;
  if (!goods || !seller || !buyer || sameParty(buyer, seller)) return [];
  const type = goods.hw && !isCloud(v, seller) ? 'hardware_purchase' : 'compute_purchase';
  return pairs(agentsFrom(v, buyer), [seller], { type, sentence: s, trigger: k, amount: amountIn(v, k + 3, goods.noun, c.taken), strength: 0.7 });
};
