/** One record per distinct lower-cased word, holding what the rules look up for each token, filled on first ask. */
import type { DocView } from './doc-view.js';

/**
 * What the per-token scans ask of a word, memoised across documents: each field is filled by the
 * module that owns the question, the first time it asks (`undefined` / -1 / null: not asked yet).
 * NOTE: one table lookup per token replaces one lookup per question (gazetteer first words, frame
 * triggers, status-pattern cues): each probe of a large string-keyed table costs a cache miss or two.
 */
export class WordFacts {
  /** Frame handlers the word triggers (deal-frames.ts); null: none. */
  triggers: readonly unknown[] | null | undefined = undefined;
  /** Status-pattern gate mask of the word (frame-status.ts); -1: not computed. */
  statusMask = -1;
  /** The name-start set `startsName` was read from (mentions.ts). */
  nameStarts: ReadonlySet<string> | null = null;
  /** Whether a gazetteer name or executive may start with this word (valid for `nameStarts`). */
  startsName = false;

  constructor(readonly word: string) {}
}

const TABLE = new Map<string, WordFacts>();
const BY_VIEW = new WeakMap<DocView, readonly WordFacts[]>();

/** The facts record of a lower-cased word (shared by every token with that text). */
export function wordFacts(word: string): WordFacts {
  let f = TABLE.get(word);
  if (!f) {
    // NOTE: bounded: a long-running server sees an open vocabulary; records already handed out stay valid.
    if (TABLE.size > 200_000) TABLE.clear();
    f = new WordFacts(word);
    TABLE.set(word, f);
  }
  return f;
}

/** The facts record of every token of a document (by token index), built on first use. */
export function wordFactsOf(v: DocView): readonly WordFacts[] {
  let list = BY_VIEW.get(v);
  if (!list) {
    const tokens = v.tokens;
    const out: WordFacts[] = new Array(tokens.length);
    for (let k = 0; k < tokens.length; k++) out[k] = wordFacts(tokens[k]!.lower);
    BY_VIEW.set(v, (list = out));
  }
  return list;
}
