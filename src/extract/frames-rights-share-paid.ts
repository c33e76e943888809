/** Revenue shares told as a payment of part of what one company earns: "X pays Y a cut of what it earns", "X passes a share of its revenue back to Y". */
import type { Mention } from './doc-view.js';
import { directObject, objectAfter, subjectOf } from './frame-args.js';
import { quantityIn } from './frame-values.js';
import { findWord, words } from './frame-words.js';
import { pairs, sameParty, type FrameHandler } from './frame.js';

/** Nouns for the part of the revenue handed over. */
const PART = words('share cut portion slice fraction fifth quarter third half percentage');
/** Nouns for what the part is taken from. */
const EARNINGS = words('profits profit revenue revenues sales earnings income proceeds');
/** Verbs for earning in "a cut of what it earns". */
const EARN = words('earns earned earn makes made brings generates generated collects');
const TO = words('to');

/**
 * "Microsoft pays OpenAI a cut of what it earns from Bing", "Microsoft passes a share of its Bing
 * revenue back to the start-up", "X hands about a fifth of its revenue to Y": the subject pays the
 * receiver a revenue share. The receiver is the indirect object right after the verb or the
 * object of "(back) to" after the revenue; the part must be "of" revenue or of what is earned.
 */
export const sharePaid: FrameHandler = (c, k) => {
  const { v, s } = c;
  const t = v.tokens;
  const end = Math.min(v.sentTok[s + 1]!, k + 14);
  const part = findWord(v, k + 1, Math.min(end, k + 7), PART);
  const pct = part < 0 ? quantityIn(v, k + 1, Math.min(end, k + 7), ['percent']) : null;
  const of = part >= 0 ? part + 1 : pct ? pct.tokEnd : -1;
  if (of < 0 || t[of]?.lower !== 'of') return [];
  // "of its Bing and Azure revenue", "of the revenue it earns", "of what it earns".
  const earnings = findWord(v, of + 1, Math.min(end, of + 8), EARNINGS);
  const earned = t[of + 1]?.lower === 'what' && EARN.has(t[of + 3]?.lower ?? '') ? of + 3 : -1;
  const tail = earnings >= 0 ? earnings : earned;
  if (tail < 0) return [];
  const payer = subjectOf(v, s, k);
  if (!payer) return [];
  let payees: Mention[] = directObject(v, s, k, 2).filter((m) => m.tokEnd <= (part >= 0 ? part : of));
  if (!payees.length) {
    const to = findWord(v, tail + 1, Math.min(v.sentTok[s + 1]!, tail + 8), TO);
    if (to >= 0) payees = objectAfter(v, s, to - 1, TO, { maxGap: 1 });
  }
  const payee = payees.find((m) => !sameParty(m, payer));
  if (!payee) return [];
  // NOTE: "pays", "passes", "handed": a share paid now or before reports an arrangement in force.
  const present = /(s|ed|id|ave|anded)$/.test(t[k]!.lower);
  return pairs([payer], [payee], { type: 'revenue_share', sentence: s, trigger: k, amount: null, strength: 0.65, ...(present ? { status: 'signed' as const } : {}) });
};
