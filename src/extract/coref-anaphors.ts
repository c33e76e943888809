/** Anaphors: pronouns ("it", "its") and nominal phrases ("the AI firm", "Altman's company") found before they are resolved. */
import type { Sector } from '../core/entity.js';
import type { EntityId } from '../core/ids.js';
import type { DocView, Mention } from './doc-view.js';
import { DESCRIPTOR_WORDS, NAME_ADJECTIVES } from './lexicon.js';
import { placeAfterThe } from './mention-roles.js';
import { inClass, wordClass } from './word-class.js';

/** Head nouns of noun phrases that stand for a company ("the company", "the AI firm"). */
export const HEADS = new Set([
  'company', 'firm', 'startup', 'start-up', 'group', 'lab', 'developer', 'maker', 'chipmaker', 'provider', 'giant',
  'conglomerate', 'business', 'venture', 'investor', 'backer', 'carrier', 'operator', 'supplier', 'designer',
  'manufacturer', 'outfit', 'hyperscaler', 'neocloud', 'lender', 'creator', 'owner', 'parent', 'laboratory', 'miner',
]);
/** Words that may stand between the determiner and the head. */
const MODIFIER = /^(?:[a-z][a-z'-]*|-|')$/;
const NOT_MODIFIERS = new Set(['and', 'or', 'of', 'in', 'to', 'for', 'with', 'that', 'which', 'was', 'is', 'has', 'had', 'would', 'will', 'said', 'not']);
/**
 * Modifier words → the sectors they point to.
 * NOTE: no prototype, so a word such as "constructor" or "toString" reads nothing rather than an Object method.
 */
export const SECTOR_HINTS: Readonly<Record<string, readonly Sector[] | undefined>> = Object.assign(Object.create(null) as Record<string, readonly Sector[]>, {
  ai: ['ai_lab'], chatbot: ['ai_lab'], lab: ['ai_lab'], laboratory: ['ai_lab'], intelligence: ['ai_lab'], 'artificial-intelligence': ['ai_lab'],
  cloud: ['cloud', 'neocloud'], 'cloud-services': ['cloud', 'neocloud'], 'cloud-computing': ['cloud', 'neocloud'],
  hyperscaler: ['cloud'], neocloud: ['neocloud'], chip: ['chips'], chipmaker: ['chips'], semiconductor: ['chips'],
  gpu: ['chips', 'neocloud'], software: ['software', 'cloud'], search: ['cloud'], investment: ['investor'],
  investor: ['investor'], conglomerate: ['investor'], fund: ['investor'], 'e-commerce': ['cloud'],
  'data-center': ['infrastructure', 'neocloud'], infrastructure: ['infrastructure', 'neocloud'], server: ['hardware'],
  startup: ['ai_lab', 'neocloud'], up: ['ai_lab', 'neocloud'],
  // NOTE: bitcoin miners are the ones turning their sites into AI clouds and data centres.
  miner: ['neocloud', 'infrastructure'], bitcoin: ['neocloud', 'infrastructure'], mining: ['neocloud', 'infrastructure'],
} satisfies Record<string, readonly Sector[]>);
/** Verbs after which "it" receives something: "sells it the chips". */
const GIVING_VERBS = new Set(['sells', 'sold', 'sell', 'pays', 'paid', 'pay', 'gives', 'gave', 'give', 'hands', 'handed', 'lends', 'lent', 'offers', 'offered', 'supplies', 'supplied', 'owes', 'owed', 'grants', 'granted', 'issues', 'issued']);
/** Prepositions after which "it" is an object. */
const OBJECT_PREPS = new Set(['in', 'into', 'with', 'from', 'for', 'of', 'on', 'at', 'by', 'about', 'behind', 'toward', 'towards']);
const PLEONASTIC_AFTER = /^(?:is|was|'s|remains|remained|seems|seemed|appears|appeared|takes|took) (?:not |still |also |too )?(?:unclear|clear|likely|unlikely|possible|expected|understood|reported|said|unknown|difficult|hard|easy|important|time|worth)/;

export interface Anaphor {
  readonly m: Mention;
  /** Sector hints from its words. */
  readonly sectors: readonly Sector[];
  /** Joint ventures only ("the venture"). */
  readonly venture: boolean;
  /** "that company": the most recent other entity, never the clause subject. */
  readonly demonstrative: boolean;
  /** Entities named inside the phrase that it cannot mean ("the Nvidia-backed provider" is not Nvidia). */
  readonly excluded?: readonly EntityId[];
}

export function findAnaphors(v: DocView): Anaphor[] {
  const t = v.tokens;
  const out: Anaphor[] = [];
  for (let s = 0; s < v.sentences.length; s++) {
    const end = v.sentTok[s + 1]!;
    for (let i = v.sentTok[s]!; i < end; i++) {
      if (v.mentionAt[i]) continue;
      const w = t[i]!.lower;
      // NOTE: an appositive "X's approach, its fiercest cloud-services rival," names X, not "its" owner.
      if (w === 'its' && t[i - 1]?.text === ',') {
        const head = headAfter(v, i + 1, end, 4, ROLE_HEADS, true);
        const close = t[head + 1]?.text;
        const anchor = head >= 0 && (close === undefined || /^[,.;:"”]$/.test(close)) ? mentionEndingBefore(v, i - 1, 3) : null;
        if (anchor) {
          const m = anaphor(v, i, head + 1, s, false);
          m.candidates = anchor.entityId ? [anchor.entityId] : [];
          m.antecedent = anchor;
          out.push({ m, sectors: [], venture: false, demonstrative: false });
          i = head;
          continue;
        }
      }
      if (w === 'it' || w === 'its') {
        // NOTE: only "it" can be pleonastic; the text after "its" is never read.
        if (w === 'it' && PLEONASTIC_AFTER.test(v.text.slice(t[i]!.end, t[i]!.end + 40).trimStart().replace(/’/g, "'"))) continue;
        const m = anaphor(v, i, i + 1, s, w === 'its');
        // NOTE: "has invested $8 billion in it": an object pronoun is never its own clause's subject.
        if (w === 'it' && OBJECT_PREPS.has(t[i - 1]?.lower ?? '')) m.role = 'oblique';
        // NOTE: "sells it the chips", "pays it $1bn": right after a giving verb "it" is the receiver.
        else if (w === 'it' && GIVING_VERBS.has(t[i - 1]?.lower ?? '')) m.role = 'object';
        out.push({ m, sectors: [], venture: false, demonstrative: false });
        continue;
      }
      const person = v.personAt[i];
      if (person?.possessive && person.tok === i) {
        const head = headAfter(v, person.tokEnd + 2, end);
        if (head >= 0 && person.company) {
          const m = anaphor(v, i, head + 1, s, possessiveAfter(v, head + 1));
          m.candidates = [person.company];
          out.push({ m, sectors: [], venture: false, demonstrative: false });
          i = head;
        }
        continue;
      }
      if (w !== 'the' && w !== 'that' && w !== 'this') continue;
      const head = headAfter(v, i + 1, end, w === 'the' ? 5 : 1);
      if (head < 0) continue;
      const m = anaphor(v, i, head + 1, s, possessiveAfter(v, head + 1));
      const product = productIn(v, i + 1, head + 2 < end ? head + 3 : head + 1);
      if (product) m.candidates = [product];
      const sectors = sectorsOf(t, i + 1, head + 1);
      const excluded: EntityId[] = [];
      for (let k = i + 1; k < head; k++) {
        const inner = v.mentionAt[k];
        if (inner?.entityId && inner.tok === k && inner.kind !== 'product') excluded.push(inner.entityId);
      }
      out.push({ m, sectors, venture: t[head]!.lower === 'venture', demonstrative: w === 'that', ...(excluded.length ? { excluded } : {}) });
      i = head;
    }
  }
  return out;
}

/**
 * The sectors the words of tokens [from, to) hint at, first seen first, without repeats.
 * NOTE: a loop instead of flatMap and a Set, which were several times slower here.
 */
function sectorsOf(t: DocView['tokens'], from: number, to: number): Sector[] {
  const out: Sector[] = [];
  for (let k = from; k < to; k++) {
    const hint = SECTOR_HINTS[t[k]!.lower];
    if (hint) for (const x of hint) if (!out.includes(x)) out.push(x);
  }
  return out;
}

/** "start-up" is three tokens; true when token k ends it. */
function isStartUp(v: DocView, k: number): boolean {
  return v.tokens[k]?.lower === 'up' && v.tokens[k - 1]?.text === '-' && v.tokens[k - 2]?.lower === 'start';
}

/** Adjectives that may describe a company in an anaphoric noun phrase ("the same start-up"). */
const ADJECTIVES = new Set([
  'same', 'new', 'other', 'former', 'latter', 'american', 'british', 'french', 'japanese', 'chinese', 'european',
  'struggling', 'privately', 'held', 'listed', 'private', 'public', 'young', 'giant', 'largest', 'biggest', 'smaller',
  'larger', 'big', 'small', 'leading', 'rival', 'capital-hungry', 'hungry', 'capital', 'fast-growing', 'growing',
  'loss-making', 'cash-rich', 'world', "world's", 'most', 'valuable', 'industrial', 'tech', 'technology', 'san',
  'francisco-based', 'based', 'backed', 'owned', 'controlled', 'chatbot', 'parent', 'combined', 'merged', 'owner', 'joint',
]);

// NOTE: the modifier lists as two word classes (by plain and by lower-case form): bit tests on the token's shared Word.
const C_NAME_ADJECTIVES = wordClass(NAME_ADJECTIVES, true);
const C_MODIFIER_WORDS = wordClass(new Set([...Object.keys(SECTOR_HINTS), ...DESCRIPTOR_WORDS, ...ADJECTIVES]));

function isModifier(v: DocView, k: number): boolean {
  const t = v.tokens[k]!;
  if (t.text === '-' || t.norm === "'") return true;
  if (inClass(t.word, C_NAME_ADJECTIVES) || inClass(t.word, C_MODIFIER_WORDS)) return true;
  if (t.lower === 's' && v.tokens[k - 1]?.norm === "'") return true;
  // NOTE: pieces of hyphenated adjectives: "Tokyo-based", "capital-hungry", "Nvidia-backed".
  return v.tokens[k + 1]?.text === '-' || v.tokens[k - 1]?.text === '-';
}

/** Nouns an appositive uses to describe a company by its relation to another. */
const ROLE_HEADS = new Set(['rival', 'rivals', 'competitor', 'peer', 'partner', 'customer', 'backer', 'investor', 'supplier', 'parent', 'owner', 'unit', 'subsidiary', 'arm']);

/** The nearest mention ending within n tokens before token k (possessive or not). */
function mentionEndingBefore(v: DocView, k: number, n: number): Mention | null {
  for (let j = k - 1; j >= Math.max(0, k - n - 2); j--) {
    const m = v.mentionAt[j];
    if (m && !m.outlet && m.entityId) return m;
  }
  return null;
}

/** Index of a head noun reached over at most four modifiers, or -1. The head must end the phrase. */
function headAfter(v: DocView, from: number, end: number, maxModifiers = 5, heads: ReadonlySet<string> = HEADS, loose = false): number {
  const t = v.tokens;
  for (let k = from; k < end && k < from + maxModifiers + 2; k++) {
    const tok = t[k]!;
    // NOTE: "the $500 billion venture": a figure right after the determiner is a modifier.
    const figure = k === from ? v.amountAt[k] : undefined;
    if (figure && figure.tok === k) {
      k = figure.tokEnd - 1;
      continue;
    }
    const mention = v.mentionAt[k];
    // NOTE: "the Nvidia-backed provider", "the SoftBank-owned chip designer": a name inside a hyphenated participle.
    if (mention && mention.kind !== 'product' && !embeddedName(v, mention)) return -1;
    if ((heads.has(tok.lower) && !/^\p{Lu}/u.test(tok.text)) || isStartUp(v, k)) {
      const next = t[k + 1];
      // NOTE: "the company's" is fine; "the company OpenAI" is a name with a descriptor.
      if (next && v.mentionAt[k + 1] && !v.mentionAt[k + 1]!.possessive) return -1;
      if (next && /^(?:[a-z]+)$/.test(next.text) && (HEADS.has(next.lower) || next.lower === 'start')) continue;
      if (tok.lower === 'start' && next?.text === '-') continue;
      return k;
    }
    if (mention) continue;
    // NOTE: "the London-based company": a capitalised first half of a hyphenated adjective;
    // "the Santa Clara chip designer": a place before lower-case words that end on a head.
    const c = tok.text.charCodeAt(0);
    // NOTE: a token opening with an ASCII character other than a capital is no capitalised word; no pattern needed.
    const compound = (c >= 128 || (c >= 65 && c <= 90)) && /^\p{Lu}\p{Ll}+$/u.test(tok.text) && (t[k + 1]?.text === '-' || placeWord(v, from, k));
    if (!MODIFIER.test(tok.norm) && !NAME_ADJECTIVES.has(tok.norm) && !compound) return -1;
    if (NOT_MODIFIERS.has(tok.lower) || (!loose && !isModifier(v, k))) return -1;
  }
  return -1;
}

const PARTICIPLES = new Set(['backed', 'owned', 'controlled', 'funded', 'financed', 'led', 'listed', 'supported']);

/** True when name mention m is the first half of "<Name>-backed" (or -owned, -funded …) inside a noun phrase. */
export function embeddedName(v: DocView, m: Mention): boolean {
  const t = v.tokens;
  return !m.possessive && t[m.tokEnd]?.text === '-' && t[m.tokEnd]!.start === t[m.tokEnd - 1]!.end && PARTICIPLES.has(t[m.tokEnd + 1]?.lower ?? '');
}

/**
 * True when capitalised token k belongs to a run of at most two capitalised words right after the
 * determiner (token from - 1 is "the"), followed by a lower-case word: "the Santa Clara chip designer",
 * "the Seattle company". A capital run is a place here, never a name the gazetteer knows.
 */
function placeWord(v: DocView, from: number, k: number): boolean {
  if (v.tokens[from - 1]?.lower !== 'the' || k - from > 1 || !placeAfterThe(v, k)) return false;
  const j = k + 1 - from < 2 && placeAfterThe(v, k + 1) ? k + 2 : k + 1;
  return /^[a-z]/.test(v.tokens[j]?.text ?? '');
}

function possessiveAfter(v: DocView, k: number): boolean {
  return v.tokens[k]?.norm === "'" && v.tokens[k + 1]?.lower === 's';
}

/** A product named inside or right after the phrase: "the ChatGPT-maker", "the company behind ChatGPT". */
function productIn(v: DocView, from: number, to: number): EntityId | null {
  for (let k = from; k < to; k++) {
    const m = v.mentionAt[k];
    if (m?.kind === 'product' && m.entityId) return m.entityId;
  }
  const t = v.tokens;
  if (/^(behind|of)$/.test(t[to - 2]?.lower ?? '') || /^(behind|of)$/.test(t[to - 1]?.lower ?? '')) {
    for (let k = to - 1; k < to + 3; k++) {
      const m = v.mentionAt[k];
      if (m?.kind === 'product' && m.entityId) return m.entityId;
    }
  }
  return null;
}

function anaphor(v: DocView, from: number, to: number, sentence: number, possessive: boolean): Mention {
  const t = v.tokens;
  const kind = to - from === 1 ? 'pronoun' : 'nominal';
  return {
    start: t[from]!.start, end: t[to - 1]!.end, tok: from, tokEnd: to, npTok: from, sentence, kind,
    text: v.text.slice(t[from]!.start, t[to - 1]!.end), candidates: [], entityId: null, name: '',
    possessive, role: kind === 'pronoun' ? 'subject' : 'object', outlet: false, alternatives: [],
  };
}
