/** Whether a descriptor is definite: "the London-based AI infrastructure company" refers back, "an AI company" does not. */
import type { DocView, Mention } from './doc-view.js';

/** True when a determiner opens the descriptor's phrase, past a few modifiers: "the London-based AI infrastructure company". */
export function definite(v: DocView, m: Mention): boolean {
  const t = v.tokens;
  for (let j = Math.min(m.npTok, m.tok) - 1; j >= Math.max(0, m.tok - 5); j--) {
    const w = t[j]!;
    if (/^(the|that|this)$/.test(w.lower)) return true;
    if (!/^[\p{L}-]+$/u.test(w.text) || !(w.text.includes('-') || /^[a-z]/.test(w.text) || t[j + 1]?.text === '-')) return false;
  }
  return false;
}
