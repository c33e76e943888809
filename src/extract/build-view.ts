/** Build the annotated document: sentences, tokens, values, dates, mentions and coreference. */
import { scanValues } from '../core/amount-parse.js';
import { amountAnchors } from './amount-anchors.js';
import { resolveCoreference } from './coreference.js';
import { addVehicleMentions } from './coref-vehicle.js';
import { findDates } from './dates.js';
import { tokenAtOffset, type DateSpan, type DocView, type PersonMention, type ValueSpan } from './doc-view.js';
import type { Gazetteer } from './gazetteer.js';
import { markLabels } from './context-label.js';
import { findMentions } from './mentions.js';
import { splitSentences, tokenize, type Token } from './sentences.js';

/**
 * A value placed on tokens, its value built on first read.
 * NOTE: a class, not an object literal with a getter: V8 keeps literals with accessors in
 * dictionary mode, which slows every read of their offsets.
 */
class PlacedValue<T> implements ValueSpan<T> {
  #make: (() => T) | null;
  #value: T | undefined;
  constructor(make: () => T, readonly start: number, readonly end: number, readonly tok: number, readonly tokEnd: number, readonly sentence: number) {
    this.#make = make;
  }

  get value(): T {
    if (this.#make) {
      this.#value = this.#make();
      this.#make = null;
    }
    return this.#value as T;
  }
}

function place<T>(tokens: readonly Token[], sentTok: readonly number[], value: () => T, start: number, end: number): ValueSpan<T> {
  const tok = tokenAtOffset(tokens, start);
  let tokEnd = tok;
  while (tokEnd < tokens.length && tokens[tokEnd]!.start < end) tokEnd++;
  let sentence = 0;
  let lo = 0;
  let hi = sentTok.length - 2;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sentTok[mid]! <= tok) {
      sentence = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  // NOTE: the value is built on first use; most figures in an article never reach a claim.
  return new PlacedValue(value, start, end, tok, Math.max(tokEnd, tok + 1), sentence);
}

function spanIndex<T extends { tok: number; tokEnd: number }>(n: number, spans: readonly T[]): (T | undefined)[] {
  const at: (T | undefined)[] = new Array(n);
  for (const s of spans) for (let k = s.tok; k < s.tokEnd && k < n; k++) at[k] = s;
  return at;
}

/** Everything the deal, figure and attribution steps read, computed once per document. */
export function buildView(text: string, publishedAt: string | null, gazetteer: Gazetteer): DocView {
  const sentences = splitSentences(text);
  const tokens: Token[] = [];
  const sentTok: number[] = [];
  for (const s of sentences) {
    sentTok.push(tokens.length);
    tokenize(text, s.start, s.end, tokens);
  }
  sentTok.push(tokens.length);
  const scan = scanValues(text, {}, tokens, amountAnchors(text, tokens));
  // NOTE: a value crossing a sentence boundary would be a splitter error; keep those in their first sentence.
  const amounts = scan.amounts.map((a) => place(tokens, sentTok, () => a.amount, a.start, a.end));
  const quantities = scan.quantities.map((q) => place(tokens, sentTok, () => q.quantity, q.start, q.end));
  const dateCache = new Map<number, readonly DateSpan[]>();
  const datesIn = (s: number): readonly DateSpan[] => {
    let found = dateCache.get(s);
    if (!found) {
      const sentence = sentences[s];
      found = sentence ? findDates(sentence, publishedAt) : [];
      dateCache.set(s, found);
    }
    return found;
  };
  const durationCache = new Map<number, string | null>();
  const durationIn = (s: number): string | undefined => {
    let found = durationCache.get(s);
    if (found === undefined) {
      const sentence = sentences[s];
      const spans = dateCache.get(s) ?? (sentence ? findDates(sentence, publishedAt, true) : []);
      found = spans.find((d) => d.duration)?.duration ?? null;
      durationCache.set(s, found);
    }
    return found ?? undefined;
  };
  const persons: PersonMention[] = [];
  const v: DocView = {
    text, publishedAt, gazetteer, sentences, tokens, sentTok, mentions: [], persons,
    amounts, quantities, datesIn, durationIn, mentionAt: [], sentMentions: [],
    amountAt: spanIndex(tokens.length, amounts),
    quantityAt: spanIndex(tokens.length, quantities),
    personAt: [],
  };
  findMentions(v);
  v.personAt = spanIndex(tokens.length, persons);
  markLabels(v);
  resolveCoreference(v);
  addVehicleMentions(v);
  return v;
}
