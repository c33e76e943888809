/** Status cues outside a frame's own words: a fundraising under way, terms still open in its paragraph. */
import type { DocView } from './doc-view.js';

/**
 * "X is raising about $N, including ... from Y", "X is seeking $N, with Y contributing": a round still
 * being gathered. "is raising its stake" and "is raising prices" are other things.
 */
const RAISING = /\b(?:is|are) (?:currently |now |still |also |reportedly )?(?:raising|seeking|trying to raise|looking to raise|in the process of raising)\b(?! (?:(?:its|their|his|her|the|a|an) )?(?:\w+ )?(?:stake|stakes|holding|holdings|prices?|forecasts?|guidance|bet|outlook|rates?|capacity|target)\b)/;

/**
 * "The financing is being arranged through a vehicle that will buy ...", "lenders are lining up to lend to
 * the vehicle": a financing still being put together, so the deals it pays for are still in talks.
 */
export const ARRANGING = /\b(?:is|are) (?:still |now |currently )?(?:being (?:arranged|negotiated|put together|syndicated|lined up)|lining up (?:to|a|an|the|about|some|roughly)\b)/;

/** True when the words before a funding frame's trigger (lower-cased, space-joined) tell of a round still being raised. */
export function raisingUnderWay(before: string): boolean {
  return RAISING.test(before);
}

/**
 * A paragraph that says its deal is still open: "The terms are still being finalised and could
 * change", "details have not yet been finalised", "negotiations are continuing".
 */
const OPEN_TERMS = /\b(?:terms|details|deal|talks|agreement|financing|round|structure|negotiations|discussions) (?:are|is|remain|remains) (?:still )?(?:being (?:finali[sz]ed|negotiated|worked out|discussed|hammered out|arranged)|under (?:discussion|negotiation)|not (?:yet )?(?:final|finali[sz]ed|agreed)|ongoing|continuing|fluid)\b|\b(?:has|have) (?:not|yet to) (?:yet )?been (?:finali[sz]ed|agreed|signed)\b/;
const OPEN_CACHE = new WeakMap<DocView, Map<number, boolean>>();

/** True when a sentence of paragraph p (its own line) says the deal's terms are still open. Cached per paragraph. */
export function paragraphStillOpen(v: DocView, sentence: number): boolean {
  const p = v.sentences[sentence]?.paragraph;
  if (p === undefined) return false;
  let cache = OPEN_CACHE.get(v);
  if (!cache) OPEN_CACHE.set(v, (cache = new Map()));
  let open = cache.get(p);
  if (open === undefined) {
    open = false;
    // NOTE: sentences are in text order, so the paragraph's sentences are contiguous around `sentence`.
    let s = sentence;
    while (s > 0 && v.sentences[s - 1]!.paragraph === p) s--;
    for (; s < v.sentences.length && v.sentences[s]!.paragraph === p && !open; s++) {
      const text = v.sentences[s]!.text;
      // NOTE: a cheap test before the pattern: every cue has one of these words.
      if (!/finali[sz]|negotiat|discuss|worked out|hammered|arranged|agreed|signed|ongoing|continuing|fluid/i.test(text)) continue;
      open = OPEN_TERMS.test(text.toLowerCase().replace(/’/g, "'"));
    }
    cache.set(p, open);
  }
  return open;
}
