/** Finding a trigger's arguments: the subject before it, the object after a preposition, possessors, lists. */
import { isListLink, startsClause } from './mention-roles.js';
import { NAME_ADJECTIVES, NOT_NAMES } from './lexicon.js';
import { describesOnly } from './name-adjective.js';
import { addMention, mentionsIn, sentenceOfToken, type DocView, type Mention } from './doc-view.js';
import { partyOrProduct, usable } from './frame.js';
import { hasWord } from './frame-words.js';
import { heldAlias } from './gazetteer.js';
import { openerSubject } from './opener-subject.js';
import { withSubject } from './absolute-with.js';

/** Verbs after which "that" opens a reported clause, not a relative one. */
const CLAUSE_VERBS = new Set(['said', 'says', 'say', 'reported', 'announced', 'noted', 'added', 'told', 'believes', 'expects', 'confirmed', 'showed', 'shows', 'argued', 'claimed', 'warned', 'so', 'such']);

/** Words that end the clause a subject is searched in. */
const BARRIERS = new Set([';', 'while', 'whereas', 'but', 'although', 'though', 'meanwhile', 'however']);
/** Punctuation an object search does not cross. */
const STOPS = new Set([',', ';', ':', '(', ')', '.', '?', '!']);

export interface AgentOptions {
  readonly allowModifier?: boolean;
  readonly allowPossessive?: boolean;
  /** Accept object-role mentions too (for "help X do"). */
  readonly allowObject?: boolean;
}

const endOf = (v: DocView, s: number) => v.sentTok[s + 1]!;
const startOf = (v: DocView, s: number) => v.sentTok[s]!;

/** The subject of the clause a trigger at token k sits in: the nearest subject-role mention before it. */
export function agentBefore(v: DocView, s: number, k: number, opts: AgentOptions = {}): Mention | null {
  const t = v.tokens;
  const absolute = withSubject(v, s, k);
  if (absolute) return absolute;
  for (let j = k - 1; j >= startOf(v, s); j--) {
    const w = t[j]!.lower;
    if (BARRIERS.has(w)) return null;
    // NOTE: "Nvidia and AMD, whose chips it uses, were among the investors": skip the relative clause.
    if (w === ',') {
      const closed = relativeClauseHead(v, s, j);
      if (closed) return closed;
    }
    // NOTE: "the vehicle that will buy the chips": a description right before a restrictive relative is its subject.
    if (w === 'that' || w === 'which') {
      const m = v.mentionAt[j - 1];
      if (usable(m) && m.kind === 'nominal' && m.tokEnd === j) return m;
    }
    if ((w === 'which' || w === 'who') && t[j - 1]?.text === ',') {
      for (let back = j - 2; back >= Math.max(startOf(v, s), j - 4); back--) {
        const m = v.mentionAt[back];
        if (usable(m) && !m.possessive) return m;
        if (m) break;
      }
      // NOTE: "ASML, the Dutch maker of chip-making machines, which put €1.3bn into it": the head before an appositive.
      const head = appositiveHead(v, s, j - 1);
      if (head) return head;
    }
    // NOTE: "CoreWeave, another cloud provider that buys its chips": the appositive's company.
    if ((w === 'that' || w === 'which' || w === 'who') && /^[a-z-]+$/.test(t[j - 1]?.text ?? '') && !CLAUSE_VERBS.has(t[j - 1]!.lower)) {
      for (let back = j - 1; back >= Math.max(startOf(v, s), j - 7); back--) {
        if (t[back]!.text !== ',') continue;
        const m = v.mentionAt[back - 1];
        if (usable(m) && !m.possessive) return m;
        break;
      }
    }
    const m = v.mentionAt[j];
    if (!m || j !== m.tok) continue;
    if (!usable(m)) continue;
    if (m.possessive && !opts.allowPossessive) continue;
    if (m.role === 'subject' || (m.role === 'modifier' && opts.allowModifier) || (m.role === 'object' && opts.allowObject)) return m;
  }
  return null;
}

/** The company before an appositive that ends at the comma at token j ("X, the Dutch maker of Y,"), or null. */
function appositiveHead(v: DocView, s: number, j: number): Mention | null {
  const t = v.tokens;
  for (let p = j - 1; p >= Math.max(startOf(v, s), j - 12); p--) {
    if (t[p]!.text !== ',') continue;
    if (!/^(the|a|an)$/.test(t[p + 1]?.lower ?? '')) return null;
    const m = v.mentionAt[p - 1];
    return usable(m) && !m.possessive ? m : null;
  }
  return null;
}

/** The company a comma-closed relative clause ending at the comma at token j describes (", whose chips it uses,"). */
function relativeClauseHead(v: DocView, s: number, j: number): Mention | null {
  const t = v.tokens;
  for (let p = j - 1; p >= Math.max(startOf(v, s), j - 12); p--) {
    if (t[p]!.text !== ',') continue;
    // NOTE: ", in which the chipmaker is taking a stake,": a preposition may open the relative clause.
    const rel = /^(in|of|to|for|with|from|through|by)$/.test(t[p + 1]?.lower ?? '') ? p + 2 : p + 1;
    if (!/^(whose|which|who|whom)$/.test(t[rel]?.lower ?? '')) return null;
    const m = v.mentionAt[p - 1];
    return usable(m) && !m.possessive ? m : null;
  }
  return null;
}

const INTENT_NOUNS = new Set([
  'plan', 'plans', 'decision', 'agreement', 'offer', 'move', 'bid', 'commitment', 'pledge', 'promise', 'deal',
  'intention', 'effort', 'attempt', 'proposal', 'willingness', 'readiness', 'option', 'right',
]);

/**
 * Who does the verb at k: "Nvidia's plan to invest" → Nvidia (the possessor of the intent noun),
 * else the subject of the clause (`agentBefore`).
 */
export function subjectOf(v: DocView, s: number, k: number, opts: AgentOptions = {}): Mention | null {
  const t = v.tokens;
  if (t[k - 1]?.lower === 'to' && INTENT_NOUNS.has(t[k - 2]?.lower ?? '')) {
    const poss = possessorBefore(v, k - 2, 4);
    if (poss && poss.kind !== 'product') return poss;
  }
  // NOTE: "negotiations are ongoing for Amazon to invest": the subject of the infinitive.
  const before = t[k - 1]?.lower === 'to' ? v.mentionAt[k - 2] : undefined;
  if (before && usable(before) && !before.possessive && t[before.npTok - 1]?.lower === 'for') return before;
  // NOTE: "Hours after agreeing to rent capacity to X, Y ordered ...": the opening clause's subject follows it.
  return agentBefore(v, s, k, opts) ?? openerSubject(v, s, k);
}

/** The subject plus earlier members of its list ("SoftBank and MGX", "Microsoft, ..., and Nvidia"). */
export function agentsFrom(v: DocView, m: Mention): Mention[] {
  if (m.kind === 'pronoun') return [m];
  // NOTE: "SoftBank and MGX, the Abu Dhabi state fund, also took part": the list ends at the appositive's anchor.
  const anchor = m.antecedent;
  if (m.kind === 'nominal' && anchor?.role === 'subject' && anchor.sentence === m.sentence && anchor.tokEnd === m.npTok - 1 && v.tokens[anchor.tokEnd]?.text === ',') {
    return agentsFrom(v, anchor);
  }
  const out = [m];
  let cur = m;
  let joined = false;
  const all = mentionsIn(v, m.sentence);
  for (let i = all.indexOf(m) - 1; i >= 0 && out.length < 8; i--) {
    const p = all[i]!;
    if (p.tok >= m.tok || !usable(p) || p.possessive || p.kind === 'pronoun') continue;
    if (!isListLink(v, p.tokEnd, cur.npTok) || startsClause(v, cur)) break;
    // NOTE: "A, B and C": a bare comma joins only a list that ends with "and" or "or".
    const and = hasWord(v, p.tokEnd, cur.npTok, AND_OR);
    if (!and && !joined) break;
    joined ||= and;
    out.unshift(p);
    cur = p;
  }
  return out;
}

const AND_OR = new Set(['and', 'or', '&']);

/** A mention and the later members of its list ("from Google, a rival, and CoreWeave"). */
export function listFrom(v: DocView, m: Mention): Mention[] {
  const out = [m];
  const pending: Mention[] = [];
  let cur = m;
  const all = mentionsIn(v, m.sentence);
  for (let i = all.indexOf(m) + 1; i > 0 && i <= all.length; i++) {
    // NOTE: "A, B, Foo Capital and C": a capitalised name after a list link is a member the gazetteer does not know.
    const n = unknownMember(v, cur, all[i]) ?? all[i];
    if (!n) break;
    if (n.tok <= m.tok) continue;
    if (out.length + pending.length >= 8) break;
    if (n.possessive && n.tok < cur.tokEnd + 12) continue;
    // NOTE: "..., B and the Qatar Investment Authority": an article before the last member is no break.
    const head = n.npTok === n.tok && v.tokens[n.tok - 1]?.lower === 'the' && n.tok - 1 > cur.tokEnd ? n.tok - 1 : n.npTok;
    if (n.kind === 'pronoun' || !isListLink(v, cur.tokEnd, head) || startsClause(v, n)) break;
    // NOTE: gapping, "to the venture and Oracle about $7 billion": a member with its own amount starts a clause.
    if (v.amountAt[n.tokEnd] ?? v.amountAt[n.tokEnd + 1]) break;
    // NOTE: members after bare commas count once an "and" or "or" closes the list.
    if (usable(n)) pending.push(n);
    if (hasWord(v, cur.tokEnd, head, AND_OR)) out.push(...pending.splice(0));
    cur = n;
  }
  return out;
}

const LEGAL_SUFFIX = /^(Co|Cos|Inc|Corp|Corporation|LLC|LP|LLP|Ltd|Limited|plc|PLC|AG|SA|NV|SE|ASA|AB|GmbH|Group|Holdings)$/;

/** An unknown company named right after a list link that follows `cur`, before the next known mention `next` (added to the view). */
function unknownMember(v: DocView, cur: Mention, next: Mention | undefined): Mention | null {
  const t = v.tokens;
  let p = cur.tokEnd;
  if (t[p]?.text === ',') p++;
  if (AND_OR.has(t[p]?.lower ?? '')) p++;
  if (p === cur.tokEnd || (next && next.npTok <= p + 1) || v.mentionAt[p] || !/^\p{Lu}/u.test(t[p]?.text ?? '')) return null;
  // NOTE: "JPMorgan Chase & Co.", "Acme, Inc.": a legal suffix ends the name before it.
  if (t[p - 1]?.text === '&' || LEGAL_SUFFIX.test(t[p]!.text)) return null;
  if (sentenceOfToken(v, p) !== cur.sentence) return null;
  const u = unknownAt(v, cur.sentence, p);
  return u && u.tok === p ? u : null;
}

export interface ObjectOptions {
  readonly maxGap?: number;
  /** Accept product mentions ("Trainium") as stand-ins for their makers. */
  readonly products?: boolean;
  /** Make an unknown company of a capitalised name right after the preposition. */
  readonly fallback?: boolean;
  /** Cross commas while looking for the preposition. */
  readonly crossComma?: boolean;
}

/** What follows the first of some prepositions: its index and the mentions (a list) it governs. */
export interface PrepObject {
  readonly prep: number;
  readonly mentions: Mention[];
}

/**
 * The first of `preps` after token k (not crossing punctuation) and the mention list right after
 * it. `mentions` is empty when the preposition governs something that is not a company.
 */
export function prepObject(v: DocView, s: number, k: number, preps: ReadonlySet<string>, opts: ObjectOptions = {}): PrepObject | null {
  const t = v.tokens;
  const end = Math.min(endOf(v, s), k + 1 + (opts.maxGap ?? 8));
  for (let j = k + 1; j < end; j++) {
    const w = t[j]!.lower;
    // NOTE: "invested €1.3 billion (about $1.5 billion) in Mistral": a bracketed conversion is skipped.
    if (w === '(') {
      const close = closingBracket(v, j, endOf(v, s));
      if (close > 0) {
        j = close;
        continue;
      }
    }
    if ((STOPS.has(w) && !(opts.crossComma && w === ',')) || BARRIERS.has(w)) return null;
    // NOTE: the "to" of "up to $1.7bn" belongs to the amount, not to an object.
    if (!preps.has(w) || v.amountAt[j]) continue;
    let m = mentionStartingNear(v, j + 1, 2);
    // NOTE: "access to Nvidia graphics processors": a name modifying a noun is not the object.
    if (m?.role === 'modifier' && !OWNERSHIP.has(v.tokens[m.tokEnd]?.lower ?? '')) m = null;
    // NOTE: "from Microsoft's Azure cloud": the possessed company is.
    if (m?.possessive) m = possessedObject(v, m);
    // NOTE: "in developing its own data centers": a possessive names an owner, not the object.
    if (m && !(m.kind === 'pronoun' && m.possessive) && (usable(m) || (opts.products && partyOrProduct(m)))) return { prep: j, mentions: listFrom(v, m) };
    if (opts.fallback) {
      const u = unknownAt(v, s, j + 1);
      if (u) return { prep: j, mentions: [u] };
    }
    return { prep: j, mentions: [] };
  }
  return null;
}

/** The ")" closing a short bracket that holds only an amount ("(about $1.5 billion)"), or -1. */
function closingBracket(v: DocView, open: number, end: number): number {
  for (let j = open + 1; j < Math.min(end, open + 10); j++) {
    if (v.tokens[j]!.text === ')') return j > open + 1 && v.amounts.some((a) => a.tok > open && a.tokEnd <= j) ? j : -1;
    if (v.mentionAt[j]) return -1;
  }
  return -1;
}

/** "27% of OpenAI equity": a name modifying these nouns still names the company. */
const OWNERSHIP = new Set(['equity', 'shares', 'stock', 'stake']);
const OWNED_FUNDING = new Set(['round', 'fundraising', 'funding', 'raise', 'offering', 'ipo', 'listing', 'financing', 'series', 'equity', 'stock', 'shares']);
/** "rents computing from Oracle's cloud": a company's cloud or platform stands for the company selling through it. */
const OWNED_SERVICE = new Set(['cloud', 'platform']);

/**
 * What a possessive object stands for: "OpenAI's rival Anthropic" → Anthropic; "xAI's latest
 * fundraising" → xAI; anything else → null (the object is a thing the company owns).
 */
function possessedObject(v: DocView, m: Mention): Mention | null {
  // NOTE: "its" has no "'s" after it; "its $6 billion Series C": an amount costs one step.
  const from = m.kind === 'pronoun' ? m.tokEnd : m.tokEnd + 2;
  for (let j = from; j < from + 4 && j < v.tokens.length; j++) {
    const a = v.amountAt[j];
    if (a && a.tok === j) {
      j = a.tokEnd - 1;
      continue;
    }
    const n = v.mentionAt[j];
    if (n && n !== m) return n.npTok <= from + 1 || n.tok <= from + 2 ? n : null;
    if (OWNED_FUNDING.has(v.tokens[j]!.lower) || (OWNED_SERVICE.has(v.tokens[j]!.lower) && j === from)) return { ...m, possessive: false };
    if (!/^[a-z-]+$/.test(v.tokens[j]!.text)) return null;
  }
  return null;
}

/** The mentions right after the first of `preps` following token k (empty when none). */
export function objectAfter(v: DocView, s: number, k: number, preps: ReadonlySet<string>, opts: ObjectOptions = {}): Mention[] {
  return prepObject(v, s, k, preps, opts)?.mentions ?? [];
}

/** The first mention whose noun phrase starts within `slack` tokens of token k. */
export function mentionStartingNear(v: DocView, k: number, slack: number): Mention | null {
  // NOTE: never into the next sentence: "spends on infrastructure. It has told investors".
  const end = Math.min(v.tokens.length, v.sentTok[sentenceOfToken(v, k) + 1] ?? v.tokens.length);
  for (let j = k; j <= k + slack + 4 && j < end; j++) {
    const m = v.mentionAt[j];
    if (!m) continue;
    if (m.npTok <= k + slack && m.npTok >= k) return m;
    return null;
  }
  return null;
}

/** The direct object of a verb at k: a mention starting within a few tokens, no preposition between. */
export function directObject(v: DocView, s: number, k: number, maxGap = 3): Mention[] {
  const t = v.tokens;
  for (let j = k + 1; j < Math.min(endOf(v, s), k + 1 + maxGap); j++) {
    const m = v.mentionAt[j];
    if (m) {
      if (m.npTok > k && usable(m) && !m.possessive && m.role !== 'modifier') return listFrom(v, m);
      return [];
    }
    const w = t[j]!.lower;
    if (STOPS.has(w) || /^(in|into|from|with|to|of|by|on|for|at|about)$/.test(w)) return [];
  }
  return [];
}

/** A possessive mention right before the noun at k ("Amazon's Trainium chips", "SoftBank's contribution"). */
export function possessorBefore(v: DocView, k: number, maxBack = 4): Mention | null {
  const t = v.tokens;
  let budget = maxBack + 2;
  for (let j = k - 1; j >= 0 && budget > 0; j--) {
    const m = v.mentionAt[j];
    if (m) return m.possessive && partyOrProduct(m) ? m : null;
    // NOTE: "Broadcom's $10 billion mystery customer": an amount costs one step, not five.
    const a = v.amountAt[j] ?? v.quantityAt[j];
    if (a && a.tok < j) {
      j = a.tok + 1;
      continue;
    }
    budget--;
    const w = t[j]!;
    if (w.norm === "'" || w.lower === 's') continue;
    if (STOPS.has(w.lower) || /^(in|into|from|with|to|of|by|on|for|at|the|a|an)$/.test(w.lower)) return null;
  }
  return null;
}

/** A name used as a modifier right before the noun at k ("Nvidia AI chips", "the Amazon investment"). */
export function modifierBefore(v: DocView, k: number, maxBack = 3): Mention | null {
  const t = v.tokens;
  for (let j = k - 1; j >= Math.max(0, k - maxBack); j--) {
    const m = v.mentionAt[j];
    if (m) return (m.role === 'modifier' || m.kind === 'product') && !m.possessive ? m : null;
    if (STOPS.has(t[j]!.lower) || !/^[\p{L}\p{N}-]/u.test(t[j]!.text)) return null;
  }
  return null;
}

/** A capitalised name at token k that the gazetteer does not know: made an unknown company on demand. */
export function unknownAt(v: DocView, s: number, k: number): Mention | null {
  const t = v.tokens;
  const end = endOf(v, s);
  let j = k;
  if (t[j]?.lower === 'the') j++;
  // NOTE: "the French model-builder's round": a nationality or place adjective is no company name.
  if (t[j] && NAME_ADJECTIVES.has(t[j]!.norm) && !/^\p{Lu}/u.test(t[j + 1]?.text ?? '')) return null;
  let e = j;
  while (e < end && e - j < 4 && /^\p{Lu}/u.test(t[e]!.text) && !v.mentionAt[e] && !v.personAt[e] && !NOT_NAMES.has(t[e]!.norm)) e++;
  // NOTE: "in American AI infrastructure": a run of nationality or place words names no company, whatever follows it.
  if (e === j || describesOnly(t, j, e)) return null;
  // NOTE: "the Santa Clara chip designer": a place before a resolved description is no company name.
  if (j > k && v.mentionAt[e]?.kind === 'descriptor' && v.mentionAt[e]!.entityId) return null;
  const name = v.text.slice(t[j]!.start, t[e - 1]!.end);
  const possessive = t[e]?.norm === "'";
  // NOTE: a company's too-common short name ("as did Fidelity") is that company here.
  const held = heldAlias(v.gazetteer, name);
  const m: Mention = {
    start: t[j]!.start, end: t[e - 1]!.end, tok: j, tokEnd: e, npTok: k, sentence: s, kind: held ? 'alias' : 'unknown', text: name,
    candidates: held ? [held] : [], entityId: held, name: held ? (v.gazetteer.entities.get(held)?.name ?? name) : name, possessive, role: 'oblique', outlet: false, alternatives: [],
  };
  addMention(v, m);
  return m;
}
