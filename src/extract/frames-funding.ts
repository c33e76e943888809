/** Trigger handlers for equity: invest, investment, raise … from, backed, put/commit money (rounds led and joined: frames-funding-lead.ts). */
import { backsUnnamedGroup } from './backed-group.js';
import type { Mention } from './doc-view.js';
import { ventureBefore } from './frames-funding-among.js';
import { impliedInvestee, respectiveAmounts } from './frames-funding-implied.js';
import { roundAt, roundOwnerInContext } from './frames-funding-round.js';
import { holdingWorth } from './frames-stake.js';
import { debtForm, sharedObject } from './frames-funding-debt.js';
import { agentBefore, agentsFrom, directObject, listFrom, mentionStartingNear, modifierBefore, objectAfter, possessorBefore, prepObject, subjectOf, unknownAt } from './frame-args.js';
import { amountIn } from './frame-values.js';
import { findWord, hasWord, words } from './frame-words.js';
import {
  isVenture, pairs, providerScore, purchaseTypeFor, sameParty, sectorOf, usable, type Frame, type FrameContext, type FrameHandler,
} from './frame.js';

const IN_INTO = words('in into');
const PLEDGE_TO = words('in into for to');
const FROM = words('from');
const BY = words('by');
const FUNDING = words('round funding financing investment fundraising raise series tranche capital fundraise portion');
const DEBT = words('debt loan loans credit bond bonds notes borrowing');
/** What a provider sells: money committed to it "for" these buys them. */
const BOUGHT = words('capacity compute computing cloud servers infrastructure clusters chips gpus processors accelerators hardware services');
const MONEY_FORMS = words('cash equity stock shares capital funding');
const HOLDS = words('holds hold held owns own owned retains retained');

/** Equity into a joint venture is a contribution to the venture. */
export const equityType = (c: FrameContext, to: Mention | null) => (isVenture(c.v, to) ? 'joint_venture' : 'equity_investment');

/** "in talks with Y to invest": the party after "with" between the subject and the trigger. */
function withParty(c: FrameContext, from: number, k: number): Mention | null {
  for (let j = from; j < k; j++) {
    if (c.v.tokens[j]!.lower !== 'with') continue;
    const m = mentionStartingNear(c.v, j + 1, 2);
    if (usable(m)) return m;
  }
  return null;
}

/** "Anthropic, to which it has committed $8 billion": the company before ", to which". */
export function relativeObject(c: FrameContext, agent: Mention): Mention | null {
  const t = c.v.tokens;
  const j = agent.npTok - 1;
  if (!/^(which|whom)$/.test(t[j]?.lower ?? '') || !/^(to|in|into)$/.test(t[j - 1]?.lower ?? '') || t[j - 2]?.text !== ',') return null;
  const m = c.v.mentionAt[j - 3];
  return usable(m) && !m.possessive ? m : null;
}

/** A gerund's subject stands right before it: "the possibility of Amazon committing $10 billion". */
function gerundSubject(c: FrameContext, k: number): Mention | null {
  if (!/ing$/.test(c.v.tokens[k]!.lower)) return null;
  const m = c.v.mentionAt[k - 1];
  return usable(m) && !m.possessive ? m : null;
}

/** "Disney to become an OpenAI customer; also to invest $1bn in it": a headline's infinitive after ";" keeps the subject before it. */
function elidedSubject(c: FrameContext, k: number): Mention | null {
  const t = c.v.tokens;
  let j = k - 1;
  if (t[j]?.lower !== 'to') return null;
  j--;
  if (/^(also|and|then)$/.test(t[j]?.lower ?? '')) j--;
  return t[j]?.text === ';' ? agentBefore(c.v, c.s, j) : null;
}

/** True when a preposition ends its clause: "a start-up it has invested in." */
function stranded(c: FrameContext, prep: number): boolean {
  const next = c.v.tokens[prep + 1];
  return prep + 1 >= c.v.sentTok[c.s + 1]! || /^[,.;:)]$/.test(next?.text ?? '.');
}

/** The nearest usable mention ending shortly before token k (the antecedent of a relative clause). */
function mentionBefore(c: FrameContext, k: number, n: number, not: Mention | null): Mention | null {
  for (let j = k - 1; j >= Math.max(c.v.sentTok[c.s]!, k - n); j--) {
    const m = c.v.mentionAt[j];
    if (usable(m) && !m.possessive && !sameParty(m, not)) return m;
  }
  return null;
}

/** "X invests $N in Y", "X is in talks with Y to invest", "X will invest $A and Y $B in Z". */
export const invest: FrameHandler = (c, k) => {
  const { v, s } = c;
  const t = v.tokens;
  const obj = prepObject(v, s, k, IN_INTO, { maxGap: 16, fallback: true });
  const agent = subjectOf(v, s, k) ?? gerundSubject(c, k) ?? elidedSubject(c, k);
  let tos = obj?.mentions ?? [];
  // NOTE: "X is leading the equity portion, and Y is investing $2 billion in it": "it" is the round, whose owner the context gives.
  const round = tos[0]?.kind === 'pronoun' && !tos[0].possessive && v.tokens[tos[0].tok]!.lower === 'it' && findWord(v, v.sentTok[s]!, k, FUNDING) >= 0;
  // NOTE: "invested $1 billion in the round": the round's owner, else (a partial frame) the company raising in context.
  const inRound = obj && !tos.length && !round ? roundAt(c, obj.prep) : null;
  if (round) tos = [];
  else if (inRound) {
    const owner = inRound.owner ?? roundOwnerInContext(c);
    tos = owner ? [owner] : [];
  }
  else if (obj && !tos.length) {
    const ante = stranded(c, obj.prep) && agent ? mentionBefore(c, agent.npTok, 8, agent) : null;
    if (!ante) return [];
    tos = [ante];
  }
  if (!tos.length && agent) {
    const w = withParty(c, agent.tokEnd, k) ?? relativeObject(c, agent);
    if (w) tos = [w];
  }
  const agents = agent ? agentsFrom(v, agent) : [];
  if (!tos.length && !obj && !round) {
    const implied = impliedInvestee(c, agents);
    if (implied) tos = [implied];
  }
  const end = obj ? obj.prep : k + 10;
  // NOTE: "the $6.6 billion it has invested": an amount right before the subject is the object of a relative clause.
  const before = agent ? v.amountAt[agent.npTok - 1] : undefined;
  const relative = before && before.tokEnd === agent!.npTok && t[before.tok - 1]?.lower === 'the' && !c.taken.has(before) ? before : null;
  const amount = relative ?? amountIn(v, k + 1, end, c.taken);
  const base = { type: equityType(c, tos[0] ?? null) as Frame['type'], sentence: s, trigger: k, strength: 0.85 };
  // NOTE: "A and B said they would invest up to $5 billion and up to $10 billion respectively".
  const each = respectiveAmounts(c, agents.length, k + 1);
  if (each) return agents.flatMap((a, i) => pairs([a], tos, { ...base, amount: each[i]! }));
  const frames = pairs(agents, tos, { ...base, amount });
  // NOTE: gapping: "Microsoft will invest up to $5 billion and Nvidia up to $10 billion in Anthropic".
  for (let j = k + 1; obj && j < obj.prep; j++) {
    if (t[j]!.lower !== 'and') continue;
    const m = v.mentionAt[j + 1];
    const a = m ? amountIn(v, m.tokEnd, m.tokEnd + 2, c.taken) : null;
    if (usable(m) && a) frames.push(...pairs([m], tos, { ...base, amount: a }));
  }
  // NOTE: gapping after the object: "Microsoft will invest up to $5 billion in it and Nvidia up to $10 billion".
  frames.push(...gapped(c, tos.at(-1)?.tokEnd ?? -1, tos, base));
  return frames;
};

/** "..., and B $M" right after token `end`: B gives its own amount to the same parties. */
function gapped(c: FrameContext, end: number, tos: readonly Mention[], base: Omit<Frame, 'from' | 'to' | 'amount'>): Frame[] {
  const { v } = c;
  if (v.tokens[end]?.lower !== 'and') return [];
  const m = v.mentionAt[end + 1];
  const a = m ? amountIn(v, m.tokEnd, m.tokEnd + 2, c.taken) : null;
  return usable(m) && a ? pairs([m], tos, { ...base, amount: a }) : [];
}

const NOT_INVESTMENT = words('bank banks banker bankers firm firms fund funds vehicle arm group company manager managers management advice strategy grade');

/**
 * "an investment in Y", "X's investment in Y", "made large equity investments in Y",
 * "the Amazon investment" (Amazon invests), "Amazon completes $4 billion Anthropic investment"
 * (a subject is the investor, so the modifier is the investee), "Nvidia's $100bn OpenAI pledge".
 */
export const investment: FrameHandler = (c, k) => {
  const { v, s } = c;
  const t = v.tokens;
  if (NOT_INVESTMENT.has(t[k + 1]?.lower ?? '')) return [];
  // NOTE: "the Qatar Investment Authority": a word of a name.
  const inName = v.mentionAt[k];
  if (inName && inName.kind !== 'nominal' && inName.kind !== 'pronoun') return [];
  // NOTE: "an investment of at least $10 billion in X": the object follows the amount.
  const ofAmount = t[k + 1]?.lower === 'of' ? v.amountAt[k + 2] : undefined;
  // NOTE: "a pledge of up to $10 billion for Anthropic": a pledge names its beneficiary with "for" or "to".
  const pledge = /^pledges?$/.test(t[k]!.lower);
  const obj = prepObject(v, s, ofAmount ? ofAmount.tokEnd - 1 : k, pledge ? PLEDGE_TO : IN_INTO, { maxGap: 3, fallback: true });
  if (obj && !obj.mentions.length) return [];
  const poss = possessorBefore(v, k);
  // NOTE: "weighs $10B-plus OpenAI bet": a name right before the noun modifies it, whatever role the parser gave it.
  const adj = v.mentionAt[k - 1];
  const loose = !/^pledges?$/.test(t[k]!.lower) && usable(adj) && adj.tokEnd === k && !adj.possessive && adj.kind !== 'pronoun';
  const mod = modifierBefore(v, k) ?? (loose ? adj : null);
  const before = amountIn(v, Math.max(v.sentTok[s]!, k - 5), k, c.taken);
  if (pledge && !poss && !mod && !before && !(ofAmount && obj?.mentions.length)) return [];
  let tos: Mention[] = obj?.mentions ?? [];
  let from: Mention | null = poss ?? objectAfter(v, s, ofAmount ? ofAmount.tokEnd - 1 : k, FROM, { maxGap: 2 })[0] ?? null;
  if (from) {
    if (mod && !tos.length && !sameParty(mod, from)) tos = [mod];
  } else {
    const agent = subjectOf(v, s, k);
    if (mod && agent && !sameParty(mod, agent) && !tos.length) {
      from = agent;
      tos = [mod];
    } else from = mod ?? agent;
  }
  if (!from && !tos.length) return [];
  // NOTE: "an agreement with Y on the investment", "its partnership with Y through a $N investment".
  if (from && !tos.length && !obj) {
    const w = withParty(c, from.tokEnd, k);
    if (w && !sameParty(w, from)) tos = [w];
  }
  const amount = before ?? (t[k + 1]?.lower === 'of' ? amountIn(v, k + 2, k + 4, c.taken) : null);
  // NOTE: "X now holds an investment in Y valued at about $135 billion": a holding, worth what it is valued at.
  if (tos.length && findWord(v, Math.max(v.sentTok[s]!, k - 3), k, HOLDS) >= 0 && !isVenture(v, tos[0]!)) {
    return pairs(from ? [from] : [], tos, { type: 'stake', sentence: s, trigger: k, amount: holdingWorth(c, tos.at(-1)!.tokEnd), status: 'completed', strength: 0.8 });
  }
  return pairs(from ? [from] : [], tos, { type: equityType(c, tos[0] ?? null), sentence: s, trigger: k, amount, strength: 0.75 });
};

const FUNDING_NOUNS_DEBT = words('debt loan loans credit');

/** "funding from Amazon", "financing from banks including X": the funder of the company in context. */
export const fundingFrom: FrameHandler = (c, k) => {
  const { v, s } = c;
  if (v.tokens[k + 1]?.lower !== 'from') return [];
  const froms = objectAfter(v, s, k, FROM, { maxGap: 1, fallback: true });
  if (!froms.length) return [];
  const to = possessorBefore(v, k, 3) ?? objectAfter(v, s, froms.at(-1)!.tokEnd - 1, words('for to'), { maxGap: 2 })[0] ?? agentBefore(v, s, k);
  const debt = hasWord(v, Math.max(v.sentTok[s]!, k - 2), k + 1, FUNDING_NOUNS_DEBT);
  const amount = amountIn(v, Math.max(v.sentTok[s]!, k - 5), k, c.taken);
  return pairs(froms, to ? [to] : [], { type: debt ? 'loan' : equityType(c, to), sentence: s, trigger: k, amount, strength: 0.6 });
};

const INCLUDING = words('including includes include included led such');
const NEEDS_MONEY = words(`receive receives received receiving get gets got secure secures secured securing obtain obtained land lands landed attract
  attracted draw drew bag bags bagged bagging net nets netted netting pull pulls pulled pulling haul hauls hauled pocket pockets pocketed
  scoop scoops scooped snag snags snagged rake rakes raked`);
/** Nouns that make money received from a party payment for business, not equity ("lands $6.5bn more from X, taking contracts to ..."). */
const BUSINESS = words('contract contracts order orders deal deals agreement agreements business revenue revenues sales customer customers');

/** "Y raised $N from X and Z", "Y secured $N in debt from X". */
export const raise: FrameHandler = (c, k) => {
  const { v, s } = c;
  const obj = prepObject(v, s, k, FROM, { maxGap: 14, fallback: true });
  if (!obj) return [];
  let froms = obj.mentions;
  let some = false;
  if (!froms.length) {
    // NOTE: "from a group of investors that includes A, B and C", "from backers such as A".
    const incl = findWord(v, obj.prep + 1, obj.prep + 8, INCLUDING);
    if (incl < 0) return [];
    froms = objectAfter(v, s, incl, words('including by'), { maxGap: 2 });
    if (v.tokens[incl]!.lower !== 'led') {
      const next = v.tokens[incl]!.lower === 'such' ? incl + 2 : incl + 1;
      // NOTE: "includes Sequoia, GIC and Coatue": a too-common short name is no mention until asked for.
      const m = mentionStartingNear(v, next, 0) ?? unknownAt(v, s, next);
      froms = usable(m) ? listFrom(v, m) : [];
      some = true;
    }
  }
  const total = amountIn(v, k + 1, obj.prep, c.taken);
  // NOTE: "raised $N from investors including A and B": the named are some of the round's investors, the total none's own.
  const amount = some && !hasWord(v, k + 1, obj.prep, DEBT) ? null : total;
  if (NEEDS_MONEY.has(v.tokens[k]!.lower) && !total) return [];
  if (NEEDS_MONEY.has(v.tokens[k]!.lower) && hasWord(v, k + 1, v.sentTok[s + 1]!, BUSINESS) && !hasWord(v, k + 1, v.sentTok[s + 1]!, FUNDING)) return [];
  const to = agentBefore(v, s, k) ?? gerundSubject(c, k);
  const type = hasWord(v, k + 1, obj.prep, DEBT) ? 'loan' : equityType(c, to);
  const frames = pairs(froms, to ? [to] : [], { type, sentence: s, trigger: k, amount, strength: 0.8 });
  // NOTE: "secured $50 billion from A and $30 billion from B": each source with its own amount.
  for (let j = (froms.at(-1)?.tokEnd ?? obj.prep + 1); j < v.sentTok[s + 1]! && v.tokens[j]!.lower === 'and'; ) {
    const a = v.amountAt[j + 1] ?? v.amountAt[j + 2];
    if (!a || c.taken.has(a) || v.tokens[a.tokEnd]?.lower !== 'from') break;
    const more = objectAfter(v, s, a.tokEnd - 1, FROM, { maxGap: 1, fallback: true });
    if (!more.length) break;
    frames.push(...pairs(more, to ? [to] : [], { type, sentence: s, trigger: k, amount: a, strength: 0.8 }));
    j = more.at(-1)!.tokEnd;
  }
  return frames;
};

/** "Nvidia-backed CoreWeave", "CoreWeave, backed by Nvidia", "SoftBank backs OpenAI". */
export const backed: FrameHandler = (c, k) => {
  const { v, s } = c;
  const t = v.tokens;
  const maker = v.mentionAt[k - 2];
  if (t[k - 1]?.text === '-' && t[k - 1]!.start === t[k - 2]?.end && maker && maker.tokEnd === k - 1 && maker.kind !== 'nominal') {
    const from = maker;
    if (!usable(from)) return [];
    let to: Mention | null = null;
    for (let j = k + 1; j < Math.min(v.sentTok[s + 1]!, k + 5) && !to; j++) if (usable(v.mentionAt[j]) && v.mentionAt[j] !== from) to = v.mentionAt[j]!;
    if (!to) {
      let j = from.npTok - 1;
      if (/^(the|a|an)$/.test(t[j]?.lower ?? '')) j--;
      const anchor = t[j]?.text === ',' ? v.mentionAt[j - 1] : undefined;
      if (usable(anchor)) to = anchor;
    }
    return to ? pairs([from], [to], { type: equityType(c, to), sentence: s, trigger: k, amount: null, status: 'completed', strength: 0.65 }) : [];
  }
  if (t[k + 1]?.lower === 'by') {
    if (backsUnnamedGroup(v, k)) return [];
    const froms = objectAfter(v, s, k, BY, { maxGap: 1, fallback: true });
    const to = agentBefore(v, s, k, { allowObject: true });
    return pairs(froms, to ? [to] : [], { type: equityType(c, to), sentence: s, trigger: k, amount: null, strength: 0.75 });
  }
  const tos = directObject(v, s, k, 2);
  if (!tos.length) return [];
  const agent = agentBefore(v, s, k);
  return agent ? pairs(agentsFrom(v, agent), tos, { type: equityType(c, tos[0]!), sentence: s, trigger: k, amount: amountIn(v, k + 1, k + 8, c.taken), strength: 0.7 }) : [];
};

/** A pronoun's reading that is not `other` ("Microsoft, its largest investor": its = the company Microsoft backs). */
export function alternativeTo(c: FrameContext, m: Mention, other: Mention): Mention | null {
  const id = [m.entityId, ...m.alternatives].find((x) => x && x !== other.entityId);
  if (!id) return null;
  if (id === m.entityId) return m;
  return { ...m, entityId: id, name: c.v.gazetteer.entities.get(id)?.name ?? m.name };
}

/** "Microsoft to put $1 billion into OpenAI", "SoftBank commits ¥4.5 trillion to OpenAI", "Amazon might contribute $10 billion". */
export const moneyVerb: FrameHandler = (c, k) => {
  const { v, s } = c;
  const t = v.tokens;
  // NOTE: particles: "putting up $30 billion", "will put in $500 million".
  // NOTE: "putting up to €1.7bn into X": "up to" is the amount's bound, not a particle.
  const particle = (t[k + 1]?.lower === 'up' && !v.amountAt[k + 1]) || (t[k + 1]?.lower === 'in' && v.amountAt[k + 2]);
  const start = particle ? k + 1 : k;
  // NOTE: the amount must come before the object: "put into the company close to $14 billion" is a total.
  const early = prepObject(v, s, start, words('in into to toward towards'), { maxGap: 2 });
  // NOTE: "added a pledge of up to $10 billion": a noun after a determiner is the investment handler's.
  if (/^(a|an|the|its|their|this|that)$/.test(t[k - 1]?.lower ?? '')) return [];
  // NOTE: "..., with Nvidia contributing $2 billion": an absolute clause, read by withContributing.
  const before = v.mentionAt[k - 1];
  if (before && v.tokens[before.npTok - 1]?.lower === 'with' && /ing$/.test(t[k]!.lower)) return [];
  const agent = subjectOf(v, s, k) ?? gerundSubject(c, k);
  // NOTE: "the $10 billion that Microsoft agreed in January to pour into OpenAI": the amount heads a relative clause.
  const relAmount = agent && /^(that|which)$/.test(t[agent.npTok - 1]?.lower ?? '') ? v.amountAt[agent.npTok - 2] : undefined;
  if (early && !(/^(that|which)$/.test(t[k - 1]?.lower ?? '') || v.amountAt[k - 2] || relAmount)) return [];
  if (!agent) return [];
  const amount = amountIn(v, start + 1, start + 4, c.taken) ?? (relAmount && !c.taken.has(relAmount) ? relAmount : null);
  if (!amount || findWord(v, k + 1, amount.tok, words('that , ;')) >= 0) return [];
  let obj = prepObject(v, s, amount.tok > k ? amount.tokEnd - 1 : k, words('in into to toward towards'), { maxGap: 8, fallback: true });
  // NOTE: "contributes $7 billion in cash": the form of the money, not its recipient.
  if (obj && !obj.mentions.length && MONEY_FORMS.has(t[obj.prep + 1]?.lower ?? '')) obj = null;
  // NOTE: "provide another $750 million through convertible debt due in September": no recipient after the debt form.
  const debtNoun = debtForm(c, amount.tokEnd);
  const lent = debtNoun >= 0;
  if (obj && !obj.mentions.length && lent) {
    const after = prepObject(v, s, debtNoun, words('in into to'), { maxGap: 3 });
    obj = after?.mentions.length ? after : null;
  }
  // NOTE: "put $50 million into the round": the round's owner, else the company raising in context;
  // "provide $30bn of X's $40bn funding round": the round the amount is part of.
  const inRound = obj && !obj.mentions.length ? roundAt(c, obj.prep) : !obj && t[amount.tokEnd]?.lower === 'of' ? roundAt(c, amount.tokEnd) : null;
  if (obj && !obj.mentions.length && !inRound) return [];
  const roundOwner = inRound ? inRound.owner ?? roundOwnerInContext(c) : null;
  if (inRound) return pairs(agentsFrom(v, agent), roundOwner ? [roundOwner] : [], { type: equityType(c, roundOwner), sentence: s, trigger: k, amount, strength: 0.7 });
  const rel = !obj ? relativeObject(c, agent) : null;
  // NOTE: "contracts with A and B, to which it has pledged $X and $Y respectively": the list owns the amounts.
  if (rel && hasWord(v, k, v.sentTok[s + 1]!, words('respectively'))) return [];
  const shared = !obj && !rel ? sharedObject(c, agent, k) : null;
  const tos = obj?.mentions ?? (rel ? [rel] : shared ? [shared] : []);
  const to = tos[0] ?? null;
  // NOTE: "Blue Owl contributes about $7 billion in cash" after a venture is named: money into that venture.
  let type: Frame['type'] = !to && ventureBefore(c) ? 'joint_venture' : equityType(c, to);
  const buyer = sectorOf(v, agent);
  const equityWords = hasWord(v, k + 1, obj ? obj.prep : k + 8, words('equity stake shares'));
  if (to && !equityWords && type === 'equity_investment' && (buyer === 'ai_lab' || buyer === 'software') && providerScore(v, to) > 0) type = purchaseTypeFor(v, to);
  // NOTE: "committed $10 billion to CoreWeave for cloud capacity": money for what a provider sells buys it.
  if (to && !equityWords && type === 'equity_investment' && t[to.tokEnd]?.lower === 'for' && providerScore(v, to) > 0) {
    const what = findWord(v, to.tokEnd + 1, Math.min(v.sentTok[s + 1]!, to.tokEnd + 4), BOUGHT);
    if (what >= 0) type = purchaseTypeFor(v, to);
  }
  // NOTE: "provide another $750 million through convertible debt": lent, not invested.
  if (type === 'equity_investment' && (lent || (obj && debtForm(c, obj.mentions.at(-1)?.tokEnd ?? -1) >= 0))) type = 'loan';
  const base = { type, sentence: s, trigger: k, strength: tos.length ? 0.75 : 0.6 };
  const frames = pairs(agentsFrom(v, agent), tos, { ...base, amount });
  // NOTE: gapping after the object: "committed $15 billion to the venture and Oracle about $7 billion".
  frames.push(...gapped(c, tos.at(-1)?.tokEnd ?? (obj ? -1 : amount.tokEnd), tos, base));
  return frames;
};

/** "SoftBank's contribution", "a $2 billion contribution from X". */
export const contribution: FrameHandler = (c, k) => {
  const { v, s } = c;
  const from = possessorBefore(v, k) ?? objectAfter(v, s, k, FROM, { maxGap: 2 })[0] ?? null;
  if (!from) return [];
  const amount = amountIn(v, Math.max(v.sentTok[s]!, k - 4), k, c.taken) ?? (v.tokens[k + 1]?.lower === 'of' ? amountIn(v, k + 2, k + 4, c.taken) : null);
  return pairs([from], [], { type: 'equity_investment', sentence: s, trigger: k, amount, strength: 0.55 });
};
