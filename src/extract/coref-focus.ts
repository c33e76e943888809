/** The previous sentence's focus: the one company a definite description or object pronoun picks up ("Consider Lambda. … from the company"). */
import type { DocView, Mention } from './doc-view.js';

/**
 * The single company the sentence before m names as a full party (not a modifier, not the clause
 * subject), when no other party stands between it and m in m's own sentence; else null.
 * @example "G42 has become a central player. Microsoft invested $1.5bn in the group" → the G42 mention
 */
export function previousFocus(v: DocView, history: readonly Mention[], m: Mention, subject: Mention | undefined): Mention | null {
  if (m.sentence === 0) return null;
  // NOTE: a headline is not a focus: the body restates it.
  if (v.sentences[m.sentence - 1]!.heading) return null;
  let focus: Mention | null = null;
  for (let i = history.length - 1; i >= 0; i--) {
    const h = history[i]!;
    if (h.sentence < m.sentence - 1) break;
    if (!h.entityId || h.outlet || h.kind === 'product') continue;
    if (subject && h.entityId === subject.entityId) continue;
    if (h.sentence === m.sentence) {
      // NOTE: "OpenAI's contracts with it": a possessive opening the subject does not block the sentence before.
      if (h.role === 'subject' && h.possessive) continue;
      // NOTE: another party earlier in m's own sentence is a nearer reading: leave the choice to salience.
      if (h.role !== 'modifier') return null;
      continue;
    }
    if (h.role === 'modifier') continue;
    if (focus && focus.entityId !== h.entityId) return null;
    focus = h;
  }
  return focus;
}
