/** Trigger handlers for rounds: "a round led by X", "X took part (in the round)", "was joined by A and B". */
import type { Mention } from './doc-view.js';
import { coInvestors } from './frames-funding-peers.js';
import { roundOwnerInContext } from './frames-funding-round.js';
import { equityType } from './frames-funding.js';
import { agentBefore, agentsFrom, objectAfter, possessorBefore } from './frame-args.js';
import { amountIn } from './frame-values.js';
import { findWord, hasWord, words } from './frame-words.js';
import { pairs, sameParty, usable, type Frame, type FrameContext, type FrameHandler } from './frame.js';
import { roundAfterAmount } from './round-after-amount.js';

const BY = words('by');
const FUNDING = words('round funding financing investment fundraising raise series tranche capital fundraise portion');
const FOR_IN_OF = words('for in of');
/** "About $7.5 billion of the total is equity, led by X": what a lead leads. */
const LED_FUNDING = words('round funding financing investment fundraising raise series tranche capital fundraise portion equity');

/** The company a round belongs to: "OpenAI's round", "a round for OpenAI", or the clause subject. */
function roundOwner(c: FrameContext, fundingWord: number, k: number): Mention | null {
  const { v, s } = c;
  const poss = possessorBefore(v, fundingWord, 3);
  if (poss) return poss;
  const of = objectAfter(v, s, fundingWord, FOR_IN_OF, { maxGap: 2 })[0];
  if (of) return of;
  return agentBefore(v, s, Math.min(fundingWord, k));
}

/** "a round led by X", "X led the round", "the X-led round". The round's size is not the leader's share. */
export const led: FrameHandler = (c, k) => {
  const { v, s } = c;
  const t = v.tokens;
  const first = v.sentTok[s]!;
  if (t[k + 1]?.lower === 'by') {
    const fw = lastWord(c, Math.max(first, k - 12), k, LED_FUNDING);
    if (fw < 0) return [];
    const froms = objectAfter(v, s, k, BY, { maxGap: 1, fallback: true });
    const to = roundOwner(c, fw, k);
    return pairs(froms, to ? [to] : [], { type: equityType(c, to), sentence: s, trigger: k, amount: null, amountless: true, strength: 0.8 });
  }
  if (t[k - 1]?.text === '-' && v.mentionAt[k - 2]) {
    const leader = v.mentionAt[k - 2]!;
    const fw = findWord(v, k + 1, k + 4, FUNDING);
    if (fw < 0 || !usable(leader)) return [];
    const to = roundOwner(c, fw, k);
    return pairs([leader], to ? [to] : [], { type: equityType(c, to), sentence: s, trigger: k, amount: null, amountless: true, strength: 0.75 });
  }
  // NOTE: "Thrive led with $1.2 billion": the leader's own cheque, in the round in context.
  const own = ownCheque(c, k + 1);
  if (own) {
    const agent = agentBefore(v, s, k);
    const to = roundOwnerInContext(c);
    return agent ? pairs([agent], to ? [to] : [], { type: equityType(c, to), sentence: s, trigger: k, amount: own, strength: 0.8 }) : [];
  }
  const fw = findWord(v, k + 1, k + 6, FUNDING);
  if (fw < 0) return [];
  const agent = agentBefore(v, s, k);
  if (!agent) return [];
  // NOTE: "SoftBank leads $40bn OpenAI raise": a company name right before the round noun owns the round.
  const named = v.mentionAt[fw - 1];
  const before = usable(named) && named.tokEnd === fw && !named.possessive && !sameParty(named, agent) ? named : null;
  const to = objectAfter(v, s, fw, FOR_IN_OF, { maxGap: 3 })[0] ?? possessorBefore(v, fw, 4) ?? before;
  // NOTE: "X led the round with $300 million": the cheque after the round is the leader's.
  const cheque = agentsFrom(v, agent).length === 1 ? ownCheque(c, to ? to.tokEnd : fw + 1) : null;
  return pairs(agentsFrom(v, agent), to ? [to] : [], { type: equityType(c, to ?? null), sentence: s, trigger: k, amount: cheque, ...(cheque ? {} : { amountless: true }), strength: 0.75 });
};

/** "with $1.2 billion", "with between $1.2 billion and $1.3 billion" at token j: a participant's own amount. */
function ownCheque(c: FrameContext, j: number): ReturnType<typeof amountIn> {
  const t = c.v.tokens;
  if (t[j]?.lower !== 'with') return null;
  const a = c.v.amountAt[j + 1] ?? (/^(between|about|around|roughly|some|nearly|almost|up|more|over|at)$/.test(t[j + 1]?.lower ?? '') ? c.v.amountAt[j + 2] : undefined);
  return a && !c.taken.has(a) && a.tok <= j + 3 ? a : null;
}

function lastWord(c: FrameContext, from: number, to: number, set: ReadonlySet<string>): number {
  for (let j = to - 1; j >= from; j--) if (set.has(c.v.tokens[j]!.lower)) return j;
  return -1;
}

/** "X took part (in the round)", "X and Y remain in discussions to join", "participate in Y's round". */
export const participate: FrameHandler = (c, k) => {
  const { v, s } = c;
  const t = v.tokens;
  const w = t[k]!.lower;
  if (w === 'part' && !/^(took|take|taking|takes|taken)$/.test(t[k - 1]?.lower ?? '')) return [];
  if (w === 'joined' && t[k + 1]?.lower === 'by') return joinedBy(c, k);
  const near = findWord(v, k + 1, k + 8, FUNDING);
  // NOTE: "took part in xAI's $6 billion Series C": the round the amount sizes may sit past the window.
  const fw = near >= 0 ? near : roundAfterAmount(v, s, k + 1, k + 6, FUNDING);
  const end = v.sentTok[s + 1]!;
  const elliptical = fw < 0 && (k + 3 >= end || /^[.;,]$/.test(t[k + 1]?.text ?? '.'));
  if (fw < 0 && !elliptical) return [];
  const agent = agentBefore(v, s, w === 'part' ? k - 1 : k);
  if (!agent) return [];
  // NOTE: "took part in the round": the round of the company raising in the sentences before.
  const definite = fw >= 0 && t[fw - 1]?.lower === 'the';
  const to = fw >= 0 ? objectAfter(v, s, fw, FOR_IN_OF, { maxGap: 3 })[0] ?? possessorBefore(v, fw, 4) ?? (definite ? roundOwnerInContext(c) : null) : null;
  const amount = amountIn(v, k + 1, k + 10, c.taken);
  // NOTE: "X took part, alongside existing investors including A and B" / "as did C": the peers take part too.
  const peers = coInvestors(c, k).filter((m) => !sameParty(m, to ?? null));
  return [
    ...pairs(agentsFrom(v, agent), to ? [to] : [], { type: equityType(c, to ?? null), sentence: s, trigger: k, amount, strength: 0.7 }),
    ...pairs(peers, to ? [to] : [], { type: equityType(c, to ?? null), sentence: s, trigger: k, amount: null, amountless: true, strength: 0.6 }),
  ];
};

const MONEY_CONTEXT = words('round funding financing investment fundraising raise series tranche invested investing invest');

/**
 * "Microsoft, which chipped in about $750 million, was joined by Nvidia, SoftBank and MGX": in a
 * sentence about a round or an investment, those joining invest in the same company (from the
 * context when the sentence does not name it).
 */
function joinedBy(c: FrameContext, k: number): Frame[] {
  const { v, s } = c;
  if (!hasWord(v, v.sentTok[s]!, v.sentTok[s + 1]!, MONEY_CONTEXT) && !v.amounts.some((a) => a.sentence === s && a.tok < k)) return [];
  const froms = objectAfter(v, s, k, BY, { maxGap: 1, fallback: true });
  const fw = findWord(v, k + 1, v.sentTok[s + 1]!, FUNDING);
  const to = fw >= 0 ? objectAfter(v, s, fw, FOR_IN_OF, { maxGap: 3 })[0] ?? possessorBefore(v, fw, 4) : null;
  return pairs(froms, to ? [to] : [], { type: equityType(c, to ?? null), sentence: s, trigger: k, amount: null, amountless: true, strength: 0.6 });
}
