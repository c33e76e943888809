/** Money reported for a period already over: "$8.65 billion in the first nine months of 2025", "$3.8 billion in 2024". */
import type { Amount } from '../core/amount.js';
import type { DocView, ValueSpan } from './doc-view.js';

/** A closed period right after an amount; group 1 the part of a year, group 2 the year. */
const PERIOD_AFTER = /^\s*(?:on [^.,;]{1,40}? )?(?:in|during) (the (?:first|last|past) (?:\w+ ){0,2}(?:months?|quarters?|weeks?|half) of |the (?:\w+ )?(?:quarter|half) of )?((?:19|20)\d\d)\b/;
const LAST_YEAR = /^\s*(?:on [^.,;]{1,40}? )?last year\b/;
/** Words before the amount that make it a plan or a forecast, not money already spent. */
const NOT_YET = /\b(?:will|would|could|may|might|expects?|expected|plans?|forecasts?|projects?|projected|estimates?|to spend|to pay)\b/;

/** True when the amount (or a part of it stated before it in its sentence) was paid in a period already over. */
export function paidInPast(v: DocView, span: ValueSpan<Amount>): boolean {
  const sentence = v.sentences[span.sentence]!;
  if (NOT_YET.test(v.text.slice(sentence.start, span.start))) return false;
  const year = v.publishedAt ? Number(v.publishedAt.slice(0, 4)) : NaN;
  for (let j = v.sentTok[span.sentence]!; j <= span.tok; j++) {
    const a = v.amountAt[j];
    if (!a || a.tok !== j) continue;
    const after = v.text.slice(a.end, Math.min(sentence.end, a.end + 80));
    if (LAST_YEAR.test(after)) return true;
    const m = PERIOD_AFTER.exec(after);
    if (!m || Number.isNaN(year)) continue;
    const y = Number(m[2]);
    if (y < year || (y === year && m[1])) return true;
  }
  return false;
}
