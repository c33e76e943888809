/** Stakes paid for: "X paid $N for a stake of 10% (in Y)" is an equity investment of $N. */
import { agentBefore, objectAfter } from './frame-args.js';
import { amountIn, quantityIn } from './frame-values.js';
import { words } from './frame-words.js';
import { isVenture, pairs, sameParty, type FrameContext, type FrameHandler } from './frame.js';
import { topicAt } from './topic.js';

const PAY = words('paid pay pays paying spent spend spends spending');

/**
 * "The search group paid about $300 million for a stake of roughly 10%", "Y spent $2 billion for a
 * 5% stake in Z": the money is an equity investment in the company the stake is in (the company in
 * paragraph is about when the text does not name it).
 */
export const paidForStake: FrameHandler = (c, k) => {
  const pay = payVerb(c, k);
  if (pay < 0) return [];
  const { v, s } = c;
  const investor = agentBefore(v, s, pay);
  if (!investor) return [];
  const amount = amountIn(v, pay + 1, k, c.taken);
  if (!amount) return [];
  // NOTE: "paid $300 million for a stake of roughly 10%" with no company: the one the paragraph is about.
  const to = objectAfter(v, s, k, words('in of'), { maxGap: 1 })[0] ?? topicAt(v, s, (m) => !sameParty(m, investor));
  const pct = quantityIn(v, pay + 1, Math.min(v.sentTok[s + 1]!, k + 5), ['percent']);
  const past = /^(paid|spent)$/.test(v.tokens[pay]!.lower);
  return pairs([investor], to ? [to] : [], {
    type: isVenture(v, to) ? 'joint_venture' : 'equity_investment', sentence: s, trigger: k, amount, ...(pct ? { stake: pct } : {}), ...(past ? { status: 'completed' as const } : {}), strength: 0.8,
  });
};

/** The pay verb of "paid $N for a stake" (the stake noun at k), or -1. */
export function payVerb(c: FrameContext, k: number): number {
  const { v, s } = c;
  const t = v.tokens;
  // NOTE: "for a stake", "for a 10% stake", "for a minority stake": "for" opens the noun phrase.
  let j = k - 1;
  while (j > v.sentTok[s]! && j > k - 5 && t[j]!.lower !== 'for') j--;
  if (t[j]?.lower !== 'for' || !/^(a|an|its|the)$/.test(t[j + 1]?.lower ?? '')) return -1;
  const amount = amountIn(v, Math.max(v.sentTok[s]!, j - 5), j, c.taken);
  if (!amount || amount.tokEnd !== j) return -1;
  for (let p = amount.tok - 1; p >= Math.max(v.sentTok[s]!, amount.tok - 3); p--) if (PAY.has(t[p]!.lower)) return p;
  return -1;
}
