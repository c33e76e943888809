/** The discourse topic: the company a stretch of text is about, when one clearly dominates it. */
import type { DocView, Mention } from './doc-view.js';

/** A paragraph shorter than this (up to the sentence) also counts the paragraph before it. */
const MIN_SPAN = 3;
/** The topic must score at least this, and this many times the runner-up. */
const MIN_SCORE = 5;
const MARGIN = 2;

interface Scores {
  /** Entities by score, best first. */
  readonly ranked: readonly (readonly [string, number])[];
  /** The latest mention of each entity, a name rather than "it" when there is one. */
  readonly last: ReadonlyMap<string, Mention>;
}

const cache = new WeakMap<DocView, Map<number, Scores>>();

/** The first sentence the topic of sentence s is counted from: its paragraph, or the one before too when it has just begun. */
function windowStart(v: DocView, s: number): number {
  const para = (i: number) => v.sentences[i]!.paragraph;
  let i = s;
  while (i > 0 && para(i - 1) === para(s)) i--;
  if (s - i + 1 >= MIN_SPAN || i === 0) return i;
  const prev = para(i - 1);
  while (i > 0 && para(i - 1) === prev) i--;
  return i;
}

function scoresAt(v: DocView, s: number): Scores {
  let byView = cache.get(v);
  if (!byView) {
    byView = new Map();
    cache.set(v, byView);
  }
  const hit = byView.get(s);
  if (hit) return hit;
  const score = new Map<string, number>();
  const last = new Map<string, Mention>();
  for (let i = windowStart(v, s); i <= s; i++) {
    for (const m of v.sentMentions[i] ?? []) {
      if (!m.entityId || m.outlet || m.kind === 'product') continue;
      const weight = m.possessive || m.role === 'subject' ? 2 : 1;
      score.set(m.entityId, (score.get(m.entityId) ?? 0) + weight);
      // NOTE: a name stands for the party better than "it" does.
      if (!last.has(m.entityId) || (m.kind !== 'pronoun' && m.kind !== 'nominal')) last.set(m.entityId, m);
    }
  }
  const out = { ranked: [...score.entries()].sort((a, b) => b[1] - a[1]), last };
  byView.set(s, out);
  return out;
}

/**
 * The company that dominates the paragraph up to sentence s (subjects and possessors count double), or
 * null when none clearly does. `accept` narrows the race to plausible parties (buyers of a
 * provider, say) before dominance is judged. Frames whose party the text leaves implicit ("The
 * chip agreements: 10 GW of Nvidia systems; 6 GW of AMD processors") may fall back on it.
 * @example topicAt(v, 7)?.entityId // 'openai' in a paragraph about OpenAI's commitments
 */
export function topicAt(v: DocView, s: number, accept?: (m: Mention) => boolean): Mention | null {
  const { ranked, last } = scoresAt(v, s);
  const race = accept ? ranked.filter(([id]) => accept(last.get(id)!)) : ranked;
  const [top, second] = race;
  return top && top[1] >= MIN_SCORE && top[1] >= MARGIN * (second?.[1] ?? 0) ? last.get(top[0])! : null;
}
