/** Stakes taken for an amount with the company left to the sentence: "Disney takes $1bn equity stake", "Besides taking a $1 billion stake, X will ...". */
import type { Mention } from './doc-view.js';
import { mentionsIn } from './doc-view.js';
import { agentBefore } from './frame-args.js';
import { amountIn } from './frame-values.js';
import { words } from './frame-words.js';
import { isVenture, pairs, sameParty, usable, type FrameContext, type FrameHandler } from './frame.js';

const TAKE = words('take takes took taking taken');
const OPENERS = words('besides after by while since on in with beyond alongside');

/** "Besides taking a stake, Disney will ...": the subject of the main clause after a fronted participle. */
function frontedSubject(c: FrameContext, verb: number): Mention | null {
  const { v, s } = c;
  const first = v.sentTok[s]!;
  if (verb !== first && !(verb === first + 1 && OPENERS.has(v.tokens[first]!.lower))) return null;
  for (let j = verb + 1; j < v.sentTok[s + 1]!; j++) {
    if (v.tokens[j]!.text !== ',') continue;
    const m = v.mentionAt[j + 1];
    return usable(m) && !m.possessive && m.kind !== 'pronoun' && m.tok === j + 1 ? m : null;
  }
  return null;
}

/** The one company the sentence names besides the investor (products and ventures aside), or null. */
function otherParty(c: FrameContext, investor: Mention): Mention | null {
  let found: Mention | null = null;
  for (const m of mentionsIn(c.v, c.s)) {
    if (!usable(m) || m.kind === 'pronoun' || m.kind === 'nominal' || isVenture(c.v, m) || sameParty(m, investor)) continue;
    if (found && !sameParty(found, m)) return null;
    found = m;
  }
  return found;
}

/**
 * "Disney takes $1bn equity stake, gets warrants" (headline after "OpenAI licenses ..."), "Besides
 * taking a $1 billion stake, Disney will become a major OpenAI customer": a stake taken for an
 * amount, in the only other company the sentence names.
 */
export const stakeTaken: FrameHandler = (c, k) => {
  const { v, s } = c;
  const t = v.tokens;
  if (/^(in|of)$/.test(t[k + 1]?.lower ?? '')) return [];
  let verb = k - 1;
  while (verb > Math.max(v.sentTok[s]!, k - 7) && !TAKE.has(t[verb]!.lower)) verb--;
  if (!TAKE.has(t[verb]?.lower ?? '')) return [];
  const amount = amountIn(v, verb + 1, k, c.taken);
  if (!amount) return [];
  const investor = agentBefore(v, s, verb) ?? frontedSubject(c, verb);
  if (!investor) return [];
  const to = otherParty(c, investor);
  return to ? pairs([investor], [to], { type: 'equity_investment', sentence: s, trigger: k, amount, strength: 0.7 }) : [];
};
