/** The client a supplier works for: "for Microsoft", "for the software giant's AI workloads". */
import type { Mention } from './doc-view.js';
import { listFrom, mentionStartingNear } from './frame-args.js';
import { words } from './frame-words.js';
import { usable, type FrameContext } from './frame.js';

const CLAUSE_END = words('; : which that while but whose who');
/** What a company's "for X's …" names when it is the client's own demand. */
const DEMAND = words('workloads workload use needs demand operations services models products customers users training inference platform platforms devices');
const FILLER = words('ai own growing future internal expanding server data-centre data-center');

/**
 * The company a supplier works for, after the first "for" in [from, to): a company named right after
 * it ("for Microsoft"), or one whose demand is named ("for the software giant's AI workloads").
 * A commas-delimited aside may stand between ("GPUs, including GB300 systems, for Microsoft").
 */
export function clientAfter(c: FrameContext, from: number, to: number): Mention[] {
  const { v, s } = c;
  const t = v.tokens;
  const end = Math.min(to, v.sentTok[s + 1]!);
  for (let j = from; j < end; j++) {
    const w = t[j]!.lower;
    if (CLAUSE_END.has(w)) return [];
    if (w !== 'for') continue;
    const m = mentionStartingNear(v, j + 1, 1);
    if (!usable(m) || m.kind === 'pronoun') return [];
    if (!m.possessive) return listFrom(v, m);
    let n = m.tokEnd + 2;
    // NOTE: the words after the possessive may pass `to`, which bounds where "for" may stand, not the demand noun.
    const last = Math.min(n + 4, v.sentTok[s + 1]!);
    while (n < last && FILLER.has(t[n]!.lower)) n++;
    return DEMAND.has(t[n]?.lower ?? '') ? [{ ...m, possessive: false }] : [];
  }
  return [];
}
