/** Status-cue classes of tokens: which gated status patterns each word could take part in, memoised on its Word. */
import type { DocView } from './doc-view.js';
import type { GateTable } from './regex-gate.js';

/**
 * The cue classes (a GateTable mask: one bit per status pattern whose required words the token holds) of
 * tokens [from, to) of `v`, or-ed together. A text made of those tokens cannot match a pattern whose bit is clear.
 * NOTE: the mask of a word is read once per spelling and kept on its Word (`statusCues`), so a frame's window costs
 * a dozen field reads instead of a dozen map lookups; `gates` must be the one table every caller passes (frame-status's).
 */
export function cueMask(gates: GateTable, v: DocView, from: number, to: number): number {
  const tokens = v.tokens;
  const end = Math.min(to, tokens.length);
  let mask = 0;
  for (let j = Math.max(0, from); j < end; j++) {
    const w = tokens[j]!.word;
    let m = w.statusCues;
    if (m < 0) w.statusCues = m = gates.tokenMask(w.lower);
    mask |= m;
  }
  return mask;
}
