/** Sentence-initial "ago" adverbials ("Only three weeks ago", "Two years ago,", "A month ago") that leave the next name the clause's subject. */
import type { DocView } from './doc-view.js';

const HEDGES = new Set(['only', 'just', 'barely', 'nearly', 'almost', 'about', 'some', 'roughly', 'more', 'than', 'less', 'over', 'under']);
const COUNTS = new Set(['a', 'an', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'several', 'few', 'couple', 'of']);
const UNITS = new Set(['day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years', 'quarter', 'quarters', 'fortnight']);

/**
 * True when tokens [first, np) are an "ago" phrase: optional hedges, a count, a time unit, "ago",
 * and an optional comma ("Only three weeks ago OpenAI committed ...").
 * @example agoOpener(v, v.sentTok[s]!, m.npTok)
 */
export function agoOpener(v: DocView, first: number, np: number): boolean {
  const t = v.tokens;
  let j = np - 1;
  if (t[j]?.text === ',') j--;
  if (j - 2 < first || t[j]!.lower !== 'ago' || !UNITS.has(t[j - 1]!.lower)) return false;
  j -= 2;
  if (!COUNTS.has(t[j]!.lower) && !/^\d{1,3}$/.test(t[j]!.text)) return false;
  for (j--; j >= first; j--) if (!HEDGES.has(t[j]!.lower) && !COUNTS.has(t[j]!.lower)) return false;
  return true;
}
