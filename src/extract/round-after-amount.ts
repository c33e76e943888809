/** A round noun right after an amount ("xAI's $6 billion Series C"), found past the amount's words. */
import type { DocView } from './doc-view.js';
import { findWord } from './frame-words.js';

/**
 * The token of a word from `nouns` within two words after an amount that starts in [from, to)
 * ("took part in xAI's $6 billion Series C" → "Series"); -1 when there is none. Only a noun that
 * the amount itself modifies counts, so "joined in 2019 ... $2 billion" finds nothing.
 * @example roundAfterAmount(v, s, k + 1, k + 8, FUNDING)
 */
export function roundAfterAmount(v: DocView, s: number, from: number, to: number, nouns: ReadonlySet<string>): number {
  const end = Math.min(v.sentTok[s + 1]!, to);
  for (let j = from; j < end; j++) {
    const a = v.amountAt[j];
    if (!a || a.tok !== j) continue;
    return findWord(v, a.tokEnd, Math.min(v.sentTok[s + 1]!, a.tokEnd + 2), nouns);
  }
  return -1;
}
