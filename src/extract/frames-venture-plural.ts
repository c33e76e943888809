/** Plural subjects of venture clauses ("They will form X", "the two companies are partners in Y"): the pair they stand for. */
import type { EntityId } from '../core/ids.js';
import { mentionsIn, type DocView, type Mention } from './doc-view.js';
import { agentsFrom } from './frame-args.js';
import { usable } from './frame.js';
import { isVehicle } from './frames-venture-ref.js';

const PAIR_NOUNS = /^(companies|firms|groups|partners|sides)$/;

/**
 * The companies a plural subject between the clause start and token k stands for: "They" (the
 * subject list of the previous sentence, else the document's two main companies) or "the two
 * companies" / "both companies" (the document's two main companies so far). Empty when there is no
 * plural subject or no clear pair.
 */
export function pluralSubject(v: DocView, s: number, k: number): Mention[] {
  const t = v.tokens;
  for (let j = k - 1; j >= v.sentTok[s]!; j--) {
    const w = t[j]!.lower;
    if (/^[;:]$/.test(w) || /^(but|while|which|who|that)$/.test(w)) return [];
    if (w === 'they' && !v.mentionAt[j]) return previousSubjects(v, s) ?? mainPair(v, s);
    if (PAIR_NOUNS.test(w) && /^(two|both)$/.test(t[j - 1]?.lower ?? '')) return mainPair(v, s);
    // NOTE: "the two will form a joint venture": "the two" alone is a plural subject too.
    if (w === 'two' && t[j - 1]?.lower === 'the' && !PAIR_NOUNS.test(t[j + 1]?.lower ?? '') && /^[a-z]+$/.test(t[j + 1]?.text ?? '')) return mainPair(v, s);
  }
  return [];
}

/** The subject list of the sentence before s when it names two or more companies ("A and B said ..."). */
function previousSubjects(v: DocView, s: number): Mention[] | null {
  if (s === 0) return null;
  const first = mentionsIn(v, s - 1).find((m) => m.role === 'subject' && usable(m) && !m.possessive);
  if (!first) return null;
  const list = agentsFrom(v, first);
  return list.length >= 2 ? list : null;
}

/**
 * The two companies named most often up to sentence s (ventures and products aside), when two stand
 * out; each is returned as its latest mention.
 */
function mainPair(v: DocView, s: number): Mention[] {
  const counts = new Map<EntityId, { n: number; last: Mention }>();
  for (let i = 0; i <= s; i++) {
    for (const m of mentionsIn(v, i)) {
      if (!usable(m) || !m.entityId || m.kind === 'pronoun' || isVehicle(v, m)) continue;
      const e = counts.get(m.entityId);
      counts.set(m.entityId, { n: (e?.n ?? 0) + 1, last: m });
    }
  }
  const ranked = [...counts.values()].sort((a, b) => b.n - a.n);
  if (ranked.length < 2 || (ranked[2] && ranked[2].n >= ranked[1]!.n)) return [];
  return [ranked[0]!.last, ranked[1]!.last];
}
