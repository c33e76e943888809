/** Trigger handlers for revenue shares named by their noun: "the 20% cut X sends Y", "X pocketed $N from its Y revenue share". */
import { agentBefore, mentionStartingNear, objectAfter, possessorBefore } from './frame-args.js';
import { amountIn, quantityIn } from './frame-values.js';
import { findWord, words } from './frame-words.js';
import { alternativeTo } from './frames-funding.js';
import { pairs, sameParty, usable, type FrameHandler } from './frame.js';

const PAY = words('sends send sent pays pay paid hands hand handed gives give gave passes pass passed remits remit remitted owes owe owed');
const PAY_PRESENT = words('sends send pays pay hands hand gives give passes pass remits remit owes owe');
const PROFITS = words('revenue revenues profits profit sales earnings');

/**
 * "the roughly 20% cut Vexa sends Brontel", "the share of sales it pays Quarry": a share noun with a
 * reduced relative clause whose subject pays the indirect object. Needs a percentage before the noun
 * or a revenue word in the sentence, so "the stock Vexa gave Brontel" stays silent.
 */
export const shareClause: FrameHandler = (c, k) => {
  const { v, s } = c;
  const t = v.tokens;
  const end = v.sentTok[s + 1]!;
  // NOTE: "the cut X sends Y", or "the share of its revenue X pays Y" (a few words after the noun).
  let j = k + 1;
  if (t[j]?.lower === 'of') {
    const rev = findWord(v, j + 1, Math.min(end, j + 5), PROFITS);
    if (rev < 0) return [];
    j = rev + 1;
  }
  const payer = v.mentionAt[j];
  if (!usable(payer) || payer.tok !== j || payer.possessive) return [];
  const verb = payer.tokEnd;
  if (!PAY.has(t[verb]?.lower ?? '')) return [];
  const payee = mentionStartingNear(v, verb + 1, 0);
  if (!usable(payee) || payee.possessive || sameParty(payer, payee)) return [];
  const pct = quantityIn(v, Math.max(v.sentTok[s]!, k - 5), k, ['percent']);
  if (!pct && j === k + 1 && findWord(v, v.sentTok[s]!, end, PROFITS) < 0 && findWord(v, v.sentTok[s]!, end, words('revenue-share revenue-sharing')) < 0) return [];
  const owner = payer.kind === 'pronoun' ? alternativeTo(c, payer, payee) : payer;
  if (!owner) return [];
  const present = PAY_PRESENT.has(t[verb]!.lower);
  return pairs([owner], [payee], { type: 'revenue_share', sentence: s, trigger: k, amount: null, strength: 0.7, ...(present ? { status: 'signed' as const } : {}) });
};

/**
 * "Brontel pocketed $40m from its Vexa revenue share", "Quarry collected $5m from the revenue share
 * with Vexa": the clause subject received the amount; the company named with the share paid it.
 */
export const fromRevenueShare: FrameHandler = (c, k) => {
  const { v, s } = c;
  const t = v.tokens;
  const rev = t[k - 1]?.lower === 'revenue' ? k - 1 : -1;
  if (rev < 0) return [];
  const from = findWord(v, Math.max(v.sentTok[s]!, rev - 4), rev, words('from'));
  if (from < 0) return [];
  const payee = agentBefore(v, s, from);
  if (!payee) return [];
  // NOTE: "from its Vexa revenue share": the name right before "revenue", whatever role it was given.
  const named = v.mentionAt[rev - 1];
  let payer = (usable(named) && named.kind !== 'pronoun' ? named : null) ?? possessorBefore(v, rev, 2);
  if (!payer || payer.kind === 'pronoun' || sameParty(payer, payee)) payer = objectAfter(v, s, k, words('with'), { maxGap: 1 })[0] ?? null;
  if (!usable(payer) || sameParty(payer, payee)) return [];
  const amount = amountIn(v, payee.tokEnd, from, c.taken);
  return pairs([{ ...payer, possessive: false }], [payee], { type: 'revenue_share', sentence: s, trigger: k, amount, strength: 0.7, ...(amount ? { status: 'completed' as const } : {}) });
};
