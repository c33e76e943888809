/** Where a document's amount anchors (currencies, multipliers, units) are, read off its sentence tokens. */
import { anchorCandidates, anchorsAt } from '../core/amount-tokens.js';
import type { Token } from './sentences.js';

const NONE: readonly number[] = [];

/**
 * The anchor matches of `text` as [start, end] pairs, in order (what scanValues' own scan of the text finds), from the
 * document's tokens (every non-space character of `text` covered, in order).
 * NOTE: where an anchor may start inside a word depends on its spelling alone, so it is worked out once per Word and kept
 * there; a document then costs one field read per token and one anchored match per candidate, instead of the anchor
 * pattern tried at every character of the text.
 */
export function amountAnchors(text: string, tokens: readonly Token[]): number[] {
  const candidates: number[] = [];
  for (const t of tokens) {
    const w = t.word;
    let offsets = w.anchorOffsets;
    if (offsets === null) {
      const found = anchorCandidates(w.text);
      w.anchorOffsets = offsets = found.length ? found : NONE;
    }
    for (const k of offsets) candidates.push(t.start + k);
  }
  return anchorsAt(text, candidates);
}
