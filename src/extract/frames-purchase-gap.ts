/** Purchases whose goods stand before the verb: "the chips it bought from Nvidia", "18,000 GPUs bought from Nvidia". */
import type { Mention } from './doc-view.js';
import { agentBefore, agentsFrom, objectAfter } from './frame-args.js';
import { amountIn } from './frame-values.js';
import { findHardware, findWord, words } from './frame-words.js';
import { COMPUTE, isCloud } from './frames-purchase.js';
import { pairs, sameParty, usable, type FrameContext, type FrameHandler } from './frame.js';

const REL = words('that which');
const FUTURE = words('will would plans plan intends aims');
const AUX = words('has have had is was will would agreed plans planned to already also');

/** The goods noun ending right before token `end` (a hardware or compute word), or -1. */
function goodsAt(c: FrameContext, end: number): number {
  const { v } = c;
  const j = REL.has(v.tokens[end - 1]?.lower ?? '') ? end - 2 : end - 1;
  if (findHardware(v, j, j + 1) === j) return j;
  return COMPUTE.has(v.tokens[j]?.lower ?? '') && !v.mentionAt[j] ? j : -1;
}

/**
 * "$5.8 billion of GB300 systems it has agreed to buy from Dell" (the relative clause's subject buys),
 * "a site stocked with 18,000 Blackwell chips bought from Nvidia" (the clause's subject buys): the
 * verb has no object after it, only "from" and the seller.
 */
export const boughtFrom: FrameHandler = (c, k) => {
  const { v, s } = c;
  const t = v.tokens;
  if (t[k + 1]?.lower !== 'from') return [];
  const seller = objectAfter(v, s, k, words('from'), { maxGap: 1, fallback: true })[0];
  if (!seller) return [];
  let buyer: Mention | null;
  let noun: number;
  let reduced = false;
  if (/^(bought|purchased|ordered|procured|sourced|rented|leased)$/.test(t[k]!.lower) && (noun = goodsAt(c, k)) >= 0) {
    // NOTE: a reduced relative clause: the buyer is the clause the goods sit in.
    buyer = agentBefore(v, s, noun, { allowPossessive: false });
    reduced = true;
  } else {
    // NOTE: "systems it has agreed to buy from Dell": a subject right after the goods, then only auxiliaries.
    let j = k - 1;
    while (j > v.sentTok[s]! && AUX.has(t[j]!.lower)) j--;
    const m = v.mentionAt[j];
    if (!usable(m) || m.possessive || m.tokEnd !== j + 1) return [];
    noun = goodsAt(c, m.npTok);
    if (noun < 0) return [];
    buyer = m;
  }
  if (!buyer || sameParty(buyer, seller) || findWord(v, noun + 1, k, words('; :')) >= 0) return [];
  const hw = findHardware(v, noun, noun + 1) === noun;
  const amount = amountIn(v, Math.max(v.sentTok[s]!, noun - 10), noun, c.taken);
  const buyers = buyer.kind === 'pronoun' ? [buyer] : agentsFrom(v, buyer);
  // NOTE: "will build a site stocked with chips bought from Nvidia": the participle takes the main verb's time.
  const planned = reduced && findWord(v, v.sentTok[s]!, noun, FUTURE) >= 0;
  const type = hw && !isCloud(v, seller) ? 'hardware_purchase' : 'compute_purchase';
  return pairs(buyers, [seller], { type, sentence: s, trigger: k, amount, strength: 0.7, ...(planned ? { status: 'announced' as const } : {}) });
};
