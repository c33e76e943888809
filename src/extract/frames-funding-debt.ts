/** Money verbs' debt forms and shared objects: "provide another $750 million through convertible debt", "invested $3bn in Y and agreed to provide $750m more". */
import type { Mention } from './doc-view.js';
import { prepObject } from './frame-args.js';
import { findWord, words } from './frame-words.js';
import { usable, type FrameContext } from './frame.js';

const DEBT_NOUNS = words('debt loan loans notes note bonds bond credit debentures');
const DEBT_PREPS = words('through via in as');
const CONVERTED = words('converted converts convert');
const INVEST_VERBS = words('invested invests invest investing put puts putting poured pours committed commits contributed pumped ploughed plowed injected');
const OBJECT_PREPS = words('in into to');

/**
 * The debt noun when the money after token `from` takes a debt form ("through convertible debt",
 * "in convertible notes", "as a loan"), so the money is lent; else -1. A note that "converted into
 * shares" became equity.
 */
export function debtForm(c: FrameContext, from: number): number {
  const { v, s } = c;
  const t = v.tokens;
  const end = v.sentTok[s + 1]!;
  if (!DEBT_PREPS.has(t[from]?.lower ?? '')) return -1;
  const noun = findWord(v, from + 1, Math.min(end, from + 5), DEBT_NOUNS);
  if (noun < 0 || findWord(v, from + 1, noun, words(', ;')) >= 0) return -1;
  return findWord(v, v.sentTok[s]!, end, CONVERTED) < 0 ? noun : -1;
}

/**
 * "X has invested $3 billion in Y and has agreed to provide another $750 million": a second money
 * verb with no object of its own, coordinated after the first, shares the first one's company.
 */
export function sharedObject(c: FrameContext, agent: Mention, k: number): Mention | null {
  const { v, s } = c;
  const t = v.tokens;
  for (let j = agent.tokEnd; j < k; j++) {
    if (!INVEST_VERBS.has(t[j]!.lower)) continue;
    const obj = prepObject(v, s, j, OBJECT_PREPS, { maxGap: 8 });
    const m = obj?.mentions[0];
    if (!usable(m) || obj!.mentions.length !== 1 || m.tokEnd >= k) continue;
    // NOTE: only "and" (with its auxiliaries) between the first object and the second verb.
    for (let x = m.tokEnd; x < k; x++) if (!/^(and|has|have|had|also|agreed|to|will|would|is|was|then)$/.test(t[x]!.lower)) return null;
    return t[m.tokEnd]?.lower === 'and' ? m : null;
  }
  return null;
}
