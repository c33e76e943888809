/** Sentence-initial time adverbials ("In November", "Last year,") that leave the next name the clause's subject. */
import type { DocView } from './doc-view.js';
import { agoOpener } from './opener-ago.js';

/** Words that make a sentence-initial phrase a time adverbial ("In November", "Last year,"). */
const TIME_WORDS = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'monday', 'tuesday', 'wednesday',
  'thursday', 'friday', 'saturday', 'sunday', 'year', 'month', 'week', 'quarter', 'spring', 'summer', 'autumn', 'fall',
  'winter', 'time', 'day', 'days', 'weeks', 'months', 'years', 'later', 'earlier', 'ago',
]);
const TIME_GLUE = new Set(['in', 'on', 'by', 'last', 'this', 'next', 'early', 'late', 'mid', '-', 'the', 'a', 'same', 'that', 'earlier', 'later', 'since', 'during', ',', 'of']);

/** "In November Cohere committed …", "Last year, Cohere …": a sentence-initial time phrase ends right before token np. */
export function afterTimeOpener(v: DocView, s: number, np: number): boolean {
  const t = v.tokens;
  let first = v.sentTok[s]!;
  // NOTE: "- Microsoft: in November Cohere committed …": the clause starts after a label's colon.
  for (let j = first; j < np; j++) if (t[j]!.text === ':') first = j + 1;
  if (first < np && np - first <= 7 && agoOpener(v, first, np)) return true;
  if (first >= np || np - first > 6 || !/^(in|on|by|last|this|earlier|later|since|during|early|late)$/.test(t[first]!.lower)) return false;
  let time = false;
  for (let j = first; j < np; j++) {
    const w = t[j]!.lower;
    if (TIME_WORDS.has(w) || /^\d{1,4}$/.test(w)) time = true;
    else if (!TIME_GLUE.has(w)) return false;
  }
  return time;
}
