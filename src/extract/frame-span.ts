/** Lower-case text of token ranges, sliced from one space-joined string per sentence. */
import { sentenceOfToken, type DocView } from './doc-view.js';

/** A sentence's token `lower`s (and the first token after it) joined by single spaces. */
interface JoinedSentence {
  readonly text: string;
  /** First token covered. */
  readonly from: number;
  /** offsets[j - from]: where token j starts in `text`; the last entry is text.length + 1. */
  readonly offsets: readonly number[];
  /** Nothing in `text` to rejoin (no " ' s", no " - "), so neither is in any slice of it. */
  readonly plain: boolean;
  /**
   * marks[j - from]: how many tokens before token j (from `from`) hold an apostrophe or a hyphen.
   * NOTE: a slice whose tokens hold neither has nothing to rejoin, even in a sentence that does
   * ("OpenAI ' s" early on leaves the words after it plain): half the sentences of the news have a possessive.
   */
  readonly marks: readonly number[];
}

const JOINED = new WeakMap<DocView, (JoinedSentence | undefined)[]>();

/**
 * The joined words of sentence s plus the token after it (a frame's window may reach one token
 * past its sentence), built on first use.
 */
function joined(v: DocView, s: number): JoinedSentence {
  let list = JOINED.get(v);
  if (!list) JOINED.set(v, (list = []));
  let found = list[s];
  if (!found) {
    const from = v.sentTok[s]!;
    const to = Math.min(v.sentTok[s + 1]! + 1, v.tokens.length);
    // NOTE: a plain array of small integers, not an Int32Array: a typed array past 64 bytes gets its store outside the
    // heap, and allocating (then freeing) that for every sentence cost more than all the slicing it serves.
    const offsets: number[] = new Array<number>(to - from + 1);
    // NOTE: one join, not a concatenation per token: the rope those built had to be flattened on the first slice.
    const parts: string[] = new Array(to - from);
    const marks: number[] = new Array<number>(to - from + 1);
    let at = 0;
    let marked = 0;
    for (let j = from; j < to; j++) {
      const w = v.tokens[j]!.lower;
      offsets[j - from] = at;
      marks[j - from] = marked;
      parts[j - from] = w;
      at += w.length + 1;
      if (w.includes("'") || w.includes('-')) marked++;
    }
    const text = parts.join(' ');
    offsets[to - from] = text.length + 1;
    marks[to - from] = marked;
    found = { text, from, offsets, plain: !text.includes(" ' s") && !text.includes(' - '), marks };
    list[s] = found;
  }
  return found;
}

/**
 * The words of tokens [from, to) joined by spaces, lower case, with "' s" rejoined to "'s" and
 * " - " to "-": the same string as a token-by-token concatenation.
 * NOTE: a slice of the sentence's joined words when the range lies within one sentence and the token after it
 * (every range readStage reads): no concatenation per call.
 */
export function span(v: DocView, from: number, to: number): string {
  const first = Math.max(0, from);
  const end = Math.min(to, v.tokens.length);
  if (first >= end) return '';
  const j = joined(v, sentenceOfToken(v, first));
  let out: string;
  if (end - j.from < j.offsets.length) {
    out = j.text.slice(j.offsets[first - j.from]!, j.offsets[end - j.from]! - 1);
    // NOTE: two substring searches per sentence instead of two per span: most sentences have nothing to rejoin.
    if (j.plain || j.marks[end - j.from] === j.marks[first - j.from]) return out;
  } else {
    out = '';
    for (let k = first; k < end; k++) out += k === first ? v.tokens[k]!.lower : ` ${v.tokens[k]!.lower}`;
  }
  // NOTE: the includes() tests skip two regex passes on the many spans with nothing to rejoin.
  if (out.includes(" ' s")) out = out.replace(/ ' s\b/g, "'s");
  return out.includes(' - ') ? out.replace(/ - /g, '-') : out;
}
