/** Trigger handlers for buyers of a venture's debt named by their share of it: "X has taken the bulk of the debt", "the bulk went to X". */
import { agentBefore, agentsFrom, objectAfter } from './frame-args.js';
import { findWord, words } from './frame-words.js';
import { pairs, type FrameHandler } from './frame.js';
import { recentVenture } from './frames-structure.js';

const PAPER = words('debt bonds notes loans');
const SHARE = words('bulk most much all part portion majority rest remainder');
const TOOK = words('taken took take takes taking bought buys buying');

/**
 * "Blue Owl is putting in cash, X has taken the bulk of the debt": the taker lends to the venture
 * in context. A named issuer ("of Y's debt", "the debt of Y") is the general debt handler's.
 */
export const debtTaken: FrameHandler = (c, k) => {
  const { v, s } = c;
  const t = v.tokens;
  if (!PAPER.has(t[k]!.lower) || t[k - 1]?.lower !== 'the' || t[k - 2]?.lower !== 'of' || !SHARE.has(t[k - 3]?.lower ?? '')) return [];
  if (t[k + 1]?.lower === 'of') return [];
  let verb = k - 4;
  if (/^(the|a)$/.test(t[verb]?.lower ?? '')) verb--;
  if (!TOOK.has(t[verb]?.lower ?? '')) return [];
  const agent = agentBefore(v, s, verb);
  const jv = recentVenture(c, agent?.npTok ?? verb);
  if (!agent || !jv) return [];
  return pairs(agentsFrom(v, agent), [jv], { type: 'loan', sentence: s, trigger: k, amount: null, strength: 0.55 });
};

/**
 * "The venture sold $27 billion of bonds; the bulk went to X": the buyers of most of a venture's
 * paper the same sentence names lend to the venture in context.
 */
export const debtWentTo: FrameHandler = (c, k) => {
  const { v, s } = c;
  const t = v.tokens;
  if (t[k]!.lower !== 'went' || t[k + 1]?.lower !== 'to') return [];
  let share = k - 1;
  if (/^(them|it)$/.test(t[share]?.lower ?? '') && t[share - 1]?.lower === 'of') share -= 2;
  if (!SHARE.has(t[share]?.lower ?? '')) return [];
  const paper = findWord(v, v.sentTok[s]!, share, PAPER);
  if (paper < 0) return [];
  const buyers = objectAfter(v, s, k, words('to'), { maxGap: 1 }).filter((m) => !m.possessive);
  const jv = recentVenture(c, share);
  if (!buyers.length || !jv) return [];
  // NOTE: the paper's amount goes to its only named buyer; paper that "went to" a buyer was sold.
  const a = buyers.length === 1 && t[paper - 1]?.lower === 'of' ? v.amountAt[paper - 2] : undefined;
  const amount = a && a.tokEnd === paper - 1 && !c.taken.has(a) ? a : null;
  return pairs(buyers, [jv], { type: 'loan', sentence: s, trigger: k, amount, strength: 0.55, status: 'completed' });
};
