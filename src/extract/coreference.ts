/** Coreference: "it", "its", "the AI firm", "Altman's company", "the ChatGPT-maker" → the entity meant. */
import { rollupRoot } from '../core/entity.js';
import type { EntityId } from '../core/ids.js';
import { indexMentions, type DocView, type Mention } from './doc-view.js';
import { paragraphLabel } from './context-label.js';
import { roleOf, extendNounPhrase } from './mention-roles.js';
import { findAnaphors, HEADS, SECTOR_HINTS, type Anaphor } from './coref-anaphors.js';
import { definite } from './coref-definite.js';
import { cataphoraTarget } from './coref-cataphora.js';
import { previousFocus } from './coref-focus.js';
import { ventureOfNearbyOwners } from './coref-venture.js';
import { clauseSubjectOf } from './coref-object-description.js';
import { byTok, sortSmall } from './small-sort.js';

/** Verbs whose subject is the company being funded. */
const RAISES = new Set(['raised', 'raises', 'raising', 'secured', 'secures']);
/** Verbs an analyst states a view with. */
const OPINION = new Set(['estimates', 'estimated', 'expects', 'expected', 'believes', 'thinks', 'forecasts', 'predicts', 'projects', 'reckons', 'calculates']);
const FUNDRAISERS = new Set(['ai_lab', 'neocloud', 'infrastructure']);
/** Linking verbs: "X remains its partner". */
const COPULAS = new Set(['is', 'was', 'remains', 'remained', 'became', 'becomes', 'are', 'were', 'stays', 'stayed']);
/** Find pronouns and nominal anaphors, then resolve every mention in text order. */
export function resolveCoreference(v: DocView): void {
  const anaphors = findAnaphors(v);
  const of = mergeAnaphors(v, anaphors);
  indexMentions(v);
  for (const a of anaphors) {
    if (a.m.kind === 'pronoun') continue;
    extendNounPhrase(v, a.m);
    a.m.role = roleOf(v, a.m);
  }
  const history: Mention[] = [];
  for (let i = 0; i < v.mentions.length; i++) {
    const m = v.mentions[i]!;
    if (m.outlet) continue;
    const a = of[i];
    if (a) resolveAnaphor(v, a, history);
    else if (m.kind === 'descriptor') resolveDescriptor(v, m, history);
    else if (m.kind === 'product') continue;
    if (m.entityId !== null || m.kind === 'unknown') history.push(m);
  }
}

/**
 * Put the anaphors' mentions among the document's in token order (as a stable sort would: a name before an
 * anaphor on the same token); returns the anaphor of each mention, by index, undefined for names.
 * NOTE: both lists are already in text order, so one merge replaces a sort and a mention → anaphor map.
 */
function mergeAnaphors(v: DocView, anaphors: readonly Anaphor[]): (Anaphor | undefined)[] {
  const names = v.mentions;
  const merged: Mention[] = [];
  const of: (Anaphor | undefined)[] = [];
  let j = 0;
  for (let i = 0; i < names.length; i++) {
    const n = names[i]!;
    if (i > 0 && n.tok < names[i - 1]!.tok) return sortAnaphors(v, anaphors);
    while (j < anaphors.length && anaphors[j]!.m.tok < n.tok) {
      if (j > 0 && anaphors[j]!.m.tok < anaphors[j - 1]!.m.tok) return sortAnaphors(v, anaphors);
      merged.push(anaphors[j]!.m);
      of.push(anaphors[j++]);
    }
    merged.push(n);
    of.push(undefined);
  }
  for (; j < anaphors.length; j++) {
    if (j > 0 && anaphors[j]!.m.tok < anaphors[j - 1]!.m.tok) return sortAnaphors(v, anaphors);
    merged.push(anaphors[j]!.m);
    of.push(anaphors[j]);
  }
  v.mentions.length = 0;
  v.mentions.push(...merged);
  return of;
}

/** mergeAnaphors for lists out of text order: append and sort. */
function sortAnaphors(v: DocView, anaphors: readonly Anaphor[]): (Anaphor | undefined)[] {
  const byMention = new Map(anaphors.map((a) => [a.m, a]));
  v.mentions.push(...anaphors.map((a) => a.m));
  sortSmall(v.mentions, byTok);
  return v.mentions.map((m) => byMention.get(m));
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
  // NOTE: "OpenAI's revenue is growing and it has raised ...": a possessive topic comes next;
  // so does the company in a sentence-opening "Shares of X rose after it said ...".
  for (const h of history) if (h.sentence === m.sentence && (h.possessive || sharesOf(v, h))) out.push(h);
  const earlier = new Map<number, Mention>();
  const start = (h: Mention) => h.npTok === v.sentTok[h.sentence];
  for (const h of history) {
    if (h.sentence >= m.sentence || h.sentence < m.sentence - 3 || earlier.has(h.sentence)) continue;
    // NOTE: "Amazon shares rose": a sentence-initial modifier is the sentence's topic.
    if ((h.role === 'subject' && !h.possessive) || (h.role === 'modifier' && start(h))) earlier.set(h.sentence, h);
  }
  out.push(...sortSmall([...earlier.entries()], (a, b) => b[0] - a[0]).map(([, h]) => h));
  for (let i = history.length - 1; i >= 0 && history[i]!.sentence >= m.sentence - 3; i--) out.push(history[i]!);
  return out;
}

/** True when h opens its sentence as "Shares of h" or "Stock in h": the sentence's topic. */
function sharesOf(v: DocView, h: Mention): boolean {
  const t = v.tokens;
  const p = h.npTok - 2;
  return p === v.sentTok[h.sentence] && /^(?:of|in)$/.test(t[p + 1]!.lower) && /^(?:shares|stock)$/.test(t[p]!.lower);
}

function appositiveAnchor(v: DocView, m: Mention, history: readonly Mention[]): Mention | undefined {
  const prev = v.tokens[m.npTok - 1];
  if (prev?.text !== ',') return undefined;
  const h = history.at(-1);
  return h && h.tokEnd === m.npTok - 1 && !h.possessive ? h : undefined;
}

function resolveAnaphor(v: DocView, a: Anaphor, history: readonly Mention[]): void {
  const m = a.m;
  // NOTE: "In 2023, the year it invested in Lambda, Nvidia agreed ...": a pronoun in an opening clause points forward.
  const ahead = m.kind === 'pronoun' ? cataphoraTarget(v, m) : null;
  if (ahead?.entityId) return setEntity(v, m, ahead.entityId, ahead);
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
    // NOTE: "Consider Lambda. Nvidia rents servers from the company": the one party the sentence before named comes first.
    const focus = previousFocus(v, history, m, subject);
    if (focus) order = [focus, ...order.filter((h) => h !== focus)];
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
  if (a.excluded) order = order.filter((h) => !h.entityId || !a.excluded!.includes(h.entityId));
  // NOTE: "a bid for the AI search start-up" after "Perplexity said": a described sector beats the clause-subject guess.
  const described = a.sectors.length && !order.some(compatible) ? recent.find((h) => compatible(h) && (!h.entityId || !a.excluded?.includes(h.entityId))) : undefined;
  const pick = order.find(compatible) ?? described ?? (a.venture ? undefined : order[0]);
  const owned = !pick && a.venture ? ventureOfNearbyOwners(v, history, m) : null;
  if (owned) setEntity(v, m, owned);
  if (!m.alternatives.length) {
    const ids = new Set<EntityId>();
    for (const h of order) if (h.entityId !== null) ids.add(h.entityId);
    for (const h of recent) if (h.entityId !== null) ids.add(h.entityId);
    m.alternatives = [...ids];
  }
  if (pick?.entityId) setEntity(v, m, pick.entityId, pick);
  else if (pick) {
    m.name = pick.name;
    m.antecedent = pick;
  }
}

const NO_HEADS: ReadonlySet<string> = new Set();

/** The subjects a comma-opened "whose" clause around pronoun m describes: ids of subjects before ", whose". */
function relativeHeads(v: DocView, m: Mention): ReadonlySet<string> {
  const t = v.tokens;
  if (m.kind !== 'pronoun') return NO_HEADS;
  const out = new Set<string>();
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
  const scored = candidates.map((m, i) => ({ m, i, n: m.entityId ? count.get(m.entityId) ?? 0 : 0 }));
  return sortSmall(scored, (a, b) => b.n - a.n || a.i - b.i).map((x) => x.m);
}

/** A gazetteer descriptor: the candidate mentioned most recently, else a generic reading, else the only one. */
function resolveDescriptor(v: DocView, m: Mention, history: readonly Mention[]): void {
  if (m.candidates.length === 1 && history.some((h) => h.entityId === m.candidates[0])) {
    setEntity(v, m, m.candidates[0]!);
    return;
  }
  // NOTE: "Nvidia said it would invest $5bn in the chipmaker": a description in object position means another candidate than its clause's subject.
  const own = clauseSubjectOf(v, m);
  for (const pass of own ? [own, null] : [null]) {
    for (let i = history.length - 1; i >= 0; i--) {
      const id = history[i]!.entityId;
      if (id && id !== pass && m.candidates.includes(id)) {
        setEntity(v, m, id, history[i]);
        return;
      }
    }
  }
  const anchor = appositiveAnchor(v, m, history);
  if (anchor?.entityId) {
    setEntity(v, m, anchor.entityId, anchor);
    return;
  }
  // NOTE: "the Windows maker", "the Japanese conglomerate": a capitalised word makes a one-company description distinctive.
  if (m.candidates.length === 1 && /\p{Lu}\p{Ll}/u.test(m.tok === v.sentTok[m.sentence] ? m.text.slice(1) : m.text)) {
    setEntity(v, m, m.candidates[0]!);
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
