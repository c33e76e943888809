/** Co-investors named after a participation: "took part, alongside investors including A and B", "as did C". */
import type { Mention } from './doc-view.js';
import { listFrom, mentionStartingNear, unknownAt } from './frame-args.js';
import { usable, type FrameContext } from './frame.js';

/** Nouns for the money raised that "in the same ... as X" may share. */
const SHARED_ROUND = new Set(['round', 'financing', 'raise', 'tranche', 'fundraising']);
/** Words between a cue and the names it introduces ("existing investors including"). */
const FILLER = new Set(['existing', 'other', 'new', 'investors', 'backers', 'shareholders', 'including', 'such', 'as', 'like', 'among', 'them', 'firms', 'funds', 'its', 'their', 'earlier', 'previous', 'prior', 'financial', 'strategic', 'institutional', 'venture', 'private', 'equity', 'sovereign', 'wealth', 'big', 'large', 'major', 'several', 'a', 'group', 'of', 'the', 'returning', 'early', 'tech', 'technology', 'investment', 'capital', 'asset', 'managers', 'companies', 'groups']);

/**
 * The companies a participation sentence names as joining in after the trigger at k: "alongside
 * (existing investors including) A and B", "along with A", "together with A", "as did A".
 * @example coInvestors(c, k).map((m) => m.entityId) // ['andreessen-horowitz', 'general-catalyst']
 */
export function coInvestors(c: FrameContext, k: number): Mention[] {
  const { v, s } = c;
  const t = v.tokens;
  const end = v.sentTok[s + 1]!;
  for (let j = k + 1; j < end; j++) {
    const w = t[j]!.lower;
    if (w === ';' || w === 'while' || w === 'but') return [];
    let from = -1;
    if (w === 'alongside') from = j + 1;
    else if ((w === 'along' || w === 'together') && t[j + 1]?.lower === 'with') from = j + 2;
    else if (w === 'as' && t[j + 1]?.lower === 'did') from = j + 2;
    // NOTE: "in the same round as Nvidia", "in the same financing as A and B": co-investors named by the round they share.
    else if (w === 'as' && t[j - 2]?.lower === 'same' && SHARED_ROUND.has(t[j - 1]!.lower)) from = j + 1;
    if (from < 0) continue;
    let p = from;
    while (p < end && p < from + 7 && FILLER.has(t[p]!.text)) p++;
    // NOTE: "alongside Bpifrance": a capitalised name the gazetteer does not know is a co-investor too.
    const m = mentionStartingNear(v, p, 1) ?? unknownAt(v, s, p);
    if (!usable(m) || m.possessive) return [];
    return listFrom(v, m);
  }
  return [];
}
