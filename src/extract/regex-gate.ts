/** Cheap pre-tests for status patterns: the words a pattern cannot match without, read off its source. */

/**
 * Letter-only strings such that every match of the pattern contains at least one of them, or null
 * when the source gives none (a pattern made only of classes, wildcards or optional parts).
 * Derived from the pattern's source, so it stays right when a rule edits the pattern.
 * Handles the syntax the status patterns use: literals, escapes, classes, groups (capturing,
 * non-capturing, lookarounds), alternation, and the quantifiers ?, *, +, {n,m} (greedy or lazy).
 */
export function requiredWords(re: RegExp): string[] | null {
  const src = re.source;
  let i = 0;
  // NOTE: a case-insensitive pattern matches upper-case text too; the texts gated here are lower case.
  const fold = (s: string) => (re.ignoreCase ? s.toLowerCase() : s);

  /** The required set of an alternation up to `)` or the end. */
  function alternation(): string[] | null {
    const alts: (string[] | null)[] = [sequence()];
    while (src[i] === '|') {
      i++;
      alts.push(sequence());
    }
    if (alts.some((a) => a === null)) return null;
    return [...new Set(alts.flat() as string[])];
  }

  /** One item: its required set when it occurs once, and the literal letter it is (for runs). */
  interface Item {
    readonly letter: string | null;
    readonly required: string[] | null;
    readonly zeroWidth: boolean;
  }

  function atom(): Item {
    const c = src[i]!;
    if (c === '(') {
      i++;
      let look = false;
      if (src[i] === '?') {
        i++;
        if (src[i] === ':') i++;
        else if (src[i] === '<' && src[i + 1] !== '=' && src[i + 1] !== '!') i = src.indexOf('>', i) + 1;
        else {
          // NOTE: lookarounds (?= (?! (?<= (?<! match no text of their own.
          look = true;
          if (src[i] === '<') i++;
          i++;
        }
      }
      const inner = alternation();
      if (src[i] !== ')') throw new Error(`unbalanced group in /${src}/`);
      i++;
      return look ? { letter: null, required: null, zeroWidth: true } : { letter: null, required: inner, zeroWidth: false };
    }
    if (c === '[') {
      i++;
      if (src[i] === '^') i++;
      if (src[i] === ']') i++;
      while (i < src.length && src[i] !== ']') i += src[i] === '\\' ? 2 : 1;
      i++;
      return { letter: null, required: null, zeroWidth: false };
    }
    if (c === '\\') {
      const e = src[i + 1]!;
      i += 2;
      if (e === 'b' || e === 'B') return { letter: null, required: null, zeroWidth: true };
      // NOTE: \u, \x and \c escapes and back-references are not letters of the text: no requirement from them.
      if (e === 'u' || e === 'x') i += e === 'u' ? (src[i] === '{' ? src.indexOf('}', i) + 1 - i : 4) : 2;
      return { letter: null, required: null, zeroWidth: false };
    }
    i++;
    if (c === '^' || c === '$') return { letter: null, required: null, zeroWidth: true };
    if (c === '.') return { letter: null, required: null, zeroWidth: false };
    const l = fold(c);
    return /^[a-z]$/.test(l) ? { letter: l, required: [l], zeroWidth: false } : { letter: null, required: null, zeroWidth: false };
  }

  /** Reads a quantifier after an item: its minimum count, and whether there was one. */
  function quantifier(): { min: number; present: boolean } {
    const c = src[i];
    let min = 1;
    if (c === '?' || c === '*') {
      min = 0;
      i++;
    } else if (c === '+') i++;
    else if (c === '{' && /^\{\d+(?:,\d*)?\}/.test(src.slice(i))) {
      const m = /^\{(\d+)(?:,\d*)?\}/.exec(src.slice(i))!;
      min = Number(m[1]);
      i += m[0].length;
    } else return { min: 1, present: false };
    if (src[i] === '?') i++;
    return { min, present: true };
  }

  /** A concatenation: the best of its letter runs and its items' required sets. */
  function sequence(): string[] | null {
    const candidates: string[][] = [];
    let run = '';
    const endRun = () => {
      if (run) candidates.push([run]);
      run = '';
    };
    while (i < src.length && src[i] !== '|' && src[i] !== ')') {
      const item = atom();
      const { min, present } = quantifier();
      if (item.zeroWidth) continue;
      if (min === 0) {
        endRun();
        continue;
      }
      if (item.letter !== null) {
        run += item.letter;
        // NOTE: "l+" or "l{2}": the letter occurs at least once, but what follows need not touch it.
        if (present) endRun();
        continue;
      }
      endRun();
      if (item.required) candidates.push(item.required);
    }
    endRun();
    if (!candidates.length) return null;
    // NOTE: any candidate is a valid requirement; the one whose shortest word is longest rules out most texts.
    return candidates.reduce((best, c) => (Math.min(...c.map((w) => w.length)) > Math.min(...best.map((w) => w.length)) ? c : best));
  }

  const out = alternation();
  if (i !== src.length) throw new Error(`could not read /${src}/ past ${i}`);
  return out && out.length ? out : null;
}

/** True when `text` holds a letter a-z. NOTE: a loop over char codes, not `/[a-z]/.test`: most tokens are short words. */
function hasLetter(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 97 && c <= 122) return true;
  }
  return false;
}

/**
 * A fixed table of patterns with their required words, and a per-token mask of which patterns a
 * token's text could take part in. A text made of tokens whose combined mask lacks a pattern's bit
 * cannot match that pattern.
 */
export class GateTable {
  readonly #words: (readonly string[] | null)[] = [];
  readonly #bits = new Map<RegExp, number>();
  readonly #tokenMasks = new Map<string, number>();

  /** At most 30 patterns; others stay ungated (always tested). */
  constructor(patterns: readonly RegExp[]) {
    for (const re of patterns) {
      if (this.#bits.has(re) || this.#words.length >= 30) continue;
      const words = requiredWords(re);
      this.#bits.set(re, words ? 1 << this.#words.length : 0);
      this.#words.push(words);
    }
  }

  /** The words pattern `re` needs (null: ungated). */
  wordsOf(re: RegExp): readonly string[] | null {
    const bit = this.#bits.get(re);
    return bit ? this.#words[31 - Math.clz32(bit)]! : null;
  }

  /** The mask of the patterns whose required words occur in a token's text. */
  tokenMask(text: string): number {
    // NOTE: the required words are letters a-z: a number or a mark ("$", "10", ",") holds none.
    if (!hasLetter(text)) return 0;
    let mask = this.#tokenMasks.get(text);
    if (mask === undefined) {
      mask = 0;
      for (let b = 0; b < this.#words.length; b++) {
        const words = this.#words[b];
        if (words && words.some((w) => text.includes(w))) mask |= 1 << b;
      }
      // NOTE: bounded memo: a long-running server sees an open vocabulary.
      if (this.#tokenMasks.size > 100_000) this.#tokenMasks.clear();
      this.#tokenMasks.set(text, mask);
    }
    return mask;
  }

  /**
   * False only when `re` cannot match a text made of tokens whose combined mask is `mask`.
   * NOTE: the required words are letter-only, and a run of letters in a space-joined token text
   * lies inside one token, so a match needs a token holding one of the words.
   */
  mayMatch(re: RegExp, mask: number): boolean {
    const bit = this.#bits.get(re);
    return bit === undefined || bit === 0 || (mask & bit) !== 0;
  }
}
