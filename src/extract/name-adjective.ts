/** Capitalised runs that only describe (a nationality, a place, "AI"), which no unknown-company guess may take for a name. */
import { NAME_ADJECTIVES } from './lexicon.js';
import type { Token } from './sentences.js';

/**
 * True when every token of `tokens[from..to)` is a describing word ("American", "Abu Dhabi", "AI"), so a run
 * such as "American" in "invest $500 billion in American AI infrastructure" names no company.
 * NOTE: a run with any other capitalised word ("Saudi Aramco") may still name one.
 */
export function describesOnly(tokens: readonly Token[], from: number, to: number): boolean {
  if (from >= to) return false;
  for (let k = from; k < to; k++) if (!NAME_ADJECTIVES.has(tokens[k]!.norm)) return false;
  return true;
}
