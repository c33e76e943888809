/** Trigger handlers for holdings: stakes owned, taken, sold, and shareholders. */
import type { Mention } from './doc-view.js';
import { mentionsIn } from './doc-view.js';
import { agentBefore, mentionStartingNear, modifierBefore, objectAfter, possessorBefore } from './frame-args.js';
import { amountIn, quantityIn, trailingAmount } from './frame-values.js';
import { findWord, words } from './frame-words.js';
import { isVenture, pairs, usable, type FrameContext, type FrameHandler } from './frame.js';
import { CLAUSE_OPENERS, PREPOSITIONS } from './lexicon.js';
import { asVenture, ventureAt } from './frames-venture-ref.js';
import { payVerb } from './frames-stake-paid.js';
import { HOLDING_NOUNS, saleProceeds } from './sale-proceeds.js';

const HOLD = words('owns own owned holds hold held has have had maintains maintain retains retain controls control keeps keep keeping owning holding');
const TAKE = words('take takes took taking taken buy buys bought buying acquire acquires acquired acquiring purchase purchased purchases get gets got snap snapped');
/** Nouns after a possessive that still name the company itself: "27% of OpenAI's for-profit business". */
const COMPANY_PARTS = words('business businesses arm unit group company operations entity equity shares stock capital');
/** Fractions written as words: "owns roughly a fifth of Y". */
const FRACTIONS = words('half third fifth quarter tenth majority minority');
const WORTH = words('worth valued');

/** "Microsoft owns a 27% stake in OpenAI" (stake), "X took a $350 million stake in Y" (equity investment). */
export const stake: FrameHandler = (c, k) => {
  const { v, s } = c;
  const first = v.sentTok[s]!;
  const obj = objectAfter(v, s, k, words('in of'), { maxGap: 2, fallback: true });
  const jv = obj.length ? null : ventureAt(v, s, k + 2);
  const to = jv && /^(in|of)$/.test(v.tokens[k + 1]?.lower ?? '') ? [jv] : obj;
  const verb = findLast(c, Math.max(first, k - 6), k, [HOLD, TAKE]);
  // NOTE: "paid $N for a 5% stake in Y" is the money's (frames-stake-paid.ts), not a holding.
  if (verb < 0 && payVerb(c, k) >= 0) return [];
  if (!to.length) return namedHolding(c, k) ?? takenStake(c, k, verb);
  const from = possessorBefore(v, k, 4) ?? agentBefore(v, s, verb >= 0 ? verb : k) ?? (verb >= 0 ? gerundAgent(c, verb) : null);
  if (!from) return [];
  const pct = quantityIn(v, Math.max(first, k - 5), k, ['percent']);
  const taking = verb >= 0 && TAKE.has(v.tokens[verb]!.lower);
  // NOTE: "X's stake in Y was valued at about $39 billion", "its holding in Y, worth some $135bn": the holding's value.
  const amount = taking ? amountIn(v, verb + 1, k, c.taken) : holdingWorth(c, to.at(-1)!.tokEnd);
  const type = isVenture(v, to[0]!) ? 'joint_venture' : taking ? 'equity_investment' : 'stake';
  // NOTE: a holding described without a modal is one held now.
  const held = type === 'stake' && findWord(v, first, k, MODALS) < 0;
  return pairs([from], to, { type, sentence: s, trigger: k, amount, ...(pct ? { stake: pct } : {}), ...(held ? { status: 'completed' as const } : {}), strength: 0.85 });
};

const MODALS = words('will would could may might should plans plan planning expects expected considering weighing talks');

/** The value a holding is given right after its object: ", worth $N", "was valued at $N", "is now worth $N". */
export function holdingWorth(c: FrameContext, from: number): ReturnType<typeof amountIn> {
  const { v } = c;
  const w = findWord(v, from, Math.min(v.sentTok[c.s + 1]!, from + 5), WORTH);
  if (w < 0 || findWord(v, from, w, words('; which that')) >= 0) return null;
  return amountIn(v, v.tokens[w + 1]?.lower === 'at' ? w + 2 : w + 1, w + 5, c.taken);
}

/**
 * "the US government agreed to take a stake of about 10% by converting grants": a stake taken in the
 * company the document is about (merge fills the investee).
 */
function takenStake(c: FrameContext, k: number, verb: number) {
  const { v, s } = c;
  if (verb < 0 || !TAKE.has(v.tokens[verb]!.lower) || !/^(a|an)$/.test(v.tokens[verb + 1]?.lower ?? '')) return [];
  const pct = quantityIn(v, verb + 1, Math.min(v.sentTok[s + 1]!, k + 5), ['percent']);
  const from = agentBefore(v, s, verb);
  if (!pct || !from || v.tokens[k + 1]?.lower !== 'of') return [];
  return pairs([from], [], { type: 'equity_investment', sentence: s, trigger: k, amount: null, stake: pct, strength: 0.6 });
}

/**
 * "Amazon's Anthropic holding was valued at about $39 billion", "SoftBank's OpenAI stake, worth $N":
 * the possessor holds the company that names the holding, worth what the text values it at.
 */
function namedHolding(c: FrameContext, k: number): ReturnType<FrameHandler> | null {
  const { v, s } = c;
  const named = v.mentionAt[k - 1];
  if (!usable(named) || named.tokEnd !== k || named.possessive || named.kind === 'pronoun') return null;
  const holder = possessorBefore(v, named.npTok, 1);
  if (!holder || holder.kind === 'product' || isVenture(v, named)) return null;
  return pairs([holder], [named], { type: 'stake', sentence: s, trigger: k, amount: holdingWorth(c, k + 1), status: 'completed', strength: 0.8 });
}

function findLast(c: FrameContext, from: number, to: number, sets: readonly ReadonlySet<string>[]): number {
  for (let j = to - 1; j >= from; j--) if (sets.some((x) => x.has(c.v.tokens[j]!.lower))) return j;
  return -1;
}

function gerundAgent(c: FrameContext, k: number): Mention | null {
  const m = c.v.mentionAt[k - 1];
  return usable(m) && !m.possessive ? m : null;
}

/**
 * What "of" governs in a holding: a company ("of OpenAI", "of the company"), a company's part
 * ("of the ChatGPT-maker's for-profit business"), a venture ("of the joint venture"), or a company a
 * definite description names by the head of its name ("of the group" after "OpenAI Group PBC").
 */
function heldCompany(c: FrameContext, of: number): Mention | null {
  const { v, s } = c;
  const m = mentionStartingNear(v, of + 1, 1);
  if (m?.possessive && usable(m)) {
    for (let j = m.tokEnd; j < m.tokEnd + 7 && j < v.sentTok[s + 1]!; j++) {
      if (COMPANY_PARTS.has(v.tokens[j]!.lower)) return m;
      if (!/^[\p{L}'’-]+$/u.test(v.tokens[j]!.text) || /^\p{Lu}/u.test(v.tokens[j]!.text)) break;
    }
    return null;
  }
  const jv = ventureAt(v, s, of + 1);
  if (jv) return jv;
  const obj = objectAfter(v, s, of - 1, words('of in'), { maxGap: 1, fallback: true })[0];
  // NOTE: "51% of the PC processor market": a name that modifies a lower-case noun is not the company held.
  const next = v.tokens[obj?.tokEnd ?? -1];
  if (obj?.kind === 'unknown' && next && /^[a-z]/.test(next.text) && !PREPOSITIONS.has(next.lower) && !CLAUSE_OPENERS.has(next.lower)) return null;
  return obj ?? nameHead(c, of + 1);
}

/**
 * "the foundation" after "the non-profit OpenAI Foundation", "the group" after "OpenAI Group PBC":
 * a definite noun that is the last word of a company name named in the last few sentences.
 */
export function nameHead(c: FrameContext, j: number): Mention | null {
  const { v, s } = c;
  const t = v.tokens;
  if (!/^(the|that)$/.test(t[j]?.lower ?? '') || !/^[a-z]+$/.test(t[j + 1]?.text ?? '') || v.mentionAt[j + 1]) return null;
  const head = t[j + 1]!.lower;
  for (let i = s; i >= Math.max(0, s - 3); i--) {
    const list = mentionsIn(v, i);
    for (let x = list.length - 1; x >= 0; x--) {
      const m = list[x]!;
      if (m.tok >= j || !usable(m) || m.kind === 'nominal' || m.kind === 'pronoun') continue;
      const nameWords = m.text.toLowerCase().split(/\s+/);
      if (nameWords.length > 1 && nameWords.slice(1).includes(head)) {
        return { ...m, tok: j, tokEnd: j + 2, npTok: j, start: t[j]!.start, end: t[j + 1]!.end, text: `${t[j]!.text} ${t[j + 1]!.text}`, possessive: false, kind: 'nominal' };
      }
    }
  }
  return null;
}

/**
 * "Microsoft, which owns about 27% of OpenAI equity", "X would own 49% of the company", "owns
 * roughly a fifth of the Claude maker", "Blue Owl will own 80% of the joint venture, with Meta
 * holding the other 20%" (a share of a venture makes a partner).
 */
export const own: FrameHandler = (c, k) => {
  const { v, s } = c;
  const t = v.tokens;
  const pct = quantityIn(v, k + 1, k + 5, ['percent']);
  const out: ReturnType<FrameHandler> = [];
  let of = pct ? pct.tokEnd : -1;
  if (!pct) {
    const f = findWord(v, k + 1, k + 5, FRACTIONS);
    if (f < 0 || t[f + 1]?.lower !== 'of') return [];
    of = f + 1;
  }
  // NOTE: "could end up owning a tenth of AMD": a possible result of another deal (a warrant), not a holding.
  if (findWord(v, Math.max(v.sentTok[s]!, k - 3), k, words('could might may end')) >= 0) return [];
  const from = agentBefore(v, s, k) ?? gerundAgent(c, k) ?? managedBy(c, k) ?? renamedSubject(c, k) ?? nameHead(c, k - 3) ?? nameHead(c, k - 2);
  if (!from) return [];
  let to: Mention | null = null;
  if (t[of]?.lower === 'of') to = heldCompany(c, of);
  else if (t[of]?.lower === 'stake') to = objectAfter(v, s, of, words('in of'), { maxGap: 1, fallback: true })[0] ?? null;
  // NOTE: "with Meta holding the other 20%": the rest of what an earlier holder in the sentence holds part of.
  else if (pct && /^(other|remaining|rest)$/.test(t[pct.tok - 1]?.lower ?? '')) to = earlierHolding(c, pct.tok);
  if (!to) return [];
  const venture = asVenture(v, to);
  // NOTE: "after which it would own 49% of the company", "and then hold 49%": what a deal under way would buy, not a holding.
  if (!venture && findWord(v, Math.max(v.sentTok[s]!, k - 3), k, words('would then')) >= 0) return [];
  // NOTE: "it owns about 7% of the company, a stake worth about $3 billion".
  const worth = findWord(v, to.tokEnd, to.tokEnd + 10, WORTH) >= 0 ? trailingAmount(v, to.tokEnd, c.taken) : null;
  // NOTE: "own 80% of the venture against Meta's 20%", "... and Meta 20%": the holder of the rest.
  const rest = restHolder(c, to.tokEnd);
  if (rest) out.push(...pairs([rest], [venture ?? to], { type: venture ? 'joint_venture' : 'stake', sentence: s, trigger: k, amount: null, strength: 0.7 }));
  return out.concat(pairs([from], [venture ?? to], { type: venture ? 'joint_venture' : 'stake', sentence: s, trigger: k, amount: venture ? null : worth, ...(pct ? { stake: pct } : {}), strength: 0.8 }));
};

/** The company after "against" or "and" that holds its own percentage of the same company ("against Meta's 20%", "and Meta 20%"). */
function restHolder(c: FrameContext, from: number): Mention | null {
  const { v } = c;
  const t = v.tokens;
  if (!/^(against|and|with|while)$/.test(t[from]?.lower ?? '')) return null;
  const m = mentionStartingNear(v, from + 1, 1);
  if (!usable(m) || m.kind === 'pronoun') return null;
  const after = m.possessive ? m.tokEnd + 2 : m.tokEnd;
  const q = quantityIn(v, after, after + 2, ['percent']);
  return q && q.tok <= after + 1 ? m : null;
}

/** "Funds managed by Blue Owl will own ...", "vehicles controlled by X hold ...": the manager holds through them. */
function managedBy(c: FrameContext, k: number): Mention | null {
  const { v, s } = c;
  const t = v.tokens;
  const first = v.sentTok[s]!;
  for (let j = first; j < Math.min(k, first + 4); j++) {
    if (!/^(funds|vehicles|entities|affiliates|accounts|clients)$/.test(t[j]!.lower)) continue;
    if (!/^(managed|controlled|advised|run|owned)$/.test(t[j + 1]?.lower ?? '') || t[j + 2]?.lower !== 'by') return null;
    const m = mentionStartingNear(v, j + 3, 1);
    return usable(m) && !m.possessive && m.tokEnd < k ? m : null;
  }
  return null;
}

/**
 * "The non-profit, renamed the Acme Foundation, keeps control and holds 26% of it": a sentence subject
 * that names no company but whose appositive gives its new name.
 */
function renamedSubject(c: FrameContext, k: number): Mention | null {
  const { v, s } = c;
  const t = v.tokens;
  let j = v.sentTok[s]!;
  if (!/^(the|its)$/.test(t[j]?.lower ?? '')) return null;
  j++;
  while (j < k && /^[a-z-]+$/.test(t[j]!.text) && !v.mentionAt[j]) j++;
  if (t[j]?.text !== ',') return null;
  j++;
  if (/^(now|since|later)$/.test(t[j]?.lower ?? '')) j++;
  if (!/^(renamed|called|named|rebranded|known)$/.test(t[j]?.lower ?? '')) return null;
  const m = mentionStartingNear(v, /^(as)$/.test(t[j + 1]?.lower ?? '') ? j + 2 : j + 1, 1);
  return usable(m) && !m.possessive && m.tokEnd < k && t[m.tokEnd]?.text === ',' ? m : null;
}

/** The company an earlier "N% of Y" in the sentence holds part of. */
function earlierHolding(c: FrameContext, before: number): Mention | null {
  const { v, s } = c;
  for (let j = before - 1; j > v.sentTok[s]!; j--) {
    const q = v.quantityAt[j];
    if (q && q.tok === j && q.value.unit === 'percent' && v.tokens[q.tokEnd]?.lower === 'of') return heldCompany(c, q.tokEnd);
  }
  return null;
}

const PARTIAL = words('part some portion half third quarter most fraction');

/**
 * "SoftBank sold all of its Nvidia shares for $5.8 billion" (the stake ends: cancelled, the proceeds
 * its amount), "X sold part of its holding in Y" (the stake remains: completed), "X sells its entire
 * stake in Y". Infinitives and modals ("forced to sell its stakes") are plans, not sales.
 */
export const stakeSale: FrameHandler = (c, k) => {
  const { v, s } = c;
  const t = v.tokens;
  const prev = t[k - 1]?.lower ?? '';
  if (/^(to|would|could|may|might|should|must|not|never)$/.test(prev) || (t[k]!.lower === 'sell' && !/^(they|we)$/.test(prev))) return [];
  // NOTE: "raised $5bn by selling all of its X shares": a means clause reports a sale made.
  if (t[k]!.lower === 'selling' && !/^(is|are|was|were|been|by|after)$/.test(prev)) return [];
  const end = Math.min(v.sentTok[s + 1]!, k + 10);
  const noun = findWord(v, k + 1, end, HOLDING_NOUNS);
  if (noun < 0 || findWord(v, k + 1, noun, words(', ; to from')) >= 0) return [];
  // NOTE: "offloaded T-Mobile shares for $9 billion": a named issuer right before the noun also says whose holding it is.
  const named = v.mentionAt[noun - 1];
  const issuerBefore = usable(named) && named.tokEnd === noun && !named.possessive && named.kind !== 'pronoun' ? named : null;
  if (findWord(v, k + 1, noun, words('its their his her')) < 0 && !issuerBefore) return [];
  const holder = agentBefore(v, s, k);
  const poss = possessorBefore(v, noun, 2);
  const issuer = objectAfter(v, s, noun, words('in of'), { maxGap: 1, fallback: true })[0] ?? modifierBefore(v, noun, 2) ?? issuerBefore ?? (poss?.kind === 'pronoun' ? null : poss);
  if (!holder || !issuer || !usable(issuer) || issuer.kind === 'pronoun') return [];
  const partial = findWord(v, k + 1, noun, PARTIAL) >= 0;
  const amount = partial ? null : trailingAmount(v, Math.max(noun, issuer.tokEnd), c.taken) ?? amountIn(v, k + 1, noun, c.taken) ?? priceAfterCount(c, Math.max(noun + 1, issuer.tokEnd)) ?? saleProceeds(v, s, Math.max(noun + 1, issuer.tokEnd), c.taken);
  return pairs([holder], [issuer], { type: 'stake', sentence: s, trigger: k, amount, status: partial ? 'completed' : 'cancelled', strength: 0.85 });
};

/** "its entire X holding, 32.1 million shares, for $5.83 billion": the price after a share-count appositive. */
function priceAfterCount(c: FrameContext, from: number): ReturnType<typeof amountIn> {
  const { v } = c;
  const t = v.tokens;
  if (t[from]?.text !== ',' || !v.quantityAt[from + 1]) return null;
  const close = findWord(v, from + 2, Math.min(v.sentTok[c.s + 1]!, from + 8), words(','));
  if (close < 0 || t[close + 1]?.lower !== 'for') return null;
  return amountIn(v, close + 2, close + 5, c.taken);
}

/** Words a role phrase may carry between its determiner and "shareholder". */
const ROLE_WORDS = /^(one|of|among|the|a|an|its|biggest|largest|main|major|big|large|significant|key|early|longtime|long-time|existing|outside|top|been|also|already|still|now|currently)$/;
/** Verbs that make the holding the result of an investment in the same sentence ("becoming its largest shareholder"). */
const RESULT_VERBS = words('becoming become becomes became making make makes made turning turned');

/**
 * "Nvidia has been a shareholder since the start-up's 2023 round", "Two Seas Capital LP, one of
 * Core Scientific's biggest shareholders", "X is a major shareholder in Y", "X is both Y's main
 * supplier and a shareholder", "X, which is at once its supplier, an existing shareholder and its
 * biggest customer": a holding. An investment whose result the holding is ("invested ..., becoming
 * the largest shareholder") is the deal itself; one in a relative clause ("X, which has invested
 * ..., remains its largest shareholder") is not.
 */
export const shareholder: FrameHandler = (c, k) => {
  const { v, s } = c;
  const t = v.tokens;
  let j = k - 1;
  while (j > v.sentTok[s]! && ROLE_WORDS.test(t[j]!.lower)) j--;
  if (RESULT_VERBS.has(t[j]?.lower ?? '') || (investsInSentence(c) && !investmentInRelative(c))) return [];
  // NOTE: "is also a Nebius shareholder": a name right before the noun is the company held.
  const named = v.mentionAt[k - 1];
  const modifier = usable(named) && named.tokEnd === k && !named.possessive && named.kind !== 'pronoun' ? named : null;
  let company = possessorBefore(v, k, 4) ?? objectAfter(v, s, k, words('in of'), { maxGap: 1 })[0] ?? modifier;
  if (!company && t[k + 1]?.lower === 'since') company = possessorBefore(v, findWord(v, k + 2, k + 12, words('round funding ipo listing founding')), 4);
  const list = company ? null : roleList(c, k);
  if (list) return pairs([list.holder], [list.company], { type: 'stake', sentence: s, trigger: k, amount: stakeWorth(c, k), status: 'completed', strength: 0.6 });
  if (!company) return [];
  // The holder: an appositive anchor ("Y, one of X's biggest shareholders") or the subject of "is/has been".
  j = company === modifier ? modifier.npTok - 1 : company.npTok > k ? k - 1 : company.npTok - 1;
  if (j < v.sentTok[s]!) return [];
  while (j > v.sentTok[s]! && ROLE_WORDS.test(t[j]!.lower)) j--;
  let holder: Mention | null = null;
  if (t[j]?.text === ',') holder = v.mentionAt[j - 1] ?? (/^(LP|LLC|Inc|Ltd|Corp|plc|AG|SA|NV)\.?$/.test(t[j - 1]?.text ?? '') ? v.mentionAt[j - 2] ?? null : null) ?? null;
  else if (/^(is|was|are|were|has|have|had|remains|remained)$/.test(t[j]?.lower ?? '')) holder = relativeHead(c, j) ?? agentBefore(v, s, j);
  if (!holder || !usable(holder) || holder.possessive) return [];
  return pairs([holder], [company], { type: 'stake', sentence: s, trigger: k, amount: stakeWorth(c, k), status: 'completed', strength: 0.6 });
};

const INVEST = words('invest invests invested investing investment');

function investsInSentence(c: FrameContext): boolean {
  return findWord(c.v, c.v.sentTok[c.s]!, c.v.sentTok[c.s + 1]!, INVEST) >= 0;
}

/** True when every investment word of the sentence sits in a comma-bounded relative clause (", which has invested ..., "). */
function investmentInRelative(c: FrameContext): boolean {
  const { v, s } = c;
  const t = v.tokens;
  for (let j = v.sentTok[s]!; j < v.sentTok[s + 1]!; j++) {
    if (!INVEST.has(t[j]!.lower)) continue;
    let x = j - 1;
    while (x > v.sentTok[s]! && t[x]!.text !== ',' && !/^(which|who)$/.test(t[x]!.lower)) x--;
    if (!/^(which|who)$/.test(t[x]!.lower) || t[x - 1]?.text !== ',') return false;
    if (findWord(v, j + 1, v.sentTok[s + 1]!, words(',')) < 0) return false;
  }
  return true;
}

/** The head of ", which is ..." when the copula at j opens a relative clause. */
function relativeHead(c: FrameContext, j: number): Mention | null {
  const t = c.v.tokens;
  if (!/^(which|who)$/.test(t[j - 1]?.lower ?? '') || t[j - 2]?.text !== ',') return null;
  const m = c.v.mentionAt[j - 3];
  return usable(m) && !m.possessive ? m : null;
}

/**
 * A role list after a copula that names the company through a sibling role: "Nvidia is both
 * CoreWeave's main chip supplier and a shareholder", "Nvidia, which is at once its chip supplier, an
 * existing shareholder and its biggest customer".
 */
function roleList(c: FrameContext, k: number): { holder: Mention; company: Mention } | null {
  const { v, s } = c;
  const t = v.tokens;
  let cop = -1;
  for (let j = k - 1; j >= Math.max(v.sentTok[s]!, k - 14); j--) {
    const w = t[j]!.lower;
    if (/^(is|was|are|were|remains|remained)$/.test(w)) {
      cop = j;
      break;
    }
    const m = v.mentionAt[j];
    if (m ? !m.possessive : !/^([a-z-]+|,|s)$/.test(t[j]!.text) && t[j]!.norm !== "'" || /^(but|while|which|who|that)$/.test(w)) return null;
  }
  if (cop < 0) return null;
  const holder = relativeHead(c, cop) ?? agentBefore(v, s, cop);
  if (!holder || !usable(holder) || holder.possessive) return null;
  // NOTE: the sibling role before the shareholder, else one after it in the same list ("and its biggest customer").
  let company: Mention | null = null;
  for (let j = k - 1; j > cop && !company; j--) if (v.mentionAt[j]?.possessive) company = v.mentionAt[j]!;
  for (let j = k + 1; j < Math.min(v.sentTok[s + 1]!, k + 6) && !company; j++) {
    if (/^[.;:]$/.test(t[j]!.text)) break;
    if (v.mentionAt[j]?.possessive) company = v.mentionAt[j]!;
  }
  if (!usable(company)) return null;
  return { holder, company };
}

/** "..., with a stake of about 7% worth roughly $3 billion": the stated value of the holding. */
function stakeWorth(c: FrameContext, k: number) {
  const { v, s } = c;
  const noun = findWord(v, k + 1, Math.min(v.sentTok[s + 1]!, k + 6), words('stake holding'));
  if (noun < 0) return null;
  const worth = findWord(v, noun + 1, Math.min(v.sentTok[s + 1]!, noun + 7), WORTH);
  return worth >= 0 ? amountIn(v, worth + 1, worth + 4, c.taken) : null;
}
