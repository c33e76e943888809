/** Coreference: "it", "its", "the AI firm", "Altman's company", "the ChatGPT-maker" → the entity meant. */
import { rollupRoot, type Sector } from '../core/entity.js';
import type { EntityId } from '../core/ids.js';
import { indexMentions, type DocView, type Mention } from './doc-view.js';
import { paragraphLabel } from './context-label.js';
import { roleOf, extendNounPhrase } from './mentions.js';
import { DESCRIPTOR_WORDS, NAME_ADJECTIVES } from './lexicon.js';
import { definite } from './coref-definite.js';

/** Head nouns of noun phrases that stand for a company ("the company", "the AI firm"). */
const HEADS = new Set([
  'company', 'firm', 'startup', 'start-up', 'group', 'lab', 'developer', 'maker', 'chipmaker', 'provider', 'giant',
  'conglomerate', 'business', 'venture', 'investor', 'backer', 'carrier', 'operator', 'supplier', 'designer',
  'manufacturer', 'outfit', 'hyperscaler', 'neocloud', 'lender', 'creator', 'owner', 'parent', 'laboratory', 'miner',
]);
/** Words that may stand between the determiner and the head. */
const MODIFIER = /^(?:[a-z][a-z'-]*|-|')$/;
const NOT_MODIFIERS = new Set(['and', 'or', 'of', 'in', 'to', 'for', 'with', 'that', 'which', 'was', 'is', 'has', 'had', 'would', 'will', 'said', 'not']);
/** Modifier words → the sectors they point to. */
const SECTOR_HINTS: Readonly<Record<string, readonly Sector[]>> = {
  ai: ['ai_lab'], chatbot: ['ai_lab'], lab: ['ai_lab'], laboratory: ['ai_lab'], intelligence: ['ai_lab'], 'artificial-intelligence': ['ai_lab'],
  cloud: ['cloud', 'neocloud'], 'cloud-services': ['cloud', 'neocloud'], 'cloud-computing': ['cloud', 'neocloud'],
  hyperscaler: ['cloud'], neocloud: ['neocloud'], chip: ['chips'], chipmaker: ['chips'], semiconductor: ['chips'],
  gpu: ['chips', 'neocloud'], software: ['software', 'cloud'], search: ['cloud'], investment: ['investor'],
  investor: ['investor'], conglomerate: ['investor'], fund: ['investor'], 'e-commerce': ['cloud'],
  'data-center': ['infrastructure', 'neocloud'], infrastructure: ['infrastructure', 'neocloud'], server: ['hardware'],
  startup: ['ai_lab', 'neocloud'], up: ['ai_lab', 'neocloud'],
};
/** Verbs whose subject is the company being funded. */
const RAISES = new Set(['raised', 'raises', 'raising', 'secured', 'secures']);
/** Verbs an analyst states a view with. */
const OPINION = new Set(['estimates', 'estimated', 'expects', 'expected', 'believes', 'thinks', 'forecasts', 'predicts', 'projects', 'reckons', 'calculates']);
const FUNDRAISERS = new Set(['ai_lab', 'neocloud', 'infrastructure']);
/** Linking verbs: "X remains its partner". */
const COPULAS = new Set(['is', 'was', 'remains', 'remained', 'became', 'becomes', 'are', 'were', 'stays', 'stayed']);
/** Prepositions after which "it" is an object. */
const OBJECT_PREPS = new Set(['in', 'into', 'with', 'from', 'for', 'of', 'on', 'at', 'by', 'about', 'behind', 'toward', 'towards']);
const PLEONASTIC_AFTER = /^(?:is|was|'s|remains|remained|seems|seemed|appears|appeared|takes|took) (?:not |still |also |too )?(?:unclear|clear|likely|unlikely|possible|expected|understood|reported|said|unknown|difficult|hard|easy|important|time|worth)/;

interface Anaphor {
  readonly m: Mention;
  /** Sector hints from its words. */
  readonly sectors: readonly Sector[];
  /** Joint ventures only ("the venture"). */
  readonly venture: boolean;
  /** "that company": the most recent other entity, never the clause subject. */
  readonly demonstrative: boolean;
}

/** Find pronouns and nominal anaphors, then resolve every mention in text order. */
export function resolveCoreference(v: DocView): void {
  const anaphors = findAnaphors(v);
  const byMention = new Map(anaphors.map((a) => [a.m, a]));
  v.mentions.push(...anaphors.map((a) => a.m));
  v.mentions.sort((a, b) => a.tok - b.tok);
  indexMentions(v);
  for (const a of anaphors) {
    if (a.m.kind === 'pronoun') continue;
    extendNounPhrase(v, a.m);
    a.m.role = roleOf(v, a.m);
  }
  const history: Mention[] = [];
  for (const m of v.mentions) {
    if (m.outlet) continue;
    const a = byMention.get(m);
    if (a) resolveAnaphor(v, a, history);
    else if (m.kind === 'descriptor') resolveDescriptor(v, m, history);
    else if (m.kind === 'product') continue;
    if (m.entityId !== null || m.kind === 'unknown') history.push(m);
  }
}

function findAnaphors(v: DocView): Anaphor[] {
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
        const after = v.text.slice(t[i]!.end, t[i]!.end + 40).trimStart().replace(/’/g, "'");
        if (w === 'it' && PLEONASTIC_AFTER.test(after)) continue;
        const m = anaphor(v, i, i + 1, s, w === 'its');
        // NOTE: "has invested $8 billion in it": an object pronoun is never its own clause's subject.
        if (w === 'it' && OBJECT_PREPS.has(t[i - 1]?.lower ?? '')) m.role = 'oblique';
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
      const words = t.slice(i + 1, head + 1).map((x) => x.lower);
      const m = anaphor(v, i, head + 1, s, possessiveAfter(v, head + 1));
      const product = productIn(v, i + 1, head + 2 < end ? head + 3 : head + 1);
      if (product) m.candidates = [product];
      const sectors = [...new Set(words.flatMap((x) => SECTOR_HINTS[x] ?? []))];
      out.push({ m, sectors, venture: t[head]!.lower === 'venture', demonstrative: w === 'that' });
      i = head;
    }
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
  'francisco-based', 'based', 'backed', 'owned', 'controlled', 'chatbot', 'parent', 'combined', 'merged', 'owner',
]);

function isModifier(v: DocView, k: number): boolean {
  const t = v.tokens[k]!;
  if (t.text === '-' || t.norm === "'") return true;
  if (NAME_ADJECTIVES.has(t.norm) || SECTOR_HINTS[t.lower] || DESCRIPTOR_WORDS.has(t.lower) || ADJECTIVES.has(t.lower)) return true;
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
    const mention = v.mentionAt[k];
    if (mention && mention.kind !== 'product') return -1;
    if ((heads.has(tok.lower) && !/^\p{Lu}/u.test(tok.text)) || isStartUp(v, k)) {
      const next = t[k + 1];
      // NOTE: "the company's" is fine; "the company OpenAI" is a name with a descriptor.
      if (next && v.mentionAt[k + 1] && !v.mentionAt[k + 1]!.possessive) return -1;
      if (next && /^(?:[a-z]+)$/.test(next.text) && (HEADS.has(next.lower) || next.lower === 'start')) continue;
      if (tok.lower === 'start' && next?.text === '-') continue;
      return k;
    }
    if (mention) continue;
    // NOTE: "the London-based company": a capitalised first half of a hyphenated adjective.
    const compound = /^\p{Lu}\p{Ll}+$/u.test(tok.text) && t[k + 1]?.text === '-';
    if (!MODIFIER.test(tok.norm) && !NAME_ADJECTIVES.has(tok.norm) && !compound) return -1;
    if (NOT_MODIFIERS.has(tok.lower) || (!loose && !isModifier(v, k))) return -1;
  }
  return -1;
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

function setEntity(v: DocView, m: Mention, id: EntityId, antecedent?: Mention): void {
  m.entityId = id;
  m.name = v.gazetteer.entities.get(id)?.name ?? antecedent?.name ?? m.text;
  if (antecedent) m.antecedent = antecedent;
}

/** The subject of the clause before mention m, in its sentence. */
function clauseSubject(history: readonly Mention[], m: Mention): Mention | undefined {
  for (let i = history.length - 1; i >= 0; i--) {
    const h = history[i]!;
    if (h.sentence !== m.sentence) return undefined;
    if (h.role === 'subject' && !h.possessive) return h;
  }
  return undefined;
}

/** Candidates for a subject-like anaphor: subjects of this sentence, then first subjects of earlier ones. */
function subjectOrder(v: DocView, history: readonly Mention[], m: Mention): Mention[] {
  const out: Mention[] = [];
  for (let i = history.length - 1; i >= 0; i--) {
    const h = history[i]!;
    if (h.sentence === m.sentence && h.role === 'subject' && !h.possessive) out.push(h);
  }
  // NOTE: "OpenAI's revenue is growing and it has raised ...": a possessive topic comes next.
  for (const h of history) if (h.sentence === m.sentence && h.possessive) out.push(h);
  const earlier = new Map<number, Mention>();
  const start = (h: Mention) => h.npTok === v.sentTok[h.sentence];
  for (const h of history) {
    if (h.sentence >= m.sentence || h.sentence < m.sentence - 3 || earlier.has(h.sentence)) continue;
    // NOTE: "Amazon shares rose": a sentence-initial modifier is the sentence's topic.
    if ((h.role === 'subject' && !h.possessive) || (h.role === 'modifier' && start(h))) earlier.set(h.sentence, h);
  }
  out.push(...[...earlier.entries()].sort((a, b) => b[0] - a[0]).map(([, h]) => h));
  for (let i = history.length - 1; i >= 0 && history[i]!.sentence >= m.sentence - 3; i--) out.push(history[i]!);
  return out;
}

function appositiveAnchor(v: DocView, m: Mention, history: readonly Mention[]): Mention | undefined {
  const prev = v.tokens[m.npTok - 1];
  if (prev?.text !== ',') return undefined;
  const h = history.at(-1);
  return h && h.tokEnd === m.npTok - 1 && !h.possessive ? h : undefined;
}

function resolveAnaphor(v: DocView, a: Anaphor, history: readonly Mention[]): void {
  const m = a.m;
  const anchor = m.kind === 'nominal' ? appositiveAnchor(v, m, history) : undefined;
  const fixed = m.candidates[0];
  if (fixed) {
    setEntity(v, m, fixed);
    // NOTE: an appositive ("OpenAI, the company behind ChatGPT,") plays its anchor's part.
    if (anchor && anchor.entityId === fixed) m.role = anchor.role;
    return;
  }
  if (anchor?.entityId) {
    setEntity(v, m, anchor.entityId, anchor);
    m.role = anchor.role;
    return;
  }
  const compatible = (h: Mention) => {
    const e = h.entityId ? v.gazetteer.entities.get(h.entityId) : undefined;
    if (a.venture) return e?.kind === 'joint_venture';
    return !a.sectors.length || (!!e && a.sectors.includes(e.sector));
  };
  let order: Mention[];
  const recent: Mention[] = [];
  for (let i = history.length - 1; i >= 0 && history[i]!.sentence >= m.sentence - 3; i--) recent.push(history[i]!);
  if (m.kind === 'pronoun' && m.possessive && v.tokens[m.tokEnd]?.lower === 'own') {
    // NOTE: "for OpenAI to sign its own contract": "its own" binds to the nearest company.
    order = recent;
  } else if (m.kind === 'pronoun' && m.possessive && COPULAS.has(v.tokens[m.tok - 1]?.lower ?? '')) {
    // NOTE: "AWS remains its main partner": after a copula "its" is never the subject nor the subject's family.
    const subject = clauseSubject(history, m);
    const root = (h: Mention) => (h.entityId ? rollupRoot(h.entityId, v.gazetteer.entities) : h.name);
    const others = subject ? recent.filter((h) => root(h) !== root(subject)) : recent;
    const pool = others.length ? others : recent;
    const prominent = (h: Mention) => h.role === 'subject' || h.possessive;
    order = [...pool.filter(prominent), ...pool.filter((h) => !prominent(h))];
  } else if (m.kind === 'pronoun' && m.possessive) {
    // NOTE: "its" prefers the subject of its own sentence ("Anthropic counts Google among its backers").
    const own = recent.filter((h) => h.sentence === m.sentence && h.role === 'subject' && !h.possessive);
    // NOTE: a sentence-initial "Its" continues the previous sentence's subject before any later name in it.
    const opening = !own.length && m.tok === v.sentTok[m.sentence] ? recent.filter((h) => h.sentence === m.sentence - 1 && h.role === 'subject' && !h.possessive).slice(-1) : [];
    order = [...own, ...opening, ...recent.filter((h) => h.sentence >= m.sentence - 2)];
  } else if (m.role === 'subject' && !a.demonstrative) {
    order = subjectOrder(v, history, m);
  } else if (a.demonstrative) {
    const subject = clauseSubject(history, m);
    order = recent.filter((h) => !subject || h.entityId !== subject.entityId);
  } else {
    // NOTE: "the company" in object position: the document's most talked-about company nearby,
    // never the subject of its own clause ("Microsoft would own 49% of the company").
    const subject = clauseSubject(history, m);
    const others = recent.filter((h) => !subject || h.entityId !== subject.entityId);
    order = bySalience(history, others.length ? others : recent);
    // NOTE: "- Fluidstack: the lab will spend $50bn with the London-based company": the paragraph's label first.
    if (m.kind === 'nominal') order = [...paragraphLabel(v, m.sentence).filter((h) => h.entityId && h.entityId !== subject?.entityId), ...order];
  }
  // NOTE: "Roth Capital estimates the company's spending …": an analyst's estimate is about another company.
  if (m.kind === 'nominal' && OPINION.has(v.tokens[m.npTok - 1]?.lower ?? '')) {
    const analyst = v.mentionAt[m.npTok - 2];
    if (analyst?.entityId && v.gazetteer.entities.get(analyst.entityId)?.sector === 'investor') {
      const others = order.filter((h) => h.entityId !== analyst.entityId);
      if (others.length) order = others;
    }
  }
  // NOTE: "the company raised €385 million from investors": whoever raises money is not an investor, and is the much-named one.
  if (RAISES.has(v.tokens[m.tokEnd]?.lower ?? '') || (RAISES.has(v.tokens[m.tokEnd + 1]?.lower ?? '') && /^(has|had|have)$/.test(v.tokens[m.tokEnd]!.lower))) {
    const sector = (h: Mention) => (h.entityId ? v.gazetteer.entities.get(h.entityId)?.sector : undefined);
    // NOTE: labs, neoclouds and data-centre builders are the ones that raise rounds.
    const young = order.filter((h) => FUNDRAISERS.has(sector(h) ?? ''));
    const raisers = young.length ? young : order.filter((h) => sector(h) !== 'investor');
    if (raisers.length && raisers.length < order.length) order = bySalience(history, raisers);
  }
  // NOTE: "Nvidia and AMD, whose chips it uses,": a pronoun in a relative clause is not its head.
  const heads = relativeHeads(v, m);
  if (heads.size && order.some((h) => !heads.has(h.entityId ?? ''))) order = order.filter((h) => !heads.has(h.entityId ?? ''));
  const pick = order.find(compatible) ?? (a.venture ? undefined : order[0]);
  if (!m.alternatives.length) {
    m.alternatives = unique([...order, ...recent].map((h) => h.entityId).filter((x): x is EntityId => x !== null));
  }
  if (pick?.entityId) setEntity(v, m, pick.entityId, pick);
  else if (pick) {
    m.name = pick.name;
    m.antecedent = pick;
  }
}

/** The subjects a comma-opened "whose" clause around pronoun m describes: ids of subjects before ", whose". */
function relativeHeads(v: DocView, m: Mention): Set<string> {
  const t = v.tokens;
  const out = new Set<string>();
  if (m.kind !== 'pronoun') return out;
  const first = v.sentTok[m.sentence]!;
  for (let j = m.tok - 1; j > first && j >= m.tok - 6; j--) {
    const w = t[j]!.lower;
    if (w === ',' || w === ';') break;
    // NOTE: only "whose" leaves the clause its own subject; in ", which said it would" "it" is the head.
    if (w !== 'whose') continue;
    if (t[j - 1]?.text !== ',') break;
    for (const h of v.sentMentions[m.sentence] ?? []) if (h.tok < j && h.role === 'subject' && h.entityId) out.add(h.entityId);
    break;
  }
  return out;
}

/** Candidates ranked by how often the document has named them so far, most recent first on ties. */
function bySalience(history: readonly Mention[], candidates: readonly Mention[]): Mention[] {
  const count = new Map<string, number>();
  const weight = (h: Mention) => (h.role === 'subject' ? 2 : h.role === 'modifier' ? 0.5 : 1);
  for (const h of history) if (h.entityId) count.set(h.entityId, (count.get(h.entityId) ?? 0) + weight(h));
  return candidates
    .map((m, i) => ({ m, i, n: m.entityId ? count.get(m.entityId) ?? 0 : 0 }))
    .sort((a, b) => b.n - a.n || a.i - b.i)
    .map((x) => x.m);
}

function unique<T>(xs: readonly T[]): T[] {
  return [...new Set(xs)];
}

/** A gazetteer descriptor: the candidate mentioned most recently, else a generic reading, else the only one. */
function resolveDescriptor(v: DocView, m: Mention, history: readonly Mention[]): void {
  if (m.candidates.length === 1 && history.some((h) => h.entityId === m.candidates[0])) {
    setEntity(v, m, m.candidates[0]!);
    return;
  }
  for (let i = history.length - 1; i >= 0; i--) {
    const id = history[i]!.entityId;
    if (id && m.candidates.includes(id)) {
      setEntity(v, m, id, history[i]);
      return;
    }
  }
  const anchor = appositiveAnchor(v, m, history);
  if (anchor?.entityId) {
    setEntity(v, m, anchor.entityId, anchor);
    return;
  }
  const words = m.text.toLowerCase().split(/[\s-]+/);
  const generic = words.some((w) => HEADS.has(w));
  if (generic && v.tokens[m.tok - 1] && definite(v, m)) {
    const sectors = words.flatMap((w) => SECTOR_HINTS[w] ?? []);
    const pick = [...history].reverse().find((h) => {
      const e = h.entityId ? v.gazetteer.entities.get(h.entityId) : undefined;
      return h.sentence >= m.sentence - 3 && !!e && (!sectors.length || sectors.includes(e.sector));
    });
    if (pick?.entityId) {
      setEntity(v, m, pick.entityId, pick);
      return;
    }
  }
  if (m.candidates.length === 1) setEntity(v, m, m.candidates[0]!);
}
