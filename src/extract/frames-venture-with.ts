/** Partners added by an absolute clause: "A and B will each put $N into V, with C and D providing smaller amounts". */
import type { DocView } from './doc-view.js';
import { agentBefore, listFrom, mentionStartingNear } from './frame-args.js';
import { amountIn } from './frame-values.js';
import { findWord, words } from './frame-words.js';
import { isVenture, pairs, usable, type FrameHandler } from './frame.js';
import { ventureAt } from './frames-venture-ref.js';

const MONEY_NOUNS = words('amount amounts rest remainder balance money funds funding capital cash equity sums');
/** "X is raising $N, with A contributing $M": the company raising is the investee. */
const RAISE_VERBS = words('raise raises raised raising seek seeks seeking sought secure secures secured securing close closes closed closing');
const MONEY_VERBS = words('put puts putting invest invests investing pour pours pouring inject injects injecting contribute contributes contributing commit commits committing');

/**
 * "..., with Oracle and MGX providing smaller amounts", "..., with C contributing the rest": the
 * companies after "with" put money into the venture (or company) the main clause puts money into.
 */
export const withContributing: FrameHandler = (c, k) => {
  const { v, s } = c;
  const first = v.sentTok[s]!;
  const w = findWithBefore(v, first, k);
  if (w < 0) return [];
  const head = mentionStartingNear(v, w + 1, 1);
  if (!usable(head) || head.possessive) return [];
  const partners = listFrom(v, head).filter((m) => m.tokEnd <= k);
  if (!partners.length || partners.at(-1)!.tokEnd < k - 1) return [];
  // The main clause: a money verb before "with" and the venture it puts money into, or a company raising money.
  const verb = findWord(v, first, w, MONEY_VERBS);
  const raising = verb < 0 ? findWord(v, first, w, RAISE_VERBS) : -1;
  if (verb < 0 && raising < 0) return [];
  const into = verb >= 0 ? findWord(v, verb + 1, w, words('into in to')) : -1;
  const jv = raising >= 0 ? agentBefore(v, s, raising) : into >= 0 ? ventureAt(v, s, into + 1) ?? mentionStartingNear(v, into + 1, 1) : null;
  if (!usable(jv) || jv.possessive) return [];
  // NOTE: "providing smaller amounts", "contributing the rest": money, not "providing power" or "supplying chips".
  const amount = amountIn(v, k + 1, k + 4, c.taken);
  if (!amount && findWord(v, k + 1, Math.min(v.sentTok[s + 1]!, k + 4), MONEY_NOUNS) < 0) return [];
  return pairs(partners, [jv], { type: isVenture(v, jv) ? 'joint_venture' : 'equity_investment', sentence: s, trigger: k, amount, strength: 0.6 });
};

/** The "with" opening the absolute clause whose gerund is at k (a comma before it), or -1. */
function findWithBefore(v: DocView, first: number, k: number): number {
  for (let j = k - 1; j >= Math.max(first, k - 10); j--) {
    const w = v.tokens[j]!.lower;
    if (w === 'with') return v.tokens[j - 1]?.text === ',' ? j : -1;
    if (/^[;:.]$/.test(w)) return -1;
  }
  return -1;
}
