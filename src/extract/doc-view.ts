/** The annotated document every pipeline step reads: sentences, tokens, values and mentions with offsets. */
import type { Amount, Quantity } from '../core/amount.js';
import type { FuzzyDate } from '../core/fuzzy-date.js';
import type { EntityId } from '../core/ids.js';
import type { Gazetteer, NameKind } from './gazetteer.js';
import type { Sentence, Token } from './sentences.js';
import { byTok, sortSmall } from './small-sort.js';

/** How a mention names its entity. */
export type MentionKind = NameKind | 'unknown' | 'pronoun' | 'nominal';

/**
 * The grammatical place of a mention, approximated from the word before its noun phrase:
 * subject (clause start, after "said"), object (after a verb), oblique (after a preposition),
 * modifier ("the Amazon investment", "OpenAI models").
 */
export type MentionRole = 'subject' | 'object' | 'oblique' | 'modifier';

/** An organisation named or referred to in the text. Resolution fields are filled by coreference. */
export interface Mention {
  readonly start: number;
  readonly end: number;
  /** Token range of the name, [tok, tokEnd). */
  readonly tok: number;
  readonly tokEnd: number;
  /** First token of the whole noun phrase (determiner and descriptors included). */
  npTok: number;
  readonly sentence: number;
  readonly kind: MentionKind;
  readonly text: string;
  /** Entities it may mean; one for names, several for shared descriptors ("chipmaker"). */
  candidates: readonly EntityId[];
  /** The entity it was resolved to; null for unknown companies. */
  entityId: EntityId | null;
  /** Display name: the entity's name, or the words for unknown companies. */
  name: string;
  readonly possessive: boolean;
  role: MentionRole;
  /** True for news outlets: attribution only, never a deal party. */
  outlet: boolean;
  /** Other readings of a pronoun, best first ("its" may mean the subject or the last name). */
  alternatives: EntityId[];
  /** The mention this one was resolved through (for anaphors). */
  antecedent?: Mention;
}

/** A person named in the text, with the company they speak for when known. */
export interface PersonMention {
  readonly start: number;
  readonly end: number;
  readonly tok: number;
  readonly tokEnd: number;
  readonly sentence: number;
  readonly name: string;
  readonly company: EntityId | null;
  readonly possessive: boolean;
}

/** A value found in the text, placed on tokens. */
export interface ValueSpan<T> {
  readonly value: T;
  readonly start: number;
  readonly end: number;
  readonly tok: number;
  readonly tokEnd: number;
  readonly sentence: number;
}

/** A date or a duration phrase, resolved against the publication date. */
export interface DateSpan {
  readonly start: number;
  readonly end: number;
  readonly sentence: number;
  readonly date?: FuzzyDate;
  /** ISO 8601 duration for "over the next seven years", "a five-year contract". */
  readonly duration?: string;
}

export interface DocView {
  readonly text: string;
  readonly publishedAt: string | null;
  readonly gazetteer: Gazetteer;
  readonly sentences: readonly Sentence[];
  readonly tokens: readonly Token[];
  /** Token range of each sentence: [sentTok[i], sentTok[i + 1]). */
  readonly sentTok: readonly number[];
  readonly mentions: Mention[];
  readonly persons: PersonMention[];
  readonly amounts: readonly ValueSpan<Amount>[];
  readonly quantities: readonly ValueSpan<Quantity>[];
  /** Dates and durations of a sentence, computed on first use (only claim sentences need them). */
  readonly datesIn: (sentence: number) => readonly DateSpan[];
  /** The first duration of a sentence ("P7Y"), computed on first use without reading its dates. */
  readonly durationIn: (sentence: number) => string | undefined;
  /** Mention covering each token (name tokens only), by token index. */
  mentionAt: (Mention | undefined)[];
  /** The mentions of each sentence, in text order. */
  sentMentions: Mention[][];
  readonly amountAt: readonly (ValueSpan<Amount> | undefined)[];
  readonly quantityAt: readonly (ValueSpan<Quantity> | undefined)[];
  personAt: (PersonMention | undefined)[];
}

/** The token range of a sentence. */
export function sentenceTokens(v: DocView, s: number): [number, number] {
  return [v.sentTok[s]!, v.sentTok[s + 1]!];
}

/** Index of the first token that starts at or after a character offset (binary search). */
export function tokenAtOffset(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the sentence holding a token (binary search over sentence starts). */
export function sentenceOfToken(v: Pick<DocView, 'sentTok'>, tok: number): number {
  let lo = 0;
  let hi = v.sentTok.length - 2;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (v.sentTok[mid]! <= tok) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Rebuild the token → mention index after mentions were added or removed. */
export function indexMentions(v: DocView): void {
  const at: (Mention | undefined)[] = new Array(v.tokens.length);
  const bySentence: Mention[][] = v.sentences.map(() => []);
  let sorted = true;
  let last = -1;
  for (const m of v.mentions) {
    for (let k = m.tok; k < m.tokEnd; k++) at[k] = m;
    bySentence[m.sentence]?.push(m);
    if (m.tok < last) sorted = false;
    last = m.tok;
  }
  // NOTE: mentions in token order leave every sentence's list in order (a stable sort would change nothing).
  if (!sorted) for (const list of bySentence) sortSmall(list, byTok);
  v.mentionAt = at;
  v.sentMentions = bySentence;
}

/** The mentions of sentence s, in text order. */
export function mentionsIn(v: DocView, s: number): readonly Mention[] {
  return v.sentMentions[s] ?? [];
}

/** Add a mention found late (an unknown company in an argument slot) to every index. */
export function addMention(v: DocView, m: Mention): void {
  v.mentions.push(m);
  for (let k = m.tok; k < m.tokEnd; k++) v.mentionAt[k] = m;
  const list = v.sentMentions[m.sentence];
  if (!list) return;
  let i = list.length;
  while (i > 0 && list[i - 1]!.tok > m.tok) i--;
  list.splice(i, 0, m);
}
