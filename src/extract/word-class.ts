/** Distinct word forms, shared by every token spelled alike, with the word-list questions asked of them answered once. */

/**
 * One spelling as the tokenizer cut it: its plain and lower-case forms, and memos of the fixed word
 * lists it belongs to. Every token with the same text shares one Word (see `wordOf`).
 * NOTE: a class with every field set in the constructor, so all Words share one shape.
 */
export class Word {
  /** Bits of the classes (see `wordClass`) already looked up for this word. */
  known = 0;
  /** Of the `known` bits, those whose word list holds this word. */
  cls = 0;
  /** The name-start set `nameKey` was last asked about, and its answer. */
  keys: ReadonlySet<string> | null = null;
  key = false;
  /** The word's status-cue classes (status-cues.ts), -1 until first read. */
  statusCues = -1;
  /** Offsets in the word where an amount anchor may start (amount-anchors.ts), null until first read. */
  anchorOffsets: readonly number[] | null = null;
  /** How the amount tokenizer would cut the word (amount-tokens' plainKind), -1 until first read. */
  amountKind = -1;
  /** Starts with a letter or a digit. */
  readonly wordy: boolean;
  /** Starts with an upper-case letter or a digit. */
  readonly cap: boolean;
  constructor(readonly text: string, readonly norm: string, readonly lower: string) {
    const c = text.charCodeAt(0);
    const ascii = c < 128;
    this.cap = ascii ? (c >= 65 && c <= 90) || (c >= 48 && c <= 57) : /^[\p{Lu}\p{N}]/u.test(text);
    this.wordy = ascii ? this.cap || (c >= 97 && c <= 122) : /^[\p{L}\p{N}]/u.test(text);
  }
}

const PLAIN: Record<string, string> = { '’': "'", '‘': "'", '“': '"', '”': '"', '–': '-', '—': '-' };

const WORDS = new Map<string, Word>();

/**
 * The Word for a token's text: `norm` has typographic apostrophes, quotes and dashes made plain, `lower`
 * is `norm` lower-cased.
 * NOTE: one map lookup per token replaces a lower-casing and, later, a set lookup per word list asked;
 * tokens spelled alike also share their strings, whose hashes the engine then computes once.
 */
export function wordOf(text: string): Word {
  let w = WORDS.get(text);
  if (w === undefined) {
    const norm = text.length === 1 ? PLAIN[text] ?? text : text;
    w = new Word(text, norm, norm.toLowerCase());
    // NOTE: bounded: a long-running server reads an open vocabulary.
    if (WORDS.size >= 200_000) WORDS.clear();
    WORDS.set(text, w);
  }
  return w;
}

interface WordList {
  readonly set: ReadonlySet<string>;
  readonly byNorm: boolean;
}

const LISTS: WordList[] = [];

/**
 * A bit standing for "the word is in `set`" (by its lower-case form, or its plain form with `byNorm`),
 * for `inClass`. At most 31 lists; `set` must never change after this call.
 */
export function wordClass(set: ReadonlySet<string>, byNorm = false): number {
  if (LISTS.length >= 31) throw new Error(`wordClass: more than 31 word lists registered; merge some lists or test the set directly`);
  LISTS.push({ set, byNorm });
  return 1 << (LISTS.length - 1);
}

/** True when word w belongs to the list of class `bit` (looked up once per word, then remembered). */
export function inClass(w: Word, bit: number): boolean {
  if ((w.known & bit) === 0) {
    const list = LISTS[31 - Math.clz32(bit)]!;
    w.known |= bit;
    if (list.set.has(list.byNorm ? w.norm : w.lower)) w.cls |= bit;
  }
  return (w.cls & bit) !== 0;
}
