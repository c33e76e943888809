/** Funding rounds named as objects: "in the round", "in the equity portion of X's financing", "in its Series C". */
import type { Mention } from './doc-view.js';
import { findFigures } from './company-figures.js';
import { objectAfter } from './frame-args.js';
import { words } from './frame-words.js';
import { usable, type FrameContext } from './frame.js';
import { NAME_ADJECTIVES } from './lexicon.js';

/** Nouns that name a round of funding (or a part of one). */
const ROUND_WORDS = words('round rounds funding financing fundraising fundraise raise series tranche portion offering placement');
const OF_FOR = words('of for');

/** A round named after a preposition, and the company raising it when the phrase says so. */
export interface RoundObject {
  /** Token index of the round noun. */
  readonly word: number;
  /** "of X", "for X", "X's", "its": the company raising; null when context must say. */
  readonly owner: Mention | null;
}

/**
 * The round a preposition at `prep` governs, when its object is a round rather than a company:
 * "in the round" (owner from context), "in the $40 billion round for X", "in the equity portion
 * of X's financing", "in its latest round" (its = the company raising). Null otherwise.
 * @example roundAt(c, prepIndex)?.owner?.entityId // 'xai'
 */
export function roundAt(c: FrameContext, prep: number): RoundObject | null {
  const { v, s } = c;
  const t = v.tokens;
  const end = Math.min(v.sentTok[s + 1]!, prep + 12);
  let owner: Mention | null = null;
  for (let j = prep + 1; j < end; j++) {
    const a = v.amountAt[j];
    if (a) {
      j = a.tokEnd - 1;
      continue;
    }
    const m = v.mentionAt[j];
    if (m) {
      // NOTE: only a possessor may stand before the round noun ("its latest round"); any other name is the object itself.
      if (!m.possessive || !usable(m)) return null;
      owner = m;
      j = m.tokEnd - 1;
      continue;
    }
    const w = t[j]!.lower;
    if (ROUND_WORDS.has(w)) {
      const of = objectAfter(v, s, j, OF_FOR, { maxGap: 3 })[0];
      return { word: j, owner: of ?? owner };
    }
    if (t[j]!.norm === "'" || w === 's' || w === '-') continue;
    if (!/^[a-z][a-z-]*$/.test(t[j]!.text) && !/^[A-Z]$/.test(t[j]!.text) && !NAME_ADJECTIVES.has(t[j]!.norm)) return null;
  }
  return null;
}

/** How many sentences back "the round" looks for the company raising. */
const ROUND_WINDOW = 3;
const RAISING_KINDS = new Set(['funding_raised', 'fundraising_target', 'valuation']);

/**
 * The company whose round "the round" means: the company of the latest funds-raised, fundraising
 * or valuation figure in this sentence or the few before it ("xAI said it had raised $6 billion
 * in a Series C round. Nvidia and AMD took part in the round").
 * @example roundOwnerInContext(c)?.entityId // 'xai'
 */
export function roundOwnerInContext(c: FrameContext): Mention | null {
  const { v, s } = c;
  let best: { sentence: number; m: Mention } | null = null;
  for (const f of findFigures(v).figures) {
    if (f.sentence > s || s - f.sentence > ROUND_WINDOW || !RAISING_KINDS.has(f.kind) || !usable(f.entity)) continue;
    if (!best || f.sentence >= best.sentence) best = { sentence: f.sentence, m: f.entity };
  }
  return best?.m ?? null;
}
