/** Trigger handlers for ownership and rights: stakes, licences, warrants and shares, revenue shares, acquisitions, loans, ventures. */
import type { Mention } from './doc-view.js';
import {
  agentBefore, agentsFrom, amountIn, directObject, findWord, hasWord, listFrom, mentionStartingNear, objectAfter,
  possessorBefore, prepObject, quantityIn, subjectOf, trailingAmount, words,
} from './frame-args.js';
import { alternativeTo } from './frames-funding.js';
import { HARDWARE } from './frames-purchase.js';
import { isVenture, pairs, usable, type FrameContext, type FrameHandler } from './frame.js';

const HOLD = words('owns own owned holds hold held has have had maintains maintain retains retain controls control keeps keep keeping owning holding');
const TAKE = words('take takes took taking taken buy buys bought buying acquire acquires acquired acquiring purchase purchased purchases get gets got snap snapped');

/** "Microsoft owns a 27% stake in OpenAI" (stake), "X took a $350 million stake in Y" (equity investment). */
export const stake: FrameHandler = (c, k) => {
  const { v, s } = c;
  const first = v.sentTok[s]!;
  const to = objectAfter(v, s, k, words('in of'), { maxGap: 2, fallback: true });
  if (!to.length) return [];
  const verb = findLast(c, Math.max(first, k - 6), k, [HOLD, TAKE]);
  const from = possessorBefore(v, k, 4) ?? agentBefore(v, s, verb >= 0 ? verb : k) ?? (verb >= 0 ? gerundAgent(c, verb) : null);
  if (!from) return [];
  const pct = quantityIn(v, Math.max(first, k - 5), k, ['percent']);
  const taking = verb >= 0 && TAKE.has(v.tokens[verb]!.lower);
  const amount = taking ? amountIn(v, verb + 1, k, c.taken) : null;
  const type = taking ? (isVenture(v, to[0]!) ? 'joint_venture' : 'equity_investment') : 'stake';
  return pairs([from], to, { type, sentence: s, trigger: k, amount, ...(pct ? { stake: pct } : {}), strength: 0.85 });
};

function findLast(c: FrameContext, from: number, to: number, sets: readonly ReadonlySet<string>[]): number {
  for (let j = to - 1; j >= from; j--) if (sets.some((x) => x.has(c.v.tokens[j]!.lower))) return j;
  return -1;
}

function gerundAgent(c: FrameContext, k: number): Mention | null {
  const m = c.v.mentionAt[k - 1];
  return usable(m) && !m.possessive ? m : null;
}

/** "Microsoft, which owns about 27% of OpenAI equity", "X would own 49% of the company". */
export const own: FrameHandler = (c, k) => {
  const { v, s } = c;
  const pct = quantityIn(v, k + 1, k + 5, ['percent']);
  if (!pct) return [];
  if (v.tokens[pct.tokEnd]?.lower !== 'of' && v.tokens[pct.tokEnd]?.lower !== 'stake') return [];
  const to = objectAfter(v, s, pct.tokEnd - 1, words('of in'), { maxGap: 3, fallback: true });
  const from = agentBefore(v, s, k);
  if (!from || !to.length) return [];
  // NOTE: "it owns about 7% of the company, a stake worth about $3 billion".
  const worth = findWord(v, to[0]!.tokEnd, to[0]!.tokEnd + 6, words('worth valued')) >= 0 ? trailingAmount(v, to[0]!.tokEnd, c.taken) : null;
  return pairs([from], to.slice(0, 1), { type: 'stake', sentence: s, trigger: k, amount: worth, stake: pct, strength: 0.8 });
};

const RIGHTS = words('right rights licence license licensing access distribution');
const IP = words('models model technology technologies ip software products api apis patents');

/** "Microsoft has secured an exclusive right to sell OpenAI models": Microsoft licenses from OpenAI. */
export const exclusive: FrameHandler = (c, k) => {
  const { v, s } = c;
  const r = findWord(v, k + 1, k + 3, RIGHTS);
  if (r < 0 || findWord(v, k + 1, k + 4, words('provider supplier partner')) >= 0) return [];
  const licensee = agentBefore(v, s, k);
  if (!licensee) return [];
  const licensor = ipOwner(c, licensee, r);
  return licensor ? pairs([licensee], [licensor], { type: 'licence', sentence: s, trigger: k, amount: null, strength: 0.75 }) : [];
};

/** Whose models or technology the rights cover: "OpenAI models", "its models", "Y's technology". */
function ipOwner(c: FrameContext, licensee: Mention, near: number): Mention | null {
  const { v, s } = c;
  const t = v.tokens;
  const candidates: { m: Mention; d: number }[] = [];
  for (let j = v.sentTok[s]!; j < v.sentTok[s + 1]!; j++) {
    if (!IP.has(t[j]!.lower)) continue;
    const poss = possessorBefore(v, j, 2);
    const prev = v.mentionAt[j - 1] ?? (t[j - 1]?.norm === 'AI' ? v.mentionAt[j - 2] : undefined);
    const m = poss ?? (prev && !prev.possessive ? prev : null);
    if (!m) continue;
    const owner = m.kind === 'pronoun' ? alternativeTo(c, m, licensee) : m;
    if (owner && usable(owner) && owner.entityId !== licensee.entityId) candidates.push({ m: owner, d: Math.abs(j - near) });
  }
  candidates.sort((a, b) => a.d - b.d);
  return candidates[0]?.m ?? null;
}

/** "X licenses technology from Y" (X licensee), "X licensed its models to Y" (Y licensee). */
export const license: FrameHandler = (c, k) => {
  const { v, s } = c;
  const agent = agentBefore(v, s, k);
  if (!agent) return [];
  const from = objectAfter(v, s, k, words('from'), { maxGap: 6, fallback: true });
  if (from.length) return pairs([agent], from, { type: 'licence', sentence: s, trigger: k, amount: amountIn(v, k + 1, from[0]!.npTok, c.taken), strength: 0.75 });
  const to = objectAfter(v, s, k, words('to'), { maxGap: 6, fallback: true });
  if (to.length) return pairs(to, [agent], { type: 'licence', sentence: s, trigger: k, amount: amountIn(v, k + 1, to[0]!.npTok, c.taken), strength: 0.7 });
  return [];
};

const GRANT = words('grant grants granted granting issue issues issued issuing give gives gave award awards awarded');
const EQUITY_PAPER = words('warrant warrants shares share stock options');

/**
 * "AMD granted OpenAI warrants for up to 160 million shares", "CoreWeave will issue $350 million of
 * its shares to OpenAI", "OpenAI received warrants from AMD", "was granted a warrant by AMD".
 */
export const grant: FrameHandler = (c, k) => {
  const { v, s } = c;
  const t = v.tokens;
  const paper = findWord(v, k + 1, Math.min(v.sentTok[s + 1]!, k + 10), EQUITY_PAPER);
  if (paper < 0 || findWord(v, k + 1, paper, words(', ;')) >= 0) return [];
  const shares = quantityIn(v, k + 1, Math.min(v.sentTok[s + 1]!, paper + 8), ['shares']);
  const base = { type: 'share_grant' as const, sentence: s, trigger: k, ...(shares ? { shares } : {}), strength: 0.8 };
  const passive = /^(was|were|is|are|been|be)$/.test(t[k - 1]?.lower ?? '');
  if (GRANT.has(t[k]!.lower) && !passive) {
    const grantor = agentBefore(v, s, k);
    if (!grantor) return [];
    let grantees = directObject(v, s, k, 2);
    if (!grantees.length) grantees = objectAfter(v, s, paper, words('to'), { maxGap: 10, fallback: true });
    const amount = amountIn(v, k + 1, paper, c.taken);
    return pairs([grantor], grantees, { ...base, amount });
  }
  const grantee = agentBefore(v, s, k);
  if (!grantee) return [];
  const grantor = objectAfter(v, s, k, words('from by'), { maxGap: 12, fallback: true })[0] ?? issuerOfShares(c, paper);
  return grantor ? pairs([grantor], [grantee], { ...base, amount: amountIn(v, k + 1, paper, c.taken) }) : [];
};

/** "160 million AMD shares", "shares of AMD", "AMD's shares". */
function issuerOfShares(c: FrameContext, paper: number): Mention | null {
  const { v, s } = c;
  for (let j = paper + 1; j < Math.min(v.sentTok[s + 1]!, paper + 10); j++) {
    if (v.tokens[j]!.lower === 'shares' || v.tokens[j]!.lower === 'stock') {
      const poss = possessorBefore(v, j, 3);
      if (poss) return poss;
      const before = v.mentionAt[j - 1];
      if (usable(before)) return before;
      return objectAfter(v, s, j, words('of in'), { maxGap: 1 })[0] ?? null;
    }
  }
  return null;
}

const PROFITS = words('profits profit revenue revenues sales earnings');

/** "Microsoft would receive 75% of OpenAI's profits": OpenAI pays Microsoft a share. */
export const revenueShare: FrameHandler = (c, k) => {
  const { v, s } = c;
  const pct = quantityIn(v, k + 1, k + 5, ['percent']);
  if (!pct || v.tokens[pct.tokEnd]?.lower !== 'of') return [];
  const noun = findWord(v, pct.tokEnd + 1, pct.tokEnd + 6, PROFITS);
  if (noun < 0) return [];
  const payer = possessorBefore(v, noun, 3);
  const payee = agentBefore(v, s, k);
  if (!payer || !payee) return [];
  const owner = payer.kind === 'pronoun' ? alternativeTo(c, payer, payee) : payer;
  return owner ? pairs([owner], [payee], { type: 'revenue_share', sentence: s, trigger: k, amount: null, strength: 0.7 }) : [];
};

const NOT_TARGET = words('chips chip gpus shares stock stake stakes equity servers capacity products models');

/** "X acquires Y", "X agreed to buy Y for $N", "Y was acquired by X", "X's acquisition of Y". */
export const acquire: FrameHandler = (c, k) => {
  const { v, s } = c;
  const t = v.tokens;
  const w = t[k]!.lower;
  const base = { type: 'acquisition' as const, sentence: s, trigger: k, strength: 0.8 };
  if (/^(bid|bids|offer)$/.test(w)) {
    const target = objectAfter(v, s, k, words('for'), { maxGap: 1, fallback: true })[0];
    const acquirer = possessorBefore(v, k, 4) ?? subjectOf(v, s, k);
    if (!target || !acquirer || hasWord(v, k + 1, k + 6, HARDWARE)) return [];
    return pairs([acquirer], [target], { ...base, amount: amountIn(v, Math.max(v.sentTok[s]!, k - 5), k, c.taken) });
  }
  if (/^(acquisition|takeover|buyout|purchase)$/.test(w)) {
    const obj = prepObject(v, s, k, words('of'), { maxGap: 1, fallback: true });
    const target = obj?.mentions[0];
    if (!target || NOT_TARGET.has(t[target.tokEnd]?.lower ?? '') || hasWord(v, k + 1, k + 6, HARDWARE)) return [];
    const acquirer = possessorBefore(v, k, 4) ?? agentBefore(v, s, k);
    const amount = amountIn(v, Math.max(v.sentTok[s]!, k - 5), k, c.taken) ?? amountIn(v, target.tokEnd, target.tokEnd + 6, c.taken);
    return pairs(acquirer ? [acquirer] : [], [target], { ...base, amount });
  }
  if (t[k + 1]?.lower === 'by' && /ed$/.test(w)) {
    const acquirers = objectAfter(v, s, k, words('by'), { maxGap: 1, fallback: true });
    const target = agentBefore(v, s, k, { allowObject: true });
    return target ? pairs(acquirers, [target], { ...base, amount: amountIn(v, k + 2, k + 12, c.taken) }) : [];
  }
  const targets = directObject(v, s, t[k + 1]?.lower === 'over' ? k + 1 : k, 2);
  const target = targets[0];
  if (!target || NOT_TARGET.has(t[target.tokEnd + (target.possessive ? 2 : 0)]?.lower ?? '') || (target.kind === 'pronoun' && !target.entityId)) return [];
  if (hasWord(v, k + 1, target.npTok, words('stake shares'))) return [];
  const acquirer = agentBefore(v, s, k);
  if (!acquirer) return [];
  return pairs([acquirer], [target], { ...base, amount: amountIn(v, target.tokEnd, target.tokEnd + 8, c.taken) });
};

/** "X lent Y $N", "X borrowed $N from Y", "a $N loan from Y", "a credit facility to Y". */
export const loan: FrameHandler = (c, k) => {
  const { v, s } = c;
  const w = v.tokens[k]!.lower;
  const base = { type: 'loan' as const, sentence: s, trigger: k, strength: 0.75 };
  if (/^(borrow|borrows|borrowed|borrowing)$/.test(w)) {
    const lenders = objectAfter(v, s, k, words('from'), { maxGap: 10, fallback: true });
    const borrower = agentBefore(v, s, k);
    return borrower ? pairs(lenders, [borrower], { ...base, amount: amountIn(v, k + 1, k + 8, c.taken) }) : [];
  }
  if (/^(lend|lends|lent|lending)$/.test(w)) {
    const lender = agentBefore(v, s, k);
    let borrowers = directObject(v, s, k, 2);
    if (!borrowers.length) borrowers = objectAfter(v, s, k, words('to'), { maxGap: 8, fallback: true });
    return lender ? pairs([lender], borrowers, { ...base, amount: amountIn(v, k + 1, k + 8, c.taken) }) : [];
  }
  const amount = amountIn(v, Math.max(v.sentTok[s]!, k - 5), k, c.taken) ?? amountIn(v, k + 1, k + 4, c.taken);
  const from = objectAfter(v, s, k, words('from by'), { maxGap: 3, fallback: true });
  if (from.length) {
    const borrower = agentBefore(v, s, k);
    return borrower ? pairs(from, [borrower], { ...base, amount }) : [];
  }
  const to = objectAfter(v, s, k, words('to for'), { maxGap: 3, fallback: true });
  if (to.length) {
    const lender = agentBefore(v, s, k);
    return lender ? pairs([lender], to, { ...base, amount }) : [];
  }
  return [];
};

const FORM = words('set form formed forming forms create created creating creates launch launched launching launches establish established establishing unveil unveiled unveils announced announce');

/**
 * Ventures: "A and B said they would set up SB OpenAI Japan, a 50-50 joint venture",
 * "A and B are the lead partners in the venture", "the initial equity funders are A, B and C".
 */
export const venture: FrameHandler = (c, k) => {
  const { v, s } = c;
  const t = v.tokens;
  const base = { type: 'joint_venture' as const, sentence: s, trigger: k, amount: null, strength: 0.7 };
  if (/^partners?$/.test(t[k]!.lower)) {
    const jv = objectAfter(v, s, k, words('in of'), { maxGap: 2 })[0];
    const agent = agentBefore(v, s, k);
    if (!jv || !agent || !isVenture(v, jv)) return [];
    return pairs(agentsFrom(v, agent), [jv], base);
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
  if (!jv && t[k + 1]?.text === ',' && usable(v.mentionAt[k + 2]) && /^(their|its|a|the)$/.test(t[k - 2]?.lower ?? t[k - 1]?.lower ?? '')) {
    const named = v.mentionAt[k + 2]!;
    const owners = agentBefore(v, s, k);
    return owners ? pairs(agentsFrom(v, owners), [named], base) : [];
  }
  if (!jv || !usable(jv)) return [];
  const verb = findWord(v, v.sentTok[s]!, jv.npTok, FORM);
  const agent = verb >= 0 ? agentBefore(v, s, verb) : null;
  if (!agent) return [];
  const partners = agentsFrom(v, agent);
  if (hasWord(v, agent.tokEnd, verb, words('they'))) partners.push(...listFrom(v, agent).slice(1));
  return pairs(partners, [jv], base);
};

/**
 * "the AI Infrastructure Partnership, which BlackRock, Microsoft and MGX set up last year": the
 * companies between "which" and a founding verb are partners in the venture before it.
 */
export const ventureFounded: FrameHandler = (c, k) => {
  const { v, s } = c;
  const t = v.tokens;
  const w = t[k]!.lower;
  if (w === 'set' && t[k + 1]?.lower !== 'up') return [];
  for (let j = k - 1; j > Math.max(v.sentTok[s]!, k - 16); j--) {
    if (!/^(which|that)$/.test(t[j]!.lower) || t[j - 1]?.text !== ',') continue;
    const jv = v.mentionAt[j - 2];
    const first = mentionStartingNear(v, j + 1, 1);
    const e = jv?.entityId ? v.gazetteer.entities.get(jv.entityId) : undefined;
    if (!jv || !first || !(e?.kind === 'joint_venture' || e?.kind === 'fund')) return [];
    const partners = listFrom(v, first).filter((m) => m.tokEnd <= k);
    return pairs(partners, [jv], { type: 'joint_venture', sentence: s, trigger: k, amount: null, strength: 0.65 });
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

