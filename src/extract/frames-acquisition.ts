/** Takeovers phrased around the target: passives, relative clauses, "sold itself to", mergers, "the takeover of Y by X". */
import type { Mention } from './doc-view.js';
import { agentBefore, directObject, objectAfter, possessorBefore, subjectOf, unknownAt } from './frame-args.js';
import { amountIn, trailingAmount } from './frame-values.js';
import { BE_FORMS, findHardware, findWord, hasWord, words } from './frame-words.js';
import { frame, pairs, sameParty, usable, type FrameContext, type FrameHandler } from './frame.js';

const BASE = { type: 'acquisition' as const, strength: 0.75 };
/** Nouns after which a buy verb buys goods or shares, not a company. */
const GOODS = words('chips chip gpus gpu processors servers capacity compute shares stock stake stakes equity bonds notes debt products models systems racks power stakeholders');
/** Participles of a takeover whose object may be a company: "was bought by", "agreed to be taken over by". */
const PARTICIPLES = words('bought purchased taken snapped swallowed absorbed');
const PARTICLE = words('over up out');

/** The price of a takeover close after token `from`: "for $8 billion", "in a deal valued at $8 billion". */
function price(c: FrameContext, from: number) {
  return amountIn(c.v, from, Math.min(c.v.sentTok[c.s + 1]!, from + 8), c.taken) ?? trailingAmount(c.v, from, c.taken);
}

const VALUED = words('valued values valuing');

/**
 * The price a deal puts on its target: "a deal that valued T at $33 billion", "values A at $80 billion
 * and T at $33 billion" (the figure after the acquirer's own, when the target goes by another name).
 */
function targetValue(c: FrameContext, acquirer: Mention, target: Mention, from: number) {
  const { v, s } = c;
  const t = v.tokens;
  const end = v.sentTok[s + 1]!;
  const verb = findWord(v, from, Math.min(end, from + 20), VALUED);
  if (verb < 0) return null;
  const at = (j: number) => (t[j]?.lower === 'at' && v.amountAt[j + 1]?.tok === j + 1 ? v.amountAt[j + 1]! : null);
  let own = -1;
  for (let j = verb + 1; j < Math.min(end, verb + 20); j++) {
    const m = v.mentionAt[j];
    if (!m || m.tok !== j) continue;
    if (sameParty(m, target) && at(m.tokEnd)) return at(m.tokEnd);
    if (sameParty(m, acquirer) && at(m.tokEnd)) own = v.amountAt[m.tokEnd + 1]!.tokEnd;
  }
  if (own < 0 || t[own]?.lower !== 'and') return null;
  for (let j = own + 1; j < Math.min(end, own + 6); j++) if (at(j)) return at(j);
  return null;
}

/** True when goods, not a company, sit between tokens a and b (or right after b). */
function goodsNear(c: FrameContext, a: number, b: number): boolean {
  return hasWord(c.v, a, b + 2, GOODS) || findHardware(c.v, a, b + 2) >= 0;
}

/** A company the takeover is of: known, or a capitalised name the gazetteer lacks ("agreed to buy Kenvue"). */
function companyAt(c: FrameContext, j: number): Mention | null {
  const { v, s } = c;
  const t = v.tokens;
  const m = v.mentionAt[j];
  if (m) return usable(m) && m.npTok >= j - 1 && !m.possessive && m.role !== 'modifier' ? m : null;
  // NOTE: checked before unknownAt, which adds the mention for every handler: only a bare name
  // ("buy Blackwell systems" has a noun after it; a digit makes a product: "H100s").
  let e = j;
  while (e < j + 4 && /^\p{Lu}/u.test(t[e]?.text ?? '') && !v.mentionAt[e]) {
    if (/\d/.test(t[e]!.text)) return null;
    e++;
  }
  const next = t[e]?.text ?? '';
  if (e === j || (/^[a-z]/.test(next) && !AFTER_NAME.has(next))) return null;
  const u = unknownAt(v, s, j);
  return u && u.tokEnd === e ? u : null;
}

/** Words that may follow a company's name in a takeover ("buy Kenvue in a cash-and-stock deal"). */
const AFTER_NAME = words('in for from at with on by as after and which that who to under last this earlier');
const AUX = words('will would could be been being is was are were has have had agreed to also');

/**
 * An unknown company opening the sentence before the verb at k, with only auxiliaries between
 * ("Informatica agreed to be bought by …"): sentence-initial names are not found up front.
 */
function leadingName(c: FrameContext, k: number): Mention | null {
  const { v, s } = c;
  const t = v.tokens;
  const s0 = v.sentTok[s]!;
  if (v.mentionAt[s0]) return null;
  let e = s0;
  while (e < k && /^\p{Lu}/u.test(t[e]!.text)) e++;
  for (let j = e; j < k; j++) if (!AUX.has(t[j]!.lower)) return null;
  const u = e > s0 ? unknownAt(v, s, s0) : null;
  return u && u.tokEnd === e ? u : null;
}

/** An unknown name ending right before token `end` ("Informatica, which …"). */
function nameEndingAt(c: FrameContext, end: number): Mention | null {
  const { v, s } = c;
  let j = end;
  while (j > Math.max(v.sentTok[s]!, end - 4) && /^\p{Lu}/u.test(v.tokens[j - 1]!.text) && !v.mentionAt[j - 1]) j--;
  const u = j < end ? unknownAt(v, s, j) : null;
  return u && u.tokEnd === end ? u : null;
}

/**
 * "Informatica was bought by Salesforce", "agreed to be taken over by X": the passive names the target first.
 * ("acquired by" is read by `acquire`.)
 */
export const passiveTakeover: FrameHandler = (c, k) => {
  const { v, s } = c;
  const t = v.tokens;
  if (!PARTICIPLES.has(t[k]!.lower)) return [];
  let by = PARTICLE.has(t[k + 1]?.lower ?? '') ? k + 2 : k + 1;
  // NOTE: "is to be bought from Macquarie for $40 billion by AIP": the seller and price may come first.
  if (t[by]?.lower === 'from' || t[by]?.lower === 'for') {
    const later = findWord(v, by + 1, Math.min(v.sentTok[s + 1]!, by + 14), words('by'));
    by = later >= 0 && findWord(v, by + 1, later, words(', ; which that')) < 0 ? later : by;
  }
  if (t[by]?.lower !== 'by' || !BE_FORMS.has(t[k - 1]?.lower ?? '')) return [];
  const target = agentBefore(v, s, k - 1) ?? leadingName(c, k);
  const acquirer = objectAfter(v, s, by - 1, words('by'), { maxGap: 1, fallback: true })[0];
  if (!target || !acquirer || target.role === 'modifier' || goodsNear(c, target.tokEnd, k - 1)) return [];
  // NOTE: "bonds issued by the venture, the bulk of which were bought by P": what was bought is a part of something else.
  const which = findWord(v, target.tokEnd, k, words('which whom'));
  if (which >= 0 && t[which - 1]?.lower === 'of') return [];
  return pairs([acquirer], [target], { ...BASE, sentence: s, trigger: k, amount: amountIn(v, k + 1, by, c.taken) ?? price(c, acquirer.tokEnd) });
};

/** "Informatica, which Salesforce bought for $8 billion": the relative clause's object is the company before it. */
export const boughtWhich: FrameHandler = (c, k) => {
  const { v, s } = c;
  const t = v.tokens;
  const acquirer = subjectOf(v, s, k);
  if (!acquirer || acquirer.kind === 'pronoun' || directObject(v, s, k, 3).length || goodsNear(c, k + 1, k + 3)) return [];
  const rel = acquirer.npTok - 1;
  if (!/^(which|that|whom)$/.test(t[rel]?.lower ?? '') || t[rel - 1]?.text !== ',') return [];
  // NOTE: only the verb's own clause: "X, which Y backs and which later bought Z" stays out.
  if (k - acquirer.tokEnd > 4) return [];
  const target = v.mentionAt[rel - 2] ?? nameEndingAt(c, rel - 1);
  if (!usable(target) || target.possessive || target.role === 'modifier' || target.tokEnd !== rel - 1) return [];
  return pairs([acquirer], [target], { ...BASE, sentence: s, trigger: k, amount: price(c, k + 1) });
};

/** "Informatica sold itself to Salesforce", "agreed to sell itself to X for $8 billion": the buyer is after "to". */
export const soldItself: FrameHandler = (c, k) => {
  const { v, s } = c;
  if (!/^(itself|themselves)$/.test(v.tokens[k + 1]?.lower ?? '')) return [];
  const target = subjectOf(v, s, k) ?? leadingName(c, k);
  const acquirer = objectAfter(v, s, k + 1, words('to'), { maxGap: 1, fallback: true })[0];
  if (!target || !acquirer) return [];
  return pairs([acquirer], [target], { ...BASE, sentence: s, trigger: k, amount: price(c, acquirer.tokEnd) });
};

/**
 * "xAI merged with X", "A agreed to merge with B", "A's merger with B": the subject (or possessor) takes
 * the other in; "A and B will merge" names no direction and stays out.
 */
export const mergeWith: FrameHandler = (c, k) => {
  const { v, s } = c;
  const t = v.tokens;
  if (t[k + 1]?.lower !== 'with') return [];
  const noun = /^mergers?$/.test(t[k]!.lower);
  // NOTE: "since the merger with Sprint" names no acquirer; only a possessor does.
  const acquirer = noun ? possessorBefore(v, k, 3) : subjectOf(v, s, k);
  const target = objectAfter(v, s, k, words('with'), { maxGap: 1 })[0] ?? companyAt(c, k + 2);
  if (!acquirer || !target || target.role === 'modifier') return [];
  // NOTE: "merged with X in March": a past merger is done.
  const done = t[k]!.lower === 'merged' && !/^(be|been|being|would)$/.test(t[k - 1]?.lower ?? '');
  const amount = targetValue(c, acquirer, target, target.tokEnd) ?? price(c, target.tokEnd);
  return pairs([acquirer], [target], { ...BASE, sentence: s, trigger: k, amount, ...(done ? { status: 'completed' as const } : {}) });
};

/** "taking over Informatica", "agreed to buy Kenvue": a takeover verb whose object is a name the gazetteer lacks. */
export const takeUnknown: FrameHandler = (c, k) => {
  const { v, s } = c;
  const t = v.tokens;
  const w = t[k]!.lower;
  const obj = /^(take|takes|took|taking)$/.test(w) ? (t[k + 1]?.lower === 'over' ? k + 2 : -1) : PARTICLE.has(t[k + 1]?.lower ?? '') ? k + 2 : k + 1;
  if (obj < 0 || v.mentionAt[obj] || !/^\p{Lu}/u.test(t[obj]?.text ?? '')) return [];
  const target = companyAt(c, obj);
  const acquirer = target ? subjectOf(v, s, k) : null;
  if (!target || !acquirer || acquirer.kind === 'product') return [];
  return pairs([acquirer], [target], { ...BASE, sentence: s, trigger: k, amount: targetValue(c, acquirer, target, target.tokEnd) ?? price(c, target.tokEnd) });
};

/** "the $4.9 billion takeover of ZT Systems by AMD": the acquirer after "by". */
export const takeoverBy: FrameHandler = (c, k) => {
  const { v, s } = c;
  if (v.tokens[k + 1]?.lower !== 'of') return [];
  const target = objectAfter(v, s, k, words('of'), { maxGap: 1, fallback: true })[0];
  if (!target || findWord(v, k + 1, target.npTok, words(', ;')) >= 0) return [];
  const by = v.tokens[target.tokEnd]?.lower === 'by' ? objectAfter(v, s, target.tokEnd - 1, words('by'), { maxGap: 1, fallback: true })[0] : undefined;
  if (!by || hasWord(v, k + 1, target.npTok, GOODS)) return [];
  return pairs([by], [target], { ...BASE, sentence: s, trigger: k, amount: amountIn(v, Math.max(v.sentTok[s]!, k - 5), k, c.taken) ?? price(c, by.tokEnd) });
};

const TAKEOVER_NOUNS = words('deal transaction merger takeover acquisition tie-up');

/**
 * "That all-share deal valued xAI at $80 billion and X at $33 billion": a takeover named earlier is
 * priced at the last value the sentence gives (the target's; the acquirer's comes first).
 */
export const dealValuedAt: FrameHandler = (c, k) => {
  const { v, s } = c;
  const t = v.tokens;
  const noun = findWord(v, Math.max(v.sentTok[s]!, k - 5), k, TAKEOVER_NOUNS);
  if (noun < 0 || findWord(v, Math.max(v.sentTok[s]!, noun - 6), noun, words('that this the')) < 0) return [];
  if (findWord(v, noun + 1, k, words(', ; which that')) >= 0) return [];
  let last = null;
  for (let j = k + 1; j < Math.min(v.sentTok[s + 1]!, k + 24); j++) {
    if (t[j]!.lower === 'at' && v.amountAt[j + 1]?.tok === j + 1) last = v.amountAt[j + 1]!;
    else if (/^[;:]$/.test(t[j]!.text)) break;
  }
  // NOTE: one value alone prices the deal only when it follows the deal's own verb; a list names the target's last.
  if (!last) return [];
  return [frame({ type: 'acquisition', from: null, to: null, sentence: s, trigger: k, amount: last, strength: 0.5, refersTo: ['acquisition'] })];
};

const OWNERS = words('shareholders stockholders board directors investors');
const VOTE = words('voted vote votes rejected reject rejects approved approve approves accepted accept accepts spurned rebuffed backed endorsed');

/**
 * "Core Scientific shareholders voted down CoreWeave's all-stock offer", "the board of X rejected Y's bid":
 * the company whose owners decide is the target.
 */
export const offerPutTo: FrameHandler = (c, k) => {
  const { v, s } = c;
  const acquirer = possessorBefore(v, k, 4);
  if (!usable(acquirer) || acquirer.kind === 'pronoun' || v.tokens[k + 1]?.lower === 'for') return [];
  const owners = findWord(v, v.sentTok[s]!, acquirer.npTok, OWNERS);
  if (owners < 0 || findWord(v, owners + 1, acquirer.npTok, VOTE) < 0 || findWord(v, owners + 1, acquirer.npTok, words(', ;')) >= 0) return [];
  const of = v.tokens[owners + 1]?.lower === 'of' ? v.mentionAt[owners + 2] ?? v.mentionAt[owners + 3] : undefined;
  const before = v.mentionAt[owners - 1] ?? (v.tokens[owners - 1]?.lower === 's' ? v.mentionAt[owners - 3] : undefined);
  const target = of ?? before;
  if (!usable(target) || sameParty(target, acquirer) || target.kind === 'pronoun') return [];
  return pairs([acquirer], [target], { ...BASE, sentence: s, trigger: k, amount: price(c, k + 1) });
};
