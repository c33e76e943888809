/** Investees a sentence leaves implicit: "Microsoft and Nvidia in turn said they would invest $5bn and $10bn respectively". */
import type { Amount } from '../core/amount.js';
import type { Mention, ValueSpan } from './doc-view.js';
import { hasWord, words } from './frame-words.js';
import { sameParty, usable, type FrameContext } from './frame.js';

/**
 * The company the investors of a sentence with no object put money into: the subject of the
 * previous sentence, when that sentence names one of the investors as its counterparty ("X
 * committed to buy capacity on Microsoft's Azure. Microsoft in turn said it would invest …").
 * @example impliedInvestee(c, [microsoft, nvidia])?.entityId // 'anthropic'
 */
export function impliedInvestee(c: FrameContext, agents: readonly Mention[]): Mention | null {
  const { v, s } = c;
  if (!agents.length) return null;
  const held = heldCompany(c, agents);
  if (held || s === 0) return held;
  const prev = v.sentMentions[s - 1] ?? [];
  const subject = prev.find((m) => m.role === 'subject' && !m.possessive && usable(m) && !agents.some((a) => sameParty(a, m)));
  if (!subject) return null;
  const named = prev.some((m) => m.tok > subject.tok && agents.some((a) => sameParty(a, m)));
  return named ? subject : null;
}

const HOLDING = words('stake stakes holding holdings investment investments shareholding');

/**
 * "Amazon's stake in Anthropic was valued at $39 billion, against the $6.6 billion it has invested":
 * the company the sentence says one of the investors holds a stake in.
 */
function heldCompany(c: FrameContext, agents: readonly Mention[]): Mention | null {
  const { v, s } = c;
  const t = v.tokens;
  for (const m of v.sentMentions[s] ?? []) {
    if (!m.possessive || !agents.some((a) => sameParty(a, m))) continue;
    let j = m.tokEnd;
    while (j < m.tokEnd + 3 && !HOLDING.has(t[j]?.lower ?? '')) j++;
    if (!HOLDING.has(t[j]?.lower ?? '') || t[j + 1]?.lower !== 'in') continue;
    const held = v.mentionAt[j + 2];
    if (usable(held) && !held.possessive && !agents.some((a) => sameParty(a, held))) return held;
  }
  return null;
}

/** Amounts listed for list members, in order, when the sentence says "respectively" (null otherwise). */
export function respectiveAmounts(c: FrameContext, n: number, from: number): ValueSpan<Amount>[] | null {
  const { v, s } = c;
  if (n < 2 || !hasWord(v, from, v.sentTok[s + 1]!, words('respectively'))) return null;
  const found = v.amounts.filter((a) => a.sentence === s && a.tok >= from && !c.taken.has(a));
  return found.length === n ? found : null;
}
