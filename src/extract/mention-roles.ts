/** Noun-phrase extents and grammatical roles of mentions: descriptors before a name, subject/object/oblique, list members. */
import type { DocView, Mention, MentionRole } from './doc-view.js';
import { CLAUSE_OPENERS, DESCRIPTOR_WORDS, MODIFIED_NOUNS, NAME_ADJECTIVES, PREPOSITIONS } from './lexicon.js';
import type { Token } from './sentences.js';
import { afterTimeOpener } from './context-time-opener.js';

/** Words after a noun phrase that make it the subject of a clause. */
export const FINITE = new Set([
  'is', 'was', 'are', 'were', 'has', 'have', 'had', 'will', 'would', 'could', 'may', 'might', 'can', 'should', 'said',
  'says', 'plans', 'expects', 'announced', 'agreed', 'intends', 'wants', 'aims', 'remains', 'became', 'becomes',
]);
/** True when a token starts with an upper-case letter or a digit. */
export const isCap = (t: Token | undefined): boolean => t !== undefined && t.word.cap;

/** Reach left over descriptors and a determiner: "the ChatGPT-maker OpenAI", "rival AI developer Anthropic". */
export function extendNounPhrase(v: DocView, m: Mention): void {
  const t = v.tokens;
  const first = v.sentTok[m.sentence]!;
  let k = m.tok;
  while (k > first && m.tok - k < 8) {
    const prev = t[k - 1]!;
    if (prev.lower === 'up' && t[k - 2]?.text === '-' && t[k - 3]?.lower === 'start') {
      k -= 3;
      continue;
    }
    const other = v.mentionAt[k - 1];
    if (other && other !== m && other.kind === 'descriptor' && !other.possessive) {
      k = other.tok;
      continue;
    }
    // NOTE: "Abu Dhabi's MGX": a place's possessive (no company) belongs to the name's noun phrase.
    if (prev.lower === 's' && t[k - 2]?.norm === "'" && isCap(t[k - 3]) && !v.mentionAt[k - 3] && k - 3 >= first) {
      k -= 3;
      while (k > first && m.tok - k < 6 && isCap(t[k - 1]) && !v.mentionAt[k - 1]) k--;
      continue;
    }
    if (DESCRIPTOR_WORDS.has(prev.lower) || NAME_ADJECTIVES.has(prev.norm) || (prev.text === '-' && prev.start === t[k - 2]?.end)) {
      if (other && other !== m) break;
      k--;
      continue;
    }
    break;
  }
  // NOTE: "the Santa Clara chip designer": one or two place words between "the" and a description.
  if (m.kind === 'descriptor' && k > first && placeAfterThe(v, k - 1)) k = t[k - 2]?.lower === 'the' ? k - 1 : k - 2;
  if (k > first && /^(the|a|an|its|their|fellow)$/.test(t[k - 1]!.lower) && k < m.tok) k--;
  m.npTok = k;
}

/**
 * True when token j is a capitalised word that names no company, first or second after "the" (a
 * word between them being another such): the place in "the Santa Clara chip designer", "the Seattle company".
 */
export function placeAfterThe(v: DocView, j: number): boolean {
  const t = v.tokens;
  const cap = (k: number) => /^\p{Lu}\p{Ll}+$/u.test(t[k]?.text ?? '') && !v.mentionAt[k];
  if (!cap(j)) return false;
  return t[j - 1]?.lower === 'the' || (cap(j - 1) && t[j - 2]?.lower === 'the');
}

/** Descriptor mentions swallowed by a name's noun phrase ("ChatGPT-maker OpenAI") are not separate; true when any was dropped. */
export function dropAbsorbed(v: DocView): boolean {
  const drop = new Set<Mention>();
  for (const o of v.mentions) {
    if (o.npTok === o.tok) continue;
    for (let k = o.npTok; k < o.tok; k++) {
      const m = v.mentionAt[k];
      if (m && m !== o && m.tokEnd <= o.tok && m.kind !== 'unknown' && !m.possessive) drop.add(m);
    }
  }
  if (!drop.size) return false;
  const keep = v.mentions.filter((m) => !drop.has(m));
  v.mentions.length = 0;
  v.mentions.push(...keep);
  return true;
}

/** The role a noun phrase plays, from the word before it and the word after it. */
export function roleOf(v: DocView, m: Mention): MentionRole {
  const t = v.tokens;
  const next = t[m.tokEnd + (m.possessive ? 2 : 0)];
  // NOTE: "Meta accounts for 40%": a noun that is also a verb, before "for", is the verb.
  if (!m.possessive && next && MODIFIED_NOUNS.has(next.lower) && next.start - t[m.tokEnd - 1]!.end <= 1 && !(next.lower === 'accounts' && t[m.tokEnd + 1]?.lower === 'for')) return 'modifier';
  // NOTE: "Nvidia-backed", "SoftBank-led": part of a compound adjective.
  if (!m.possessive && next?.text === '-' && next.start === t[m.tokEnd - 1]!.end && /^[a-z]/.test(t[m.tokEnd + 1]?.text ?? '')) return 'modifier';
  if (!m.possessive && next?.norm === 'AI' && MODIFIED_NOUNS.has(t[m.tokEnd + 1]?.lower ?? '')) return 'modifier';
  // NOTE: "OpenAI partner Microsoft": look past a modifying name to the word before it.
  let np = m.npTok;
  for (let hops = 0; hops < 3; hops++) {
    const before = v.mentionAt[np - 1];
    if (!before || before === m || before.sentence !== m.sentence) break;
    np = before.npTok;
  }
  // NOTE: "as the ChatGPT-maker deploys": a determiner left outside the noun phrase does not decide the role.
  if (np > v.sentTok[m.sentence]! && /^(the|a|an)$/.test(t[np - 1]!.lower)) np--;
  if (np <= v.sentTok[m.sentence]! || afterTimeOpener(v, m.sentence, np)) return 'subject';
  const prev = t[np - 1]!;
  if (PREPOSITIONS.has(prev.lower)) return 'oblique';
  // NOTE: "It adds Google Cloud to a list": "adds … to" takes an object, it does not report a clause.
  if (/^add(s|ed)?$/.test(prev.lower) && t[m.tokEnd]?.lower === 'to') return 'object';
  if (CLAUSE_OPENERS.has(prev.lower)) return 'subject';
  // NOTE: a noun phrase followed by a finite verb is a subject ("how hungry the company has become").
  const after = t[m.tokEnd + (m.possessive ? 2 : 0)]?.lower ?? '';
  if (!m.possessive && FINITE.has(after)) return 'subject';
  return 'object';
}

/** ", and Samsung is nearing a deal": a comma, "and", a name, then a finite verb coordinate clauses, not list members. */
export function startsClause(v: DocView, m: Mention): boolean {
  const t = v.tokens;
  if (t[m.npTok - 1]?.lower !== 'and' || t[m.npTok - 2]?.text !== ',' || m.possessive) return false;
  // NOTE: ", and Acme in turn owns 7% of Beta": an adverb may stand before the verb, and a deal verb is finite too.
  let j = m.tokEnd;
  if (t[j]?.lower === 'in' && t[j + 1]?.lower === 'turn') j += 2;
  else if (CLAUSE_ADVERBS.has(t[j]?.lower ?? '')) j++;
  const w = t[j]?.lower ?? '';
  return FINITE.has(w) || DEAL_VERBS.has(w);
}

/** Adverbs between a coordinated clause's subject and its verb. */
const CLAUSE_ADVERBS = new Set(['also', 'now', 'still', 'itself', 'then', 'separately', 'meanwhile']);
/** Present-tense deal verbs that make the name before them a clause subject after ", and". */
const DEAL_VERBS = new Set(['owns', 'holds', 'buys', 'sells', 'rents', 'leases', 'supplies', 'invests', 'pays', 'provides', 'uses', 'controls', 'lends']);

/** List members take the role of the first member: "on Microsoft and Oracle", "Google, a rival, and CoreWeave". */
export function inheritListRoles(v: DocView): void {
  const t = v.tokens;
  for (let i = 1; i < v.mentions.length; i++) {
    const m = v.mentions[i]!;
    const prev = t[m.npTok - 1];
    if (!prev || !/^(and|or|,)$/.test(prev.lower)) continue;
    // NOTE: "According to Bloomberg, Nvidia will ...": a bare comma joins a list only when an
    // "and" or "or" closes it later ("A, B and C").
    if (prev.text === ',' && !closesList(v, i)) continue;
    if (startsClause(v, m)) continue;
    for (let j = i - 1; j >= 0; j--) {
      const p = v.mentions[j]!;
      if (p.sentence !== m.sentence) break;
      if (p.possessive) continue;
      if (isListLink(v, p.tokEnd, m.npTok)) m.role = p.role;
      break;
    }
  }
}

/** True when the list that mention i belongs to continues to an "and"/"or" member. */
function closesList(v: DocView, i: number): boolean {
  for (let j = i; j + 1 < v.mentions.length; j++) {
    const a = v.mentions[j]!;
    const b = v.mentions[j + 1]!;
    if (b.sentence !== a.sentence || !isListLink(v, a.tokEnd, b.npTok)) return false;
    const between = v.tokens.slice(a.tokEnd, b.npTok).map((t) => t.lower);
    if (between.includes('and') || between.includes('or')) return true;
  }
  return false;
}

/** True when the tokens between two list members are only joiners or a short appositive. */
export function isListLink(v: DocView, from: number, to: number): boolean {
  const t = v.tokens;
  // NOTE: most links are one token or none; decide those without building the word list.
  if (to - from <= 1) return to - from === 1 && /^(,|and|or|&)$/.test(t[from]?.lower ?? '');
  const words = t.slice(from, to).map((x) => x.lower);
  const joined = words.join(' ');
  if (/^(,|and|or|, and|, or|&)$/.test(joined)) return true;
  if (words[0] !== ',' || words.length > 12) return false;
  const close = words.lastIndexOf(',');
  if (close <= 0) return false;
  const tail = words.slice(close + 1).join(' ');
  if (tail !== 'and' && tail !== 'or' && tail !== '') return false;
  for (let k = from + 1; k < from + close; k++) {
    const m = v.mentionAt[k];
    if (m && !m.possessive) return false;
  }
  return true;
}
