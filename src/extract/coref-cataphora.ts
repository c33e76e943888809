/** Cataphora: "it" in a clause that opens the sentence means the company named right after the clause ("When it filed, Lambda said"). */
import type { DocView, Mention } from './doc-view.js';

/** Words an opening adverbial or subordinate clause starts with. */
const OPENERS = new Set([
  'after', 'before', 'when', 'while', 'since', 'although', 'though', 'because', 'once', 'as', 'if', 'until', 'in', 'on', 'by',
  'with', 'within', 'days', 'weeks', 'months', 'hours', 'shortly', 'just', 'only', 'even', 'despite',
]);
/** How far after the pronoun the clause's closing comma may be. */
const REACH = 25;

/**
 * The company a pronoun in a sentence-opening clause points forward to: the name right after the
 * clause's comma ("In 2023, the same year it invested in Lambda, Nvidia agreed ..." → Nvidia), when no
 * company is named before the pronoun in its sentence; else null.
 */
export function cataphoraTarget(v: DocView, m: Mention): Mention | null {
  const t = v.tokens;
  const start = v.sentTok[m.sentence]!;
  const end = v.sentTok[m.sentence + 1]!;
  if (m.kind !== 'pronoun' || m.tok === start || !OPENERS.has(t[start]!.lower)) return null;
  for (const h of v.sentMentions[m.sentence] ?? []) if (h.tok < m.tok && !h.outlet && h.kind !== 'pronoun') return null;
  let target: Mention | null = null;
  for (let j = m.tokEnd; j < Math.min(end, m.tokEnd + REACH); j++) {
    const w = t[j]!.text;
    if (w === ';' || w === '.' || w === ':') break;
    // NOTE: a name before the comma belongs to the opening clause ("it invested in Lambda"): keep looking past it.
    if (w !== ',') continue;
    const at = /^(the|a|an)$/.test(t[j + 1]?.lower ?? '') ? j + 2 : j + 1;
    const n = v.mentionAt[at];
    if (n && n.tok === at && n.entityId && !n.outlet && !n.possessive && n.kind !== 'pronoun' && n.kind !== 'product') target = n;
    if (n || target) break;
  }
  return target;
}
