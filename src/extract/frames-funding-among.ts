/** Investors named by their role with the company left to context: "with A and B among the investors", "Backers include A", "X is also an investor". */
import { mentionsIn, type Mention } from './doc-view.js';
import { coInvestors } from './frames-funding-peers.js';
import { agentBefore, agentsFrom, listFrom, mentionStartingNear, objectAfter, possessorBefore } from './frame-args.js';
import { findWord, words } from './frame-words.js';
import { isVenture, pairs, sameParty, usable, type Frame, type FrameContext, type FrameHandler } from './frame.js';

/** Words between "among" or a sentence start and the role noun ("among its early backers", "Other investors"). */
const ROLE_FILLER = words('the its their his her existing new early earlier other previous prior current returning strategic financial key major big biggest largest main notable initial equity founding original lead anchor outside minority');
const INCLUDE = words('include includes included including are were');
const COPULA = words('is are was were remains remain became becomes has have been');
const IN_OF = words('in of');
const ADVERBS = words('also already now still long');
const FUTURE = words('will would could may might expected set');

/**
 * "…, with Nvidia and Salesforce among the investors", "Nvidia and AMD were among the backers",
 * "Backers include A, B and C, along with D", "Nvidia, its largest customer, is also an investor":
 * the named companies invest in the company the phrase names ("in X", "its"), or, when it names
 * none, in the company raising money in context (a partial frame the merge completes).
 * @example investorRole(c, k).map((f) => f.from?.entityId) // ['nvidia', 'salesforce']
 */
export const investorRole: FrameHandler = (c, k) => {
  const { v, s } = c;
  const t = v.tokens;
  const first = v.sentTok[s]!;
  let j = k - 1;
  while (j >= first && ROLE_FILLER.has(t[j]!.lower)) j--;
  const owner = ownerOf(c, k);
  const future = findWord(v, first, k, FUTURE) >= 0;
  const base = { type: 'equity_investment' as const, sentence: s, trigger: k, amount: null, strength: 0.55, ...(future ? {} : { status: 'completed' as const }) };
  const frames = (members: readonly Mention[]): Frame[] => pairs(members.filter((m) => !sameParty(m, owner)), owner ? [owner] : [], base);
  // "A and B (were) among the investors", "with A and B among the backers"
  if (t[j]?.lower === 'among') {
    let h = j - 1;
    while (h >= first && COPULA.has(t[h]!.lower)) h--;
    if (t[h]?.lower === 'also') h--;
    const m = v.mentionAt[h];
    if (!usable(m) || m.possessive || m.tokEnd !== h + 1) return [];
    // NOTE: "with Nvidia and AMD among the strategic investors alongside A and B": the co-investors too.
    return frames([...agentsFrom(v, m), ...coInvestors(c, k)]);
  }
  // "Backers include A, B and C", "Other investors are A and B" at the start of a sentence.
  if (j < first && INCLUDE.has(t[k + 1]?.lower ?? '')) {
    const head = mentionStartingNear(v, k + 2, 1);
    if (!usable(head) || head.possessive) return [];
    const list = listFrom(v, head);
    return frames([...list, ...coInvestors(c, list.at(-1)!.tokEnd - 1)]);
  }
  // "X is also an investor.", "X, Lambda's largest customer, is already a backer, too."
  let h = j - 1;
  while (h > first && ADVERBS.has(t[h]!.lower)) h--;
  if (/^(a|an)$/.test(t[j]?.lower ?? '') && COPULA.has(t[h]?.lower ?? '') && /^[.,;]$|^too$/.test(t[k + 1]?.text ?? '.')) {
    const holder = agentBefore(v, s, h);
    return holder && !owner ? frames([holder]) : [];
  }
  // "A, B and C, the Abu Dhabi investor, are the initial equity funders." (of the venture or company in context)
  let g = j;
  while (g > first && ADVERBS.has(t[g]!.lower)) g--;
  if (t[j + 1]?.lower === 'the' && COPULA.has(t[g]?.lower ?? '') && /^[.;]$/.test(t[k + 1]?.text ?? '.') && !owner) {
    const holder = agentBefore(v, s, g);
    if (!holder) return [];
    const venture = ventureBefore(c);
    // NOTE: the founders of a venture in context are partners in a deal whose stage the text around it gives.
    return venture ? pairs(agentsFrom(v, holder), [], { type: 'joint_venture', sentence: s, trigger: k, amount: null, strength: 0.55 }) : frames(agentsFrom(v, holder));
  }
  return [];
};

/** How many sentences back an elliptical "the funders" looks for a venture. */
const VENTURE_WINDOW = 3;

/** True when a joint venture is named in this sentence or the few before it (the partial frame then joins it). */
export function ventureBefore(c: FrameContext): boolean {
  for (let i = c.s; i >= Math.max(0, c.s - VENTURE_WINDOW); i--) if (mentionsIn(c.v, i).some((m) => isVenture(c.v, m))) return true;
  return false;
}

/** The company a role noun names: "investors in X", "backers of X", "its backers" (a pronoun only; named possessors are `roleNoun`'s). */
function ownerOf(c: FrameContext, k: number): Mention | null {
  const { v, s } = c;
  const of = objectAfter(v, s, k, IN_OF, { maxGap: 2 })[0];
  if (of) return of;
  const poss = possessorBefore(v, k, 3);
  return poss && usable(poss) ? poss : null;
}
