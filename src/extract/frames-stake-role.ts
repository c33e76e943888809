/** Shareholders named by their role ("X, Y's main supplier and a shareholder", "one of its shareholders"): a holding, not a new investment. */
import { roleNoun } from './frames-purchase-roles.js';
import { findWord, words } from './frame-words.js';
import type { FrameContext, FrameHandler } from './frame.js';

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
  if (!frames.length || investedHere(c, k)) return frames;
  return frames.map((f) => (f.type === 'equity_investment' ? { ...f, type: 'stake' as const } : f));
};
