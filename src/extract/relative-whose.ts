/** The owner of a role noun opened by a relative "whose": "Fluidstack, whose customers include Meta" names Fluidstack. */
import type { DocView, Mention } from './doc-view.js';
import { usable } from './frame.js';

/** Words that may stand between "whose" and its role noun ("whose existing customers", "whose two largest backers"). */
const ROLE_MODIFIERS = /^(existing|other|current|biggest|largest|main|major|big|key|early|first|two|three|best-known|best|known|outside|earliest|notable|anchor|marquee|new|newest|top|largest-ever)$/;

/**
 * The company a ", whose ROLE" clause describes: the name that ends right before the comma
 * ("Nebius, whose biggest customer is Microsoft" → Nebius). Null when the word at `k` is not
 * reached from "whose" over a few modifiers, or no company closes the phrase before the comma.
 * @example whoseAntecedent(v, s, k) // k = "customers" in "Vultr, whose customers include Cohere"
 */
export function whoseAntecedent(v: DocView, s: number, k: number): Mention | null {
  const t = v.tokens;
  let j = k - 1;
  const first = v.sentTok[s]!;
  while (j > first && k - j <= 3 && ROLE_MODIFIERS.test(t[j]!.lower)) j--;
  if (t[j]?.lower !== 'whose' || j - 2 < first || t[j - 1]?.text !== ',') return null;
  const m = v.mentionAt[j - 2];
  // NOTE: "Nvidia's partner, whose ...": only a name closing the phrase before the comma, never a possessor.
  if (!usable(m) || m.tokEnd !== j - 1 || m.possessive || m.kind === 'pronoun') return null;
  return m;
}
