/** Shareholders named by their role ("X, Y's main supplier and a shareholder", "one of its shareholders"): a holding, not a new investment. */
import { roleNoun } from './frames-purchase-roles.js';
import { agentBefore, possessorBefore } from './frame-args.js';
import { findWord, words } from './frame-words.js';
import { pairs, usable, type Frame, type FrameContext, type FrameHandler } from './frame.js';

/** Verbs (and auxiliaries) that make a plural role noun the subject of its own clause. */
const CLAUSE_VERBS = words('are were have had will would voted vote approved approve rejected reject sued sue backed oppose opposed');
const INVEST = words('invest invests invested investing investment investments');
/** Verbs that make someone a shareholder by a deal: "ASML becomes Mistral's biggest shareholder". */
const BECOME = words('becoming become becomes became');
/** Verbs that make the holding the result of what the sentence describes ("making it one of Y's larger shareholders"). */
const RESULT_VERBS = words('turning turned making makes made');
/** Words that say the sentence is about buying equity, so a result verb's holding is what was bought. */
const EQUITY_WORDS = words('stake holding shares stock purchase round funding placement');

/**
 * True when the sentence reports money invested, someone becoming a shareholder, or a shareholder
 * that results from buying equity ("The purchase will give X a holding, making it one of Y's
 * shareholders"); renting ("..., making it Y's biggest customer as well as one of its
 * shareholders") leaves the holding its own.
 */
function investedHere(c: FrameContext, k: number): boolean {
  const { v, s } = c;
  const first = v.sentTok[s]!;
  const from = Math.max(first, k - 12);
  if (findWord(v, first, v.sentTok[s + 1]!, INVEST) >= 0 || findWord(v, from, k, BECOME) >= 0) return true;
  return findWord(v, from, k, RESULT_VERBS) >= 0 && findWord(v, first, v.sentTok[s + 1]!, EQUITY_WORDS) >= 0;
}

/**
 * The role reading of "shareholder(s)": a shareholder holds a stake in the company ("Nvidia, its
 * supplier and a shareholder", "X counts Y among its shareholders"). A sentence that also invests
 * ("invested $N, becoming its largest shareholder", "the purchase makes X one of Y's shareholders")
 * names what the investment bought, so the role keeps the investment reading.
 */
export const shareholderRole: FrameHandler = (c, k) => {
  // NOTE: "its shareholders are unhappy", "Y's shareholders voted it down": the role noun is a clause subject, no one is named as holding.
  if (/s$/.test(c.v.tokens[k]!.lower) && CLAUSE_VERBS.has(c.v.tokens[k + 1]?.lower ?? '')) return [];
  const frames = roleNoun(c, k);
  if (!frames.length) return investedHere(c, k) ? [] : siblingRole(c, k);
  if (investedHere(c, k)) return frames;
  return frames.map((f) => (f.type === 'equity_investment' ? { ...f, type: 'stake' as const } : f));
};

/**
 * "Nvidia, CoreWeave's main supplier and a shareholder, has ...": a shareholder role coordinated
 * with a role the company names; the holder is the appositive's anchor (or the copula's subject).
 */
function siblingRole(c: FrameContext, k: number): Frame[] {
  const { v, s } = c;
  const t = v.tokens;
  if (!/^(a|an)$/.test(t[k - 1]?.lower ?? '') || !/^(and|as)$/.test(t[k - 2]?.lower ?? '')) return [];
  let r = k - 3;
  if (t[r]?.lower === 'well' && t[r - 1]?.lower === 'as') r -= 2;
  const owner = possessorBefore(v, r + 1, 4);
  if (!owner || owner.kind === 'pronoun') return [];
  let j = owner.npTok - 1;
  while (j > v.sentTok[s]! && /^(both|already|also|now|still)$/.test(t[j]!.lower)) j--;
  const holder = t[j]?.text === ',' ? v.mentionAt[j - 1] : /^(is|was|remains|remained)$/.test(t[j]?.lower ?? '') ? agentBefore(v, s, j) : null;
  if (!usable(holder) || holder.possessive) return [];
  return pairs([holder], [owner], { type: 'stake', sentence: s, trigger: k, amount: null, status: 'completed', strength: 0.55 });
}
