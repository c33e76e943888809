/** Trigger handlers for ventures: who founds, joins or shares in a joint venture, a partnership vehicle or a fund. */
import type { DocView, Mention } from './doc-view.js';
import { agentBefore, agentsFrom, directObject, listFrom, mentionStartingNear, objectAfter, possessorBefore, prepObject } from './frame-args.js';
import { amountIn } from './frame-values.js';
import { findWord, hasWord, words } from './frame-words.js';
import { isVenture, pairs, usable, type FrameHandler } from './frame.js';
import { isVehicle, longerName, ventureAt } from './frames-venture-ref.js';
import { pluralSubject } from './frames-venture-plural.js';
import { mentionsIn } from './doc-view.js';

const FORM = words('set form formed forming forms create created creating creates launch launched launching launches establish established establishing unveil unveiled unveils announced announce');
/** Lower-case words that may sit between two members of a subject list ("Nscale and the industrial group Aker"). */
const NOT_LIST_WORDS = words('is are was were has have had will would said says that which who to of in for with by on from as');

/**
 * The subject and the members listed before it, also across descriptors that `agentsFrom` does
 * not cross: "Nscale and the industrial group Aker ASA".
 */
function members(v: DocView, agent: Mention): Mention[] {
  const out = agentsFrom(v, agent);
  if (out.length > 1) return out;
  const all = mentionsIn(v, agent.sentence);
  const p = all[all.indexOf(agent) - 1];
  if (!usable(p) || p.possessive || p.tokEnd >= agent.tok) return out;
  const between = v.tokens.slice(p.tokEnd, agent.tok).map((x) => x.lower);
  if (between[0] !== 'and' || between.length > 5 || between.some((w) => NOT_LIST_WORDS.has(w) || !/^[a-z-]+$/.test(w))) return out;
  return [...agentsFrom(v, p), agent];
}

/**
 * Ventures: "A and B said they would set up SB OpenAI Japan, a 50-50 joint venture",
 * "A and B are the lead partners in the venture", "through their joint venture, Stargate Norway".
 */
export const venture: FrameHandler = (c, k) => {
  const { v, s } = c;
  const t = v.tokens;
  const base = { type: 'joint_venture' as const, sentence: s, trigger: k, amount: null, strength: 0.7 };
  if (/^partners?$/.test(t[k]!.lower)) {
    const obj = prepObject(v, s, k, words('in of'), { maxGap: 2 });
    const named = obj?.mentions[0];
    const jv = obj ? (named && isVenture(v, named) ? (longerName(v, named) ? null : named) : ventureAt(v, s, obj.prep + 1)) : null;
    const agent = agentBefore(v, s, k);
    const copula = words('are is were was remain remains became become as');
    // NOTE: "the two companies emerged as the lead partners in X": a plural subject stands for the main pair.
    const plural = agent || !jv ? [] : pluralSubject(v, s, k);
    if (plural.length && findWord(v, v.sentTok[s]!, k, copula) >= 0) return pairs(plural, [jv!], base);
    // NOTE: "A and B are the lead partners in X", "joined as partners in X"; not "its work with A and the partners in X".
    if (!jv || !agent || findWord(v, agent.tokEnd, k, copula) < 0) return [];
    return pairs(members(v, agent), [jv], base);
  }
  // "joint venture" / "venture" / "new company": find the venture's name next to it.
  let jv: Mention | null = null;
  let j = k - 1;
  while (j > v.sentTok[s]! && /^(a|an|the|new|joint|50-50|50|-|equally|owned)$/.test(t[j]!.lower)) j--;
  if (t[j]?.text === ',' && usable(v.mentionAt[j - 1])) jv = v.mentionAt[j - 1]!;
  if (!jv) {
    const after = objectAfter(v, s, k, words('called named dubbed'), { maxGap: 1, fallback: true })[0];
    if (after) jv = after;
  }
  // NOTE: "through their joint venture, Stargate Norway": the name follows; the subjects are the partners.
  let d = k - 1;
  while (d > v.sentTok[s]! && /^(new|joint|50-50|50|-|equally|owned|jointly)$/.test(t[d]!.lower)) d--;
  if (!jv && t[k + 1]?.text === ',' && usable(v.mentionAt[k + 2]) && /^(their|its|a|the)$/.test(t[d]?.lower ?? '')) {
    const named = v.mentionAt[k + 2]!;
    // NOTE: "the two will form a 50-50 joint venture, SB OpenAI Japan": the pair a plural subject stands for.
    const plural = isVenture(v, named) ? pluralSubject(v, s, d) : [];
    if (plural.length) return pairs(plural, [named], base);
    const owners = agentBefore(v, s, k);
    return owners ? pairs(members(v, owners), [named], base) : [];
  }
  if (!jv || !usable(jv)) return [];
  const verb = findWord(v, v.sentTok[s]!, jv.npTok, FORM);
  const agent = verb >= 0 ? agentBefore(v, s, verb) : null;
  // NOTE: "They will also form X, a 50-50 joint venture": the pair the plural subject stands for.
  if (!agent && verb >= 0) return pairs(pluralSubject(v, s, verb), [jv], base);
  if (!agent) return [];
  const partners = members(v, agent);
  if (hasWord(v, agent.tokEnd, verb, words('they'))) partners.push(...listFrom(v, agent).slice(1));
  return pairs(partners, [jv], base);
};

/**
 * "the AI Infrastructure Partnership, which BlackRock, Microsoft and MGX set up last year": every
 * company between "which" and a founding verb is a partner in the venture or fund before it.
 */
export const ventureFounded: FrameHandler = (c, k) => {
  const { v, s } = c;
  const t = v.tokens;
  const w = t[k]!.lower;
  if (w === 'set' && t[k + 1]?.lower !== 'up') return [];
  for (let j = k - 1; j > Math.max(v.sentTok[s]!, k - 24); j--) {
    if (!/^(which|that)$/.test(t[j]!.lower) || t[j - 1]?.text !== ',') continue;
    const jv = v.mentionAt[j - 2];
    const first = mentionStartingNear(v, j + 1, 1);
    const e = jv?.entityId ? v.gazetteer.entities.get(jv.entityId) : undefined;
    if (!jv || !first || !(e?.kind === 'joint_venture' || e?.kind === 'fund')) return [];
    // NOTE: "which BlackRock, its Global Infrastructure Partners unit, Microsoft and Abu Dhabi's MGX set up":
    // the founders' list may hold descriptors and possessives; every company in it counts.
    const partners = mentionsIn(v, s).filter((m) => m.tok >= first.tok && m.tokEnd <= k && usable(m) && !m.possessive && m.kind !== 'nominal');
    // NOTE: "which A and B set up last year" reports a venture in force; "which A and B will form" one to come.
    const future = findWord(v, j + 1, k, words('will would to plan plans could may might')) >= 0;
    return pairs(partners, [jv], { type: 'joint_venture', sentence: s, trigger: k, amount: null, strength: 0.65, ...(future ? {} : { status: 'signed' as const }) });
  }
  return [];
};

/** A venture named as the object of "announced", "unveiled", "launched" when the gazetteer knows it is one. */
export const ventureLaunch: FrameHandler = (c, k) => {
  const { v, s } = c;
  const jv = directObject(v, s, k, 2)[0];
  if (!jv || !isVenture(v, jv)) return [];
  const agent = agentBefore(v, s, k);
  return agent ? pairs(agentsFrom(v, agent), [jv], { type: 'joint_venture', sentence: s, trigger: k, amount: null, strength: 0.65 }) : [];
};

/** "The initial equity funders are SoftBank, OpenAI, Oracle and MGX" (of the venture in context). */
export const funders: FrameHandler = (c, k) => {
  const { v, s } = c;
  const cop = findWord(v, k + 1, k + 3, words('are include includes were'));
  if (cop < 0) return [];
  const first = mentionStartingNear(v, cop + 1, 1);
  if (!usable(first)) return [];
  const of = objectAfter(v, s, k, words('in of'), { maxGap: 2 })[0] ?? null;
  return pairs(listFrom(v, first), of ? [of] : [], { type: of && !isVenture(v, of) ? 'equity_investment' : 'joint_venture', sentence: s, trigger: k, amount: null, strength: 0.6 });
};

/** How many sentences back "joined later" looks for the venture it means. */
const JOIN_WINDOW = 2;

/**
 * "Nvidia and xAI joined later", "Acme has since joined the venture": new partners in a venture or
 * partnership fund. Elliptical joins need a venture named in the sentences just before.
 */
export const joinVenture: FrameHandler = (c, k) => {
  const { v, s } = c;
  const t = v.tokens;
  const agent = agentBefore(v, s, k);
  if (!agent) return [];
  let jv = ventureAt(v, s, k + 1);
  const end = v.sentTok[s + 1]!;
  const rest = t.slice(k + 1, end).map((x) => x.lower);
  if (!jv && (rest.length <= 4 && rest.every((w) => /^(later|since|too|also|as|well|partners?|in|\d{4}|\.|,)$/.test(w)))) {
    for (let i = s - 1; i >= Math.max(0, s - JOIN_WINDOW) && !jv; i--) {
      const list = mentionsIn(v, i).filter((m) => isVehicle(v, m));
      jv = list.at(-1) ?? null;
    }
  }
  if (!jv) return [];
  // NOTE: a partner that has joined is in the venture: an arrangement in force.
  return pairs(members(v, agent), [jv], { type: 'joint_venture', sentence: s, trigger: k, amount: null, strength: 0.65, status: 'signed' });
};

/**
 * "with Crusoe, which will operate the site, holding a smaller share of the venture", "X holds a
 * minority share in the venture": who holds the share (the gerund's subject or the clause's).
 */
function holderOfShare(v: DocView, s: number, k: number): Mention | null {
  const t = v.tokens;
  let verb = k - 1;
  while (verb > v.sentTok[s]! && /^(a|an|the|smaller|larger|small|large|minority|majority|big|bigger|significant|equal|controlling)$/.test(t[verb]!.lower)) verb--;
  if (!/^(holding|holds|hold|held|has|have|keeps|keeping|retains|retaining|owns|owning)$/.test(t[verb]?.lower ?? '')) return null;
  // NOTE: "with Crusoe, which is building the site, holding ...": skip the relative clause back to its head.
  let j = verb - 1;
  if (t[j]?.text === ',') {
    while (j > v.sentTok[s]! && !(t[j - 1]?.text === ',' && /^(which|who)$/.test(t[j]!.lower))) j--;
    j -= 2;
  }
  const m = v.mentionAt[j];
  if (m && !m.possessive && t[m.npTok - 1]?.lower === 'with') return m;
  return /^(holds|hold|held|has|have|keeps|retains|owns)$/.test(t[verb]!.lower) ? agentBefore(v, s, verb) : null;
}

/** "SoftBank has yet to say how it will fund its share of the venture": a partner in the venture. */
export const ventureShare: FrameHandler = (c, k) => {
  const { v, s } = c;
  const t = v.tokens;
  // NOTE: "A and B are each committing $15bn to V, while C's share is about $7bn": the venture named before.
  if (/^(is|was|will|would)$/.test(t[k + 1]?.lower ?? '')) {
    const poss = possessorBefore(v, k, 2);
    const jv = mentionsIn(v, s).filter((m) => m.tok < k && isVenture(v, m)).at(-1);
    const amount = amountIn(v, k + 2, k + 6, c.taken);
    return poss && usable(poss) && jv && amount ? pairs([poss], [jv], { type: 'joint_venture', sentence: s, trigger: k, amount, strength: 0.6 }) : [];
  }
  if (!/^(of|in)$/.test(t[k + 1]?.lower ?? '')) return [];
  const jv = ventureAt(v, s, k + 2);
  const poss = possessorBefore(v, k, 2);
  const owner = poss ?? holderOfShare(v, s, k);
  if (!jv || !owner || !usable(owner)) return [];
  // NOTE: a share someone holds is a stake in force (completed); "its share" alone may be a plan.
  return pairs([owner], [jv], { type: 'joint_venture', sentence: s, trigger: k, amount: null, strength: 0.6, ...(poss ? {} : { status: 'completed' as const }) });
};

/** "A and B are teaming up on X" (a venture the gazetteer knows), "A is partnering with B in X": partners in it. */
export const teamUp: FrameHandler = (c, k) => {
  const { v, s } = c;
  const t = v.tokens;
  let j = k + 1;
  if (t[j]?.lower === 'up') j++;
  else if (/^team/.test(t[k]!.lower)) return [];
  if (t[j]?.lower === 'with') {
    const m = mentionStartingNear(v, j + 1, 1);
    j = usable(m) ? m.tokEnd : -1;
    if (j < 0) return [];
  }
  if (!/^(on|in|for|to)$/.test(t[j]?.lower ?? '')) return [];
  const jv = ventureAt(v, s, j + 1);
  const agent = agentBefore(v, s, k);
  if (!jv || !agent) return [];
  const partner = t[k + 1]?.lower === 'with' || t[k + 2]?.lower === 'with' ? objectAfter(v, s, k, words('with'), { maxGap: 2 }) : [];
  return pairs([...members(v, agent), ...partner], [jv], { type: 'joint_venture', sentence: s, trigger: k, amount: null, strength: 0.65 });
};
