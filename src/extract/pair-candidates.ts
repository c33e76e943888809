/** Pairs of company mentions in one sentence that no rule frame links: what the learned back-off may speak about. */
import { mentionsIn, type DocView, type Mention } from './doc-view.js';
import { partyKeyOf, usable, type Frame } from './frame.js';

/**
 * Two company mentions of one sentence, `first` before `second` in the text. The model reads the
 * pair once and says which way a deal runs (first → second or second → first), if any.
 */
export interface PairCandidate {
  readonly sentence: number;
  readonly first: Mention;
  readonly second: Mention;
  /** The parties as claims are grouped (subsidiaries rolled up), e.g. "nvidia", "?acme robotics". */
  readonly firstKey: string;
  readonly secondKey: string;
  /** True when a rule frame links the two parties (only listed when asked for, for training). */
  readonly linked: boolean;
}

/** Sentences with more company mentions than this are lists; only the first ones pair up. */
const MAX_MENTIONS = 8;

/** The unordered party pairs that some full frame of the rules links, as "a|b" with a < b. */
export function linkedPairs(v: DocView, frames: readonly Frame[]): Set<string> {
  const out = new Set<string>();
  for (const f of frames) {
    if (!f.from || !f.to) continue;
    out.add(pairKey(partyKeyOf(v, f.from), partyKeyOf(v, f.to)));
  }
  return out;
}

/** Two party keys as one unordered pair key, "a|b" with a < b. */
export const pairKey = (a: string, b: string): string => (a < b ? `${a}|${b}` : `${b}|${a}`);

/**
 * Every pair of distinct usable company mentions in one sentence whose parties no rule frame links
 * anywhere in the document, once per party pair and sentence (the closest two mentions). With
 * `withLinked`, linked pairs are listed too (training reads how the rules' deals are worded).
 * @example pairCandidates(v, frames).map((c) => `${c.firstKey} / ${c.secondKey}`)
 */
export function pairCandidates(v: DocView, frames: readonly Frame[], withLinked = false): PairCandidate[] {
  const out: PairCandidate[] = [];
  let linked: Set<string> | null = null;
  const n = v.sentences.length;
  for (let s = 0; s < n; s++) {
    const all = mentionsIn(v, s);
    if (all.length < 2) continue;
    const ms: Mention[] = [];
    const keys: string[] = [];
    for (const m of all) {
      if (!usable(m)) continue;
      ms.push(m);
      keys.push(partyKeyOf(v, m));
      if (ms.length === MAX_MENTIONS) break;
    }
    if (ms.length < 2) continue;
    // NOTE: built only once a sentence has two usable mentions; most documents never need it.
    linked ??= linkedPairs(v, frames);
    const seen = new Map<string, number>();
    for (let i = 0; i < ms.length; i++) {
      for (let j = i + 1; j < ms.length; j++) {
        const a = keys[i]!;
        const b = keys[j]!;
        if (a === b) continue;
        const pk = pairKey(a, b);
        const isLinked = linked.has(pk);
        if (isLinked && !withLinked) continue;
        const cand: PairCandidate = { sentence: s, first: ms[i]!, second: ms[j]!, firstKey: a, secondKey: b, linked: isLinked };
        const at = seen.get(pk);
        if (at === undefined) {
          seen.set(pk, out.length);
          out.push(cand);
        } else if (gap(cand) < gap(out[at]!)) out[at] = cand;
      }
    }
  }
  return out;
}

const gap = (c: PairCandidate): number => c.second.tok - c.first.tokEnd;
