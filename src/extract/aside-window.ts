/** Word windows that do not count a bracketed aside ("$10 billion (over AED 36.7 billion) for ..."). */
import type { DocView } from './doc-view.js';

/**
 * The token index `budget` tokens after `from`, tokens inside parentheses not counted, at most `limit`:
 * "pay Y more than $10 billion (over AED 36.7 billion) for capacity" keeps "for" as close as without the conversion.
 */
export function endPastAsides(v: DocView, from: number, budget: number, limit: number): number {
  let depth = 0;
  let left = budget;
  let j = from;
  for (; j < limit && left > 0; j++) {
    const w = v.tokens[j]!.text;
    if (w === '(') depth++;
    else if (w === ')') depth = Math.max(0, depth - 1);
    else if (depth === 0) left--;
  }
  return j;
}
