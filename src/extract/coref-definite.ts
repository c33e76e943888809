/** Whether a descriptor is definite: "the London-based AI infrastructure company" refers back, "an AI company" does not. */
import type { DocView, Mention } from './doc-view.js';
import { placeAfterThe } from './mention-roles.js';

/** True when a determiner opens the descriptor's phrase, past a few modifiers: "the London-based AI infrastructure company". */
export function definite(v: DocView, m: Mention): boolean {
  const t = v.tokens;
  // NOTE: a noun phrase already extended to its determiner starts there ("the Santa Clara chip designer").
  const from = m.npTok < m.tok && /^(the|that|this)$/.test(t[m.npTok]!.lower) ? m.npTok : Math.min(m.npTok, m.tok) - 1;
  for (let j = from; j >= Math.max(0, m.tok - 5); j--) {
    const w = t[j]!;
    if (/^(the|that|this)$/.test(w.lower)) return true;
    // NOTE: "the Santa Clara chip designer", "the Seattle company": one or two place words right after "the".
    if (placeAfterThe(v, j)) continue;
    if (!/^[\p{L}-]+$/u.test(w.text) || !(w.text.includes('-') || /^[a-z]/.test(w.text) || t[j + 1]?.text === '-')) return false;
  }
  return false;
}
