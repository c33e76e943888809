/** The subject of an absolute clause: "..., with Fluidstack building the sites for it" makes Fluidstack the builder. */
import type { DocView, Mention } from './doc-view.js';
import { usable } from './frame.js';

/** Adverbs that may stand between the absolute clause's subject and its verb ("with Oracle also taking"). */
const ADVERBS = /^(also|now|separately|itself|themselves|jointly|together|already|still)$/;

/**
 * When the -ing verb at `k` opens an absolute clause ("with X and Y supplying $5bn of equity",
 * "with Crusoe building the halls"), the company named between "with" and the verb is its
 * subject; null otherwise. Cheap gate: the verb must end in "ing" and "with" must sit at most
 * eight tokens back.
 * @example withSubject(v, s, k) // k = "building" in "..., with Nscale building the site"
 */
export function withSubject(v: DocView, s: number, k: number): Mention | null {
  const t = v.tokens;
  const verb = t[k]!.lower;
  if (verb.length < 5 || !verb.endsWith('ing')) return null;
  let j = k - 1;
  const first = v.sentTok[s]!;
  while (j > first && ADVERBS.test(t[j]!.lower)) j--;
  const last = v.mentionAt[j];
  if (!usable(last) || last.tokEnd !== j + 1 || last.possessive || last.kind === 'pronoun') return null;
  // Walk back over a list of names ("with Blue Owl and Primary Digital Infrastructure") to "with".
  let p = last.tok - 1;
  let head: Mention = last;
  for (let guard = 0; guard < 6 && p >= first; guard++) {
    const w = t[p]!.lower;
    if (w === 'with') break;
    if (w !== 'and' && w !== ',') return null;
    const m = v.mentionAt[p - 1];
    if (!usable(m) || m.tokEnd !== p || m.possessive) return null;
    head = m;
    p = m.tok - 1;
  }
  if (t[p]?.lower !== 'with') return null;
  // NOTE: "partnered with X building ..." is a reduced relative on the object, not an absolute clause: need a comma (or sentence start) before "with".
  if (p > first && t[p - 1]!.text !== ',' && t[p - 1]!.text !== '-' && t[p - 1]!.text !== '—') return null;
  return head;
}
