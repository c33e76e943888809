/** Organisation and person mentions: gazetteer longest match, unknown-company heuristics, noun phrases and roles. */
import { entityId, type EntityId } from '../core/ids.js';
import { indexMentions, type DocView, type Mention, type PersonMention } from './doc-view.js';
import { heldAlias, nameIndex, nameStarts, type FirstTokenEntries, type Gazetteer, type NameEntry, type NameIndex } from './gazetteer.js';
import { NOT_NAMES } from './lexicon.js';
import type { Token } from './sentences.js';
import { shortNames } from './coref-short-names.js';
import { byTok, sortSmall } from './small-sort.js';
import { inClass, wordClass } from './word-class.js';
import { dropAbsorbed, extendNounPhrase, inheritListRoles, isCap, roleOf } from './mention-roles.js';

/** True when a token starts with a letter or a digit. */
const isWord = (t: Token | undefined): boolean => t !== undefined && t.word.wordy;

/** True when a token's lower-case text opens a name (`keys`: the gazetteer's name starts), remembered per word. */
function nameKey(t: Token, keys: ReadonlySet<string>): boolean {
  const w = t.word;
  if (w.keys !== keys) {
    w.keys = keys;
    w.key = keys.has(w.lower);
  }
  return w.key;
}

interface Match {
  readonly entry: NameEntry | null;
  readonly person?: { readonly name: string; readonly company: string };
  readonly length: number;
}

function matchEntry(tokens: readonly Token[], i: number, end: number, e: NameEntry): boolean {
  if (i + e.tokens.length > end) return false;
  for (let k = 0; k < e.tokens.length; k++) {
    const t = tokens[i + k]!;
    if ((e.caseSensitive ? t.norm : t.lower) !== e.tokens[k]) return false;
  }
  return true;
}

/** People the document names, with the words their names start with. */
interface PeopleIndex {
  readonly names: ReadonlyMap<string, string>;
  readonly first: ReadonlySet<string>;
  /** First words of the gazetteer's executives. */
  readonly executives: ReadonlySet<string>;
}

const FIRST_WORDS = new WeakMap<Gazetteer, ReadonlySet<string>>();

/** Words an executive's name can start with (first names and distinctive surnames). */
function firstWords(g: Gazetteer): ReadonlySet<string> {
  let set = FIRST_WORDS.get(g);
  if (!set) {
    set = new Set([...g.executives.keys()].filter((k) => k.startsWith('#')).map((k) => k.slice(1)));
    FIRST_WORDS.set(g, set);
  }
  return set;
}

const NO_ENTRIES: readonly NameEntry[] = [];

/** The entries of `group` that may match at token i: those whose second token follows (or of one token). */
function candidates(group: FirstTokenEntries | undefined, next: string | undefined): readonly NameEntry[] {
  if (!group) return NO_ENTRIES;
  return (next === undefined || !group.bySecond.size ? undefined : group.bySecond.get(next)) ?? group.singles;
}

/** The longest gazetteer name or executive starting at token i (within the sentence ending at `end`). */
function longestAt(g: Gazetteer, index: NameIndex, tokens: readonly Token[], i: number, end: number, people: PeopleIndex, keys: ReadonlySet<string>): Match | null {
  const t = tokens[i]!;
  // NOTE: most tokens start no name; one set lookup rules them out before the three map lookups below.
  if (!nameKey(t, keys) && !(people.first.size && isCap(t) && people.first.has(t.norm))) return null;
  let best: Match | null = null;
  const next = i + 1 < end ? tokens[i + 1]! : undefined;
  for (const e of candidates(index.exact.get(t.norm), next?.norm)) {
    if (matchEntry(tokens, i, end, e)) {
      best = { entry: e, length: e.tokens.length };
      break;
    }
  }
  for (const e of candidates(index.lower.get(t.lower), next?.lower)) {
    if (best && e.tokens.length <= best.length) break;
    // NOTE: names matched regardless of case still need a capital in the text ("Coreweave", not "coreweave").
    if (e.kind !== 'descriptor' && !isCap(t)) continue;
    if (matchEntry(tokens, i, end, e)) {
      best = { entry: e, length: e.tokens.length };
      break;
    }
  }
  if (isCap(t) && (people.first.has(t.norm) || people.executives.has(t.norm))) {
    const two = i + 1 < end ? `${t.norm} ${tokens[i + 1]!.norm}` : '';
    const three = i + 2 < end ? `${two} ${tokens[i + 2]!.norm}` : '';
    for (const [name, len] of [[three, 3], [two, 2], [t.norm, 1]] as const) {
      if (!name || (best && len <= best.length)) continue;
      const company = people.names.get(name);
      if (company) return { entry: null, person: { name, company }, length: len };
      if (g.executives.get(name)) {
        const x = g.executives.get(name)!;
        return { entry: null, person: { name: x.name, company: x.company }, length: len };
      }
    }
  }
  return best;
}

const possessiveAt = (tokens: readonly Token[], k: number): number =>
  tokens[k]?.norm === "'" && tokens[k + 1]?.lower === 's' && tokens[k]!.start === tokens[k - 1]?.end ? 2
  : tokens[k]?.norm === "'" && tokens[k]!.start === tokens[k - 1]?.end && /s$/.test(tokens[k - 1]!.text) ? 1
  : 0;

/**
 * Learn person → company links the text states: "OpenAI CEO Sam Altman", "Sam Altman, chief
 * executive of OpenAI", "Satya Nadella, Microsoft's chief executive".
 */
function learnPeople(v: DocView, found: readonly Mention[]): Map<string, string> {
  const people = new Map<string, string>();
  const text = v.text;
  if (!/\b(?:CEO|CFO|CTO|chief|founder|co-founder|cofounder|chairman|chairwoman|president|boss|head)\b/i.test(text)) return people;
  const titles = /^(?:CEO|chief executive(?: officer)?|founder|co-founder|cofounder|chairman|chairwoman|president|CFO|chief financial officer|chief technology officer|CTO|boss|head)\b/i;
  for (const m of found) {
    if (m.outlet || !m.candidates[0] || m.kind === 'descriptor') continue;
    const after = text.slice(m.end, m.end + 70);
    const pre = /^(?:'s|’s)?\s+((?:CEO|chief executive(?: officer)?|founder|co-founder|cofounder|chairman|president|CFO|chief financial officer|boss))\s+(\p{Lu}[\p{L}-]+(?: \p{Lu}[\p{L}-]+){1,2})/u.exec(after);
    if (pre) people.set(pre[2]!, m.candidates[0]);
    const before = text.slice(Math.max(0, m.start - 80), m.start);
    // NOTE: the endsWith() tests skip the Unicode patterns where their fixed endings cannot match.
    const post = before.endsWith('of ') || before.endsWith('at ') ? /(\p{Lu}[\p{L}-]+(?: \p{Lu}[\p{L}-]+){1,2}), (?:the )?(?:\S+ )?(?:CEO|chief executive|founder|co-founder|chairman|president|CFO|boss|head)(?: officer)? (?:of|at) $/u.exec(before) : null;
    if (post) people.set(post[1]!, m.candidates[0]);
    const poss = m.possessive && before.endsWith(', ') ? /(\p{Lu}[\p{L}-]+(?: \p{Lu}[\p{L}-]+){1,2}), $/u.exec(before) : null;
    if (poss && titles.test(text.slice(m.end, m.end + 40).replace(/^(?:'s|’s)\s+/, ''))) people.set(poss[1]!, m.candidates[0]);
  }
  for (const [name, company] of [...people]) {
    const surname = name.split(' ').at(-1)!;
    if (!people.has(surname) && surname.length > 3) people.set(surname, company);
  }
  return people;
}

/** Unknown companies: "Foo Labs Inc.", and names after a descriptor ("AI startup Thinking Machines"). */
const SUFFIXES = new Set([
  'Inc', 'Corp', 'Corporation', 'Ltd', 'Limited', 'LLC', 'PLC', 'plc', 'AG', 'SE', 'NV', 'GmbH', 'Holdings', 'Technologies',
  'Labs', 'Lab', 'Capital', 'Partners', 'Ventures', 'Systems', 'Networks', 'Computing', 'Robotics', 'AI', 'Industries',
  'Semiconductor', 'Semiconductors', 'Investments', 'Microsystems', 'Dynamics', 'Intelligence', 'Group',
]);
const HEADS = new Set([
  'startup', 'start-up', 'chipmaker', 'company', 'firm', 'lab', 'developer', 'provider', 'rival', 'maker', 'operator',
  'designer', 'manufacturer', 'investor', 'fund', 'lender', 'bank', 'neocloud', 'hyperscaler', 'subsidiary', 'supplier',
  'conglomerate', 'specialist', 'competitor', 'builder', 'creator', 'outfit', 'unit', 'peer', 'giant',
]);

// NOTE: word classes: the lists asked of every token are a bit test on its shared Word.
const C_NOT_NAMES = wordClass(NOT_NAMES, true);
const C_SUFFIXES = wordClass(SUFFIXES, true);
const C_HEADS = wordClass(HEADS);

/** Words after which a bare capitalised name is a company: the target of a purchase ("agreed to acquire Rivos"). */
const TARGET_VERBS = new Set(['acquire', 'acquires', 'acquired', 'acquiring', 'buy', 'buys', 'bought', 'buying']);
/** Deal verbs whose sentence-initial subject is a company even without a suffix ("Lovable raised $200 million"). */
const SUBJECT_VERBS = new Set(['raised', 'raises', 'secured', 'secures', 'landed', 'closed', 'signed', 'agreed', 'acquired', 'bought', 'invested']);

/** Deal verbs after which a sentence-opening short name is read as the company it may name (see `heldAlias`). */
const HELD_VERBS = new Set(['lent', 'lends', 'led', 'leads', 'backed', 'backs', 'provided', 'provides', 'pledged', 'committed']);

/** The end of a run of up to four capitalised, uncovered words from token `from` (hyphenated pairs count as one). */
function nameRun(tokens: readonly Token[], from: number, end: number, covered: readonly boolean[]): number {
  let k = from;
  while (k < end && k - from < 4 && isCap(tokens[k]) && !covered[k] && !inClass(tokens[k]!.word, C_NOT_NAMES)) {
    k++;
    if (tokens[k]?.text === '-' && isCap(tokens[k + 1]) && tokens[k]!.start === tokens[k - 1]!.end) k++;
  }
  return k;
}

function unknownAt(tokens: readonly Token[], i: number, start: number, end: number, covered: readonly boolean[]): { from: number; to: number } | null {
  const t = tokens[i]!;
  // NOTE: a lower-case word yields a name only as a descriptor before a capital ("startup Rivos"):
  // without that capital next, the set lookups below cannot find one.
  if (!isCap(t) && !(i + 1 < end && isCap(tokens[i + 1]))) return null;
  // NOTE: a descriptor opening the sentence is capitalised ("Chipmaker Rivos agreed ...").
  if (inClass(t.word, C_HEADS) && (!isCap(t) || i === start)) {
    const to = nameRun(tokens, i + 1, end, covered);
    if (to > i + 1) return { from: i + 1, to };
    return null;
  }
  if (!isCap(t) || covered[i] || inClass(t.word, C_NOT_NAMES) || (i > 0 && isCap(tokens[i - 1]) && !covered[i - 1] && !inClass(tokens[i - 1]!.word, C_NOT_NAMES))) return null;
  const to = nameRun(tokens, i, end, covered);
  // NOTE: one or two bare capitalised words in a deal slot name a company the gazetteer lacks.
  // NOTE: a number is no name: "would buy 50,000 of its GPUs".
  const bare = to > i && to - i <= 2 && !/^\p{Lu}+$/u.test(t.text) && !/^\p{N}/u.test(t.text);
  if (bare && i > start && TARGET_VERBS.has(tokens[i - 1]!.lower) && !isCap(tokens[to]) && tokens[to]?.text !== "'") return { from: i, to };
  if (bare && i === start && SUBJECT_VERBS.has(tokens[to]?.lower ?? '')) return { from: i, to };
  for (let k = to - 1; k > i; k--) {
    if (inClass(tokens[k]!.word, C_SUFFIXES)) {
      const withDot = tokens[k + 1]?.text === '.' && /^(Inc|Corp|Ltd)$/.test(tokens[k]!.norm) ? k + 2 : k + 1;
      return { from: i, to: withDot };
    }
  }
  return null;
}

/** Find every name, person and unknown company; then noun-phrase extents and roles. */
export function findMentions(v: DocView): void {
  const g = v.gazetteer;
  const { tokens } = v;
  const found: Mention[] = [];
  const persons: PersonMention[] = [];
  const covered: boolean[] = new Array(tokens.length).fill(false);
  const keys = nameStarts(g);
  const index = nameIndex(g);
  const scan = (people: PeopleIndex, namesOnly: boolean) => {
    for (let s = 0; s < v.sentences.length; s++) {
      const end = v.sentTok[s + 1]!;
      for (let i = v.sentTok[s]!; i < end; ) {
        if (!isWord(tokens[i])) {
          i++;
          continue;
        }
        const m = longestAt(g, index, tokens, i, end, people, keys);
        if (!m || (namesOnly && m.person)) {
          i++;
          continue;
        }
        const last = tokens[i + m.length - 1]!;
        const poss = possessiveAt(tokens, i + m.length);
        if (m.person) {
          const company = g.entities.has(entityId(m.person.company)) ? entityId(m.person.company) : null;
          persons.push({ start: tokens[i]!.start, end: last.end, tok: i, tokEnd: i + m.length, sentence: s, name: m.person.name, company, possessive: poss > 0 });
        } else {
          const e = m.entry!;
          const ids = e.entityIds;
          const outlet = ids.length === 1 && g.entities.get(ids[0]!)?.kind === 'outlet';
          const ent = ids.length === 1 ? g.entities.get(ids[0]!) : undefined;
          const name = ent?.name ?? v.text.slice(tokens[i]!.start, last.end);
          found.push(mention(v, i, i + m.length, s, e.kind, ids, name, poss > 0, outlet));
        }
        for (let k = i; k < i + m.length; k++) covered[k] = true;
        i += m.length;
      }
    }
  };
  const executives = firstWords(g);
  scan({ names: new Map(), first: new Set(), executives }, false);
  const learned = learnPeople(v, found);
  const people: PeopleIndex = { names: learned, first: new Set([...learned.keys()].map((k) => k.split(' ')[0]!)), executives };
  // NOTE: rescan only when the text taught us people the built-in table lacks.
  if ([...learned.keys()].some((k) => !g.executives.has(k))) {
    found.length = 0;
    persons.length = 0;
    covered.fill(false);
    scan(people, false);
  }
  for (const n of shortNames(v, found, covered)) {
    found.push(mention(v, n.from, n.to, n.sentence, 'alias', [n.id], g.entities.get(n.id)?.name ?? n.id, possessiveAt(tokens, n.to) > 0, false));
    for (let k = n.from; k < n.to; k++) covered[k] = true;
  }
  for (let s = 0; s < v.sentences.length; s++) {
    const end = v.sentTok[s + 1]!;
    for (let i = v.sentTok[s]!; i < end; i++) {
      let u = unknownAt(tokens, i, v.sentTok[s]!, end, covered);
      // NOTE: "Apollo lent $2bn to ...": a company's too-common short name opening a sentence on a
      // deal verb; only a known short name, since "Banks lent ..." names no company.
      if (!u && i === v.sentTok[s] && !covered[i] && HELD_VERBS.has(tokens[i + 1]?.lower ?? '') && heldAlias(g, tokens[i]!.text)) u = { from: i, to: i + 1 };
      if (!u) continue;
      const poss = possessiveAt(tokens, u.to);
      const name = v.text.slice(tokens[u.from]!.start, tokens[u.to - 1]!.end);
      // NOTE: in a deal slot, a company's too-common short name ("Apollo lent ...") is that company.
      const held = heldAlias(g, name);
      if (held) found.push(mention(v, u.from, u.to, s, 'alias', [held], g.entities.get(held)?.name ?? name, poss > 0, false));
      else found.push(mention(v, u.from, u.to, s, 'unknown', [], name, poss > 0, false));
      for (let k = u.from; k < u.to; k++) covered[k] = true;
      i = u.to - 1;
    }
  }
  sortSmall(found, byTok);
  v.mentions.push(...found);
  v.persons.push(...persons);
  indexMentions(v);
  for (const m of v.mentions) extendNounPhrase(v, m);
  // NOTE: extendNounPhrase moves npTok only, so the index stays right unless a mention was dropped.
  if (dropAbsorbed(v)) indexMentions(v);
  for (const m of v.mentions) m.role = roleOf(v, m);
  inheritListRoles(v);
}

function mention(v: DocView, from: number, to: number, sentence: number, kind: Mention['kind'], ids: readonly EntityId[], name: string, possessive: boolean, outlet: boolean): Mention {
  const t = v.tokens;
  return {
    start: t[from]!.start, end: t[to - 1]!.end, tok: from, tokEnd: to, npTok: from, sentence, kind,
    text: v.text.slice(t[from]!.start, t[to - 1]!.end), candidates: ids,
    entityId: ids.length === 1 ? ids[0]! : null, name, possessive, role: 'subject', outlet, alternatives: [],
  };
}
