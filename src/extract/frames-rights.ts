/** Trigger handlers for rights: licences, warrants and shares, revenue shares, acquisitions, loans (stakes and ventures have their own files). */
import { mentionsIn, type Mention } from './doc-view.js';
import { agentBefore, agentsFrom, directObject, listFrom, objectAfter, possessorBefore, prepObject, subjectOf } from './frame-args.js';
import { amountIn, quantityIn, trailingAmount } from './frame-values.js';
import { findWord, hasWord, words } from './frame-words.js';
import { alternativeTo } from './frames-funding.js';
import { HARDWARE } from './frames-purchase.js';
import { recentVenture } from './frames-structure.js';
import { pairs, sameParty, usable, type FrameContext, type FrameHandler } from './frame.js';

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

/**
 * "Microsoft's rights to OpenAI's models and products are extended until 2032", "Apple holds the
 * rights to Foo's technology": a licence from the owner of the technology. Rights that are
 * "extended", "expanded" or "renewed" are amended terms.
 */
export const rightsTo: FrameHandler = (c, k) => {
  const { v, s } = c;
  const t = v.tokens;
  if (t[k + 1]?.lower !== 'to' || /^(voting|human|board|observer|naming|media|film|broadcast)$/.test(t[k - 1]?.lower ?? '')) return [];
  const ipNoun = findWord(v, k + 2, Math.min(v.sentTok[s + 1]!, k + 7), IP);
  if (ipNoun < 0) return [];
  const poss = possessorBefore(v, ipNoun, 3);
  const licensor = poss ?? (v.mentionAt[ipNoun - 1] && !v.mentionAt[ipNoun - 1]!.possessive ? v.mentionAt[ipNoun - 1]! : null);
  const own = possessorBefore(v, k, 3);
  const licensee = own ?? (/^(has|have|had|holds|hold|held|retains|retain|gets|get|got|keeps|keep|secured|secures|won|wins)$/.test(t[findHolderVerb(c, k)]?.lower ?? '') ? agentBefore(v, s, k) : null);
  if (!licensor || !licensee || !usable(licensor)) return [];
  const owner = licensor.kind === 'pronoun' ? alternativeTo(c, licensor, licensee) : licensor;
  if (!owner) return [];
  const changed = findWord(v, ipNoun, Math.min(v.sentTok[s + 1]!, ipNoun + 8), words('extended expanded renewed revised widened broadened lengthened')) >= 0;
  return pairs([licensee], [owner], { type: 'licence', sentence: s, trigger: k, amount: null, strength: 0.7, ...(changed ? { status: 'amended' as const } : {}) });
};

/** The verb a few words before "the rights" ("has the exclusive rights"), or -1. */
function findHolderVerb(c: FrameContext, k: number): number {
  for (let j = k - 1; j >= Math.max(c.v.sentTok[c.s]!, k - 4); j--) if (!/^(the|exclusive|full|sole|its|all|commercial|distribution)$/.test(c.v.tokens[j]!.lower)) return j;
  return -1;
}

/** "X licenses technology from Y" (X licensee), "X licensed its models to Y" (Y licensee). */
export const license: FrameHandler = (c, k) => {
  const { v, s } = c;
  const agent = agentBefore(v, s, k);
  if (!agent) return [];
  const from = objectAfter(v, s, k, words('from'), { maxGap: 6, fallback: true });
  if (from.length) return pairs([agent], from, { type: 'licence', sentence: s, trigger: k, amount: amountIn(v, k + 1, from[0]!.npTok, c.taken), strength: 0.75 });
  // NOTE: "license more than 200 of its characters to OpenAI": the object may be long.
  const to = objectAfter(v, s, k, words('to'), { maxGap: 10, fallback: true });
  if (to.length) return pairs(to, [agent], { type: 'licence', sentence: s, trigger: k, amount: amountIn(v, k + 1, to[0]!.npTok, c.taken), strength: 0.7 });
  // NOTE: "will license Mistral AI's models", "licenses 200-plus Disney characters": the owner of what is licensed.
  const owner = licensedOwner(c, k, agent);
  return owner ? pairs([agent], [owner], { type: 'licence', sentence: s, trigger: k, amount: null, strength: 0.7 }) : [];
};

const LICENSED = words('models model technology technologies ip software patents characters content brands brand catalogue catalog library archive music images designs');

/** The company that owns the licensed thing right after the verb at k ("Y's models", "Y characters"), not the licensee. */
function licensedOwner(c: FrameContext, k: number, licensee: Mention): Mention | null {
  const { v, s } = c;
  if (!/^licen[cs]/.test(v.tokens[k]!.lower) || /^licen[cs](?:e|es)$/.test(v.tokens[k]!.lower) && /^(a|an|the|its|their)$/.test(v.tokens[k - 1]?.lower ?? '')) return null;
  const noun = findWord(v, k + 1, Math.min(v.sentTok[s + 1]!, k + 7), LICENSED);
  if (noun < 0 || findWord(v, k + 1, noun, words(', ; which that')) >= 0) return null;
  const m = possessorBefore(v, noun, 3) ?? v.mentionAt[noun - 1] ?? null;
  if (!usable(m) || m.kind === 'pronoun' || (m.possessive && noun - m.tokEnd > 4)) return null;
  return m.entityId !== licensee.entityId || m.name !== licensee.name ? m : null;
}

const GRANT = words('grant grants granted granting issue issues issued issuing give gives gave award awards awarded hand hands handed handing');
const EQUITY_PAPER = words('warrant warrants shares share stock options');

/**
 * "AMD granted OpenAI warrants for up to 160 million shares", "CoreWeave will issue $350 million of
 * its shares to OpenAI", "OpenAI received warrants from AMD", "was granted a warrant by AMD".
 */
export const grant: FrameHandler = (c, k) => {
  const { v, s } = c;
  const t = v.tokens;
  // NOTE: "handed the right to buy as much as a tenth of AMD": an option on shares is a warrant.
  const option = rightToBuy(c, k);
  const paper = option >= 0 ? option : findWord(v, k + 1, Math.min(v.sentTok[s + 1]!, k + 10), EQUITY_PAPER);
  if (paper < 0 || findWord(v, k + 1, paper, words(', ;')) >= 0) return [];
  // NOTE: "gave Google a share of the spotlight", "a share of the revenue": a portion, not equity.
  if (t[paper]!.lower === 'share' && t[paper + 1]?.lower === 'of') return [];
  const shares = quantityIn(v, k + 1, Math.min(v.sentTok[s + 1]!, paper + 8), ['shares']);
  const base = { type: 'share_grant' as const, sentence: s, trigger: k, ...(shares ? { shares } : {}), strength: 0.8 };
  const passive = /^(was|were|is|are|been|be)$/.test(t[k - 1]?.lower ?? '');
  if (GRANT.has(t[k]!.lower) && !passive) {
    const grantor = agentBefore(v, s, k) ?? nameBeforeVerb(c, k);
    if (!grantor) return [];
    let grantees = directObject(v, s, k, 2);
    if (!grantees.length) grantees = objectAfter(v, s, paper, words('to'), { maxGap: 10, fallback: true });
    const amount = amountIn(v, k + 1, paper, c.taken);
    // NOTE: shares issued or handed over are delivered; a warrant granted is a contract still to vest.
    const delivered = /^(shares|stock)$/.test(t[paper]!.lower) && /^(issued|granted|handed|gave|awarded)$/.test(t[k]!.lower) && !/^(has|have|had|will|would|to)$/.test(t[k - 1]?.lower ?? '');
    return pairs([grantor], grantees, { ...base, amount, ...(delivered ? { status: 'completed' as const } : {}) });
  }
  const grantee = agentBefore(v, s, k);
  if (!grantee) return [];
  let grantor = objectAfter(v, s, k, words('from by'), { maxGap: 12, fallback: true })[0] ?? (option >= 0 ? optionIssuer(c, option) : issuerOfShares(c, paper) ?? ownShares(c, paper));
  // NOTE: "OpenAI received $350 million of its shares" after "When CoreWeave listed": "its" is not the grantee's.
  if (grantor?.kind === 'pronoun' && sameParty(grantor, grantee)) grantor = alternativeTo(c, grantor, grantee) ?? partyBefore(c, grantee);
  // NOTE: "will invest $1 billion in OpenAI and receive warrants": the grantor is the company raising money (merge fills it).
  if (!grantor && !/^(receive|receives|received|receiving|get|gets|got)$/.test(t[k]!.lower)) return [];
  const received = /^(shares|stock)$/.test(t[paper]!.lower) && /^(received|got)$/.test(t[k]!.lower) && !/^(has|have|had|will|would|to)$/.test(t[k - 1]?.lower ?? '');
  return pairs(grantor ? [grantor] : [], [grantee], { ...base, amount: amountIn(v, k + 1, paper, c.taken), ...(received ? { status: 'completed' as const } : {}) });
};

/**
 * "in exchange for warrants in both miners", "it holds warrants in Cipher Mining": the company the
 * warrants are in grants them to the clause's subject. "both X" / "the two X" mean the last pair named.
 */
export const warrantsIn: FrameHandler = (c, k) => {
  const { v, s } = c;
  const t = v.tokens;
  if (!/^(in|of)$/.test(t[k + 1]?.lower ?? '')) return [];
  let grantors = objectAfter(v, s, k, words('in of'), { maxGap: 1 });
  if (!grantors.length && /^(both|two)$/.test(t[k + 2]?.lower === 'the' ? t[k + 3]?.lower ?? '' : t[k + 2]?.lower ?? '')) grantors = lastPair(c, k);
  if (!grantors.length) return [];
  const grantee = clauseAgent(c, k);
  if (!grantee) return [];
  // NOTE: "with Google agreeing to backstop ... in exchange for warrants": the warrants are part of what was agreed.
  const agreed = findWord(v, Math.max(v.sentTok[s]!, grantee.tokEnd), k, words('agreed agreeing signed struck')) >= 0;
  return pairs(grantors, [grantee], { type: 'share_grant', sentence: s, trigger: k, amount: null, strength: 0.65, ...(agreed ? { status: 'signed' as const } : {}) });
};

/** The last two companies listed together before token k in the sentence ("TeraWulf and Cipher Mining"). */
function lastPair(c: FrameContext, k: number): Mention[] {
  const { v, s } = c;
  const before = mentionsIn(v, s).filter((m) => m.tokEnd <= k && usable(m) && !m.possessive && m.kind !== 'pronoun');
  for (let i = before.length - 2; i >= 0; i--) {
    const list = listFrom(v, before[i]!);
    if (list.length === 2) return list;
  }
  return [];
}

/** Who acts in the clause of token k: "with Google agreeing to ...", else the subject. */
function clauseAgent(c: FrameContext, k: number): Mention | null {
  const { v, s } = c;
  for (let j = k - 1; j > Math.max(v.sentTok[s]!, k - 16); j--) {
    if (v.tokens[j]!.lower !== 'with') continue;
    const m = v.mentionAt[j + 1];
    if (usable(m) && !m.possessive && /ing$/.test(v.tokens[m.tokEnd]?.lower ?? '')) return m;
  }
  return agentBefore(v, s, k);
}

/** "the right to buy", "an option to acquire": the index of "right"/"option" a few words after k, or -1. */
function rightToBuy(c: FrameContext, k: number): number {
  const { v, s } = c;
  const r = findWord(v, k + 1, Math.min(v.sentTok[s + 1]!, k + 5), words('right rights option options'));
  if (r < 0 || v.tokens[r + 1]?.lower !== 'to' || !/^(buy|acquire|purchase)$/.test(v.tokens[r + 2]?.lower ?? '')) return -1;
  return findWord(v, r + 3, Math.min(v.sentTok[s + 1]!, r + 12), words('of shares stock equity')) >= 0 ? r : -1;
}

/** The company an option to buy is on: "the right to buy as much as a tenth of AMD", "... 5% of Y", "... Y shares". */
function optionIssuer(c: FrameContext, option: number): Mention | null {
  const { v, s } = c;
  const of = findWord(v, option + 3, Math.min(v.sentTok[s + 1]!, option + 12), words('of'));
  const m = of >= 0 ? objectAfter(v, s, of - 1, words('of'), { maxGap: 1 })[0] : undefined;
  return m ?? issuerOfShares(c, option + 2);
}

/** "$350 million of its shares": the possessor of the shares noun at `paper`. */
function ownShares(c: FrameContext, paper: number): Mention | null {
  return /^(shares|stock)$/.test(c.v.tokens[paper]!.lower) ? possessorBefore(c.v, paper, 2) : null;
}

/** The last company named before `m` in its sentence, other than it ("When CoreWeave listed, OpenAI received ..."). */
function partyBefore(c: FrameContext, m: Mention): Mention | null {
  const list = mentionsIn(c.v, c.s);
  for (let i = list.length - 1; i >= 0; i--) {
    const x = list[i]!;
    if (x.tok < m.tok && usable(x) && !x.possessive && x.kind !== 'pronoun' && !sameParty(x, m)) return x;
  }
  return null;
}

/** A name standing right before the verb at k is its subject, whatever role the opener gave it ("As part of the deal X issued ..."). */
function nameBeforeVerb(c: FrameContext, k: number): Mention | null {
  const m = c.v.mentionAt[k - 1];
  return usable(m) && m.tokEnd === k && !m.possessive && m.kind !== 'pronoun' ? m : null;
}

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

/**
 * "Microsoft in turn passes OpenAI a share of the revenue it earns from Bing", "X hands Y about 20% of
 * its revenue", "X gives Y a cut of its profits": the subject pays the indirect object a revenue share.
 */
export const passShare: FrameHandler = (c, k) => {
  const { v, s } = c;
  const t = v.tokens;
  const payee = directObject(v, s, k, 2)[0];
  if (!payee) return [];
  const end = Math.min(v.sentTok[s + 1]!, payee.tokEnd + 8);
  const share = findWord(v, payee.tokEnd, end, words('share cut portion slice'));
  const pct = quantityIn(v, payee.tokEnd, end, ['percent']);
  const of = share >= 0 ? share + 1 : pct ? pct.tokEnd : -1;
  // NOTE: "a share of some of its own revenues": a few words may stand before the revenue.
  if (of < 0 || t[of]?.lower !== 'of' || findWord(v, of + 1, Math.min(v.sentTok[s + 1]!, of + 7), PROFITS) < 0) return [];
  const payer = subjectOf(v, s, k);
  if (!payer) return [];
  // NOTE: "passes", "handed": a share paid now or before reports an arrangement in force.
  const present = /^(passes|hands|gives|passed|handed|gave)$/.test(t[k]!.lower);
  return pairs([payer], [payee], { type: 'revenue_share', sentence: s, trigger: k, amount: null, strength: 0.7, ...(present ? { status: 'signed' as const } : {}) });
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
    return pairs([acquirer], [target], { ...base, amount: amountIn(v, Math.max(v.sentTok[s]!, k - 5), k, c.taken) ?? dealValue(c, target.tokEnd) });
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
  // NOTE: a particle stands between the verb and its object: "took over", "snapped up", "bought out".
  const targets = directObject(v, s, /^(over|up|out)$/.test(t[k + 1]?.lower ?? '') ? k + 1 : k, 2);
  const target = targets[0];
  if (!target || NOT_TARGET.has(t[target.tokEnd + (target.possessive ? 2 : 0)]?.lower ?? '') || (target.kind === 'pronoun' && !target.entityId)) return [];
  if (hasWord(v, k + 1, target.npTok, words('stake shares'))) return [];
  // NOTE: "CoreWeave's attempt to take over Core Scientific": the possessor of the intent.
  const acquirer = subjectOf(v, s, k);
  // NOTE: "agreed to buy T from S in a deal valued at about $40 billion": the price may trail the seller.
  const amount = amountIn(v, target.tokEnd, target.tokEnd + 8, c.taken) ?? trailingAmount(v, target.tokEnd, c.taken) ?? dealValue(c, target.tokEnd);
  // NOTE: "a consortium that includes A, B and C has agreed to buy T": the consortium buys; who it is may come later.
  const member = acquirer ?? agentBefore(v, s, k, { allowObject: true });
  if (member && inConsortium(c, member)) return pairs([], [target], { ...base, amount });
  if (!acquirer) return [];
  return pairs([acquirer], [target], { ...base, amount });
};

/**
 * "in a deal valued at about $40 billion": the price of the deal, even when the figure finder read it
 * as a company's valuation.
 */
function dealValue(c: FrameContext, from: number) {
  const { v, s } = c;
  const t = v.tokens;
  const end = v.sentTok[s + 1]!;
  for (let j = from; j < Math.min(end, from + 14); j++) {
    if (!/^(deal|transaction|acquisition|purchase|takeover|offer|bid)$/.test(t[j]!.lower)) continue;
    const verb = /^(valued|worth|valuing|values)$/.test(t[j + 1]?.lower ?? '') ? j + 1 : t[j + 1]?.lower === 'that' && /^(valued|values)$/.test(t[j + 2]?.lower ?? '') ? j + 2 : -1;
    if (verb < 0) continue;
    // NOTE: "a deal that valued the bitcoin miner turned data-centre operator at about $9 billion".
    const at = t[verb + 1]?.lower === 'at' ? verb + 2 : findWord(v, verb + 1, Math.min(end, verb + 10), words('at')) + 1;
    for (let x = Math.max(at, verb + 1); x < at + 2; x++) if (v.amountAt[x]?.tok === x) return v.amountAt[x]!;
  }
  return null;
}

const CONSORTIUM = words('consortium group coalition syndicate');

/**
 * True when the subject at `m` is a member of a consortium that is the real agent: "A consortium
 * that includes BlackRock, Nvidia and xAI has agreed to buy ...".
 */
function inConsortium(c: FrameContext, m: Mention): boolean {
  const { v, s } = c;
  const t = v.tokens;
  for (let x = m.npTok - 1; x >= Math.max(v.sentTok[s]!, m.npTok - 20); x--) {
    const w = t[x]!.lower;
    if (/^[;:]$/.test(w) || /^(said|says|but|while|after|before)$/.test(w)) return false;
    if (/^(includes|include|included|including|comprising|comprises)$/.test(w) && (CONSORTIUM.has(t[x - 1]?.lower ?? '') || CONSORTIUM.has(t[x - 2]?.lower ?? ''))) return true;
  }
  return false;
}


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
    // NOTE: "the companies that have lent it money": a relative clause on a noun that names no company has no lender.
    const rel = lender ? findWord(v, lender.tokEnd, k, words('that which who')) : -1;
    if (rel >= 0 && !usable(v.mentionAt[rel - 1])) return [];
    let borrowers = directObject(v, s, k, 2);
    if (!borrowers.length) borrowers = objectAfter(v, s, k, words('to'), { maxGap: 8, fallback: true });
    // NOTE: "X has lent $9.6 billion across the two phases, making it the project's largest lender": the venture in context borrows.
    if (!borrowers.length && lender) borrowers = [recentVenture(c, k)].filter((m): m is Mention => !!m && m.entityId !== lender.entityId);
    // NOTE: "JPMorgan and MUFG lent $38bn to X": every member of the subject list lends.
    return lender ? pairs(agentsFrom(v, lender), borrowers, { ...base, amount: amountIn(v, k + 1, k + 8, c.taken) }) : [];
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
    return lender ? pairs(agentsFrom(v, lender), to, { ...base, amount }) : [];
  }
  return [];
};

