/** Company figures that are not deals: valuation, revenue, cash burn, fundraising targets, funds raised, capex, commitments. */
import type { Amount } from '../core/amount.js';
import type { FigureKind } from '../core/figure.js';
import { mentionsIn, sentenceOfToken, type DocView, type Mention, type ValueSpan } from './doc-view.js';
import { agentBefore, possessorBefore } from './frame-args.js';
import { findWord, hasWord, words } from './frame-words.js';
import { partyOrProduct, usable } from './frame.js';
import { proceedsOfSale } from './sale-proceeds.js';
import { inClass, wordClass } from './word-class.js';

export interface FigureFinding {
  readonly kind: FigureKind;
  /** The company it is about; null when the text leaves it to context ("the round ... set to raise"). */
  readonly entity: Mention | null;
  readonly amount: ValueSpan<Amount>;
  readonly sentence: number;
}

const VALUE_VERBS = words('value values valued valuing');
/** Nouns that name a deal, not a company ("valued the warrant at ..."). */
export const DEAL_REF_NOUNS = words('deal deals contract contracts agreement agreements investment investments commitment commitments order orders warrant warrants stake stakes holding holdings purchase pact package financing arrangement');
const HOLDING_NOUNS = words('stake stakes holding holdings investment investments');
const VALUATION = words('valuation valuations');
const TOTAL = words('total');
const REVENUE = words('revenue revenues sales');
const RUN_RATE = words('annualized annualised run-rate run');
const BURN = words('burn burns burning burned');
const TARGET = words('target goal');
const TO_RAISE = words('aims aiming seeks seeking looking hopes hoping plans planning set expects expected trying');
const RAISED = words('raised raises raise raising closed closes close');
const PLEDGE = words('pledged pledging pledges pledge');
const COMMITMENTS = words('commitments commitment');
const CAPEX = words('capex capital expenditure expenditures');
const DEPLOY = words('deploying deploy deploys');
const LOSS = words('loss losses');
const ORG_OBJECT = words('in into to on with from');

/** Whether an org mention is governed by a preposition within the next few tokens (then it is a deal). */
function orgObjectAfter(v: DocView, from: number, to: number): boolean {
  for (let j = from; j < to && j < v.sentTok.at(-1)!; j++) {
    const w = v.tokens[j]!.lower;
    if (w === ',' || w === ';' || w === '.') return false;
    if (ORG_OBJECT.has(w) && usable(v.mentionAt[j + 1] ?? v.mentionAt[j + 2])) return true;
  }
  return false;
}

const LINKS = words('is was are were being been');
const BID_NOUNS = new Set([...DEAL_REF_NOUNS, ...words('offer offers bid bids takeover acquisition buyout merger')]);
const RAISE = words('raise');
const DEAL_WORDS = words('invest investment deal spend');

// NOTE: the cue lists a figure's window is searched for, as word classes: a bit test per token, not a set lookup.
const C_VALUE_VERBS = wordClass(VALUE_VERBS);
const C_DEAL_REF_NOUNS = wordClass(DEAL_REF_NOUNS);
const C_VALUATION = wordClass(VALUATION);
const C_TOTAL = wordClass(TOTAL);
const C_REVENUE = wordClass(REVENUE);
const C_BURN = wordClass(BURN);
const C_TARGET = wordClass(TARGET);
const C_RAISED = wordClass(RAISED);
const C_PLEDGE = wordClass(PLEDGE);
const C_CAPEX = wordClass(CAPEX);
const C_LOSS = wordClass(LOSS);
const C_RAISE = wordClass(RAISE);

/**
 * "its all-stock offer for the company, valued at about $9 billion", "the agreement is valued at
 * $4 billion", "a deal valued at $1 billion": "valued at" after a deal noun (a named company may
 * not come between) values the deal, not a company.
 */
function dealBeforeParticiple(v: DocView, s: number, verb: number): boolean {
  if (v.tokens[verb]?.lower !== 'valued' || v.tokens[verb + 1]?.lower !== 'at') return false;
  const prev = v.tokens[verb - 1]?.lower ?? '';
  if (BID_NOUNS.has(prev)) return true;
  // NOTE: "holds an investment in X valued at $N": the holding is valued, not X.
  const held = v.mentionAt[verb - 1];
  if (held && /^(in|of)$/.test(v.tokens[held.npTok - 1]?.lower ?? '') && HOLDING_NOUNS.has(v.tokens[held.npTok - 2]?.lower ?? '')) return true;
  // NOTE: "an agreement the Financial Times valued at $24bn": a reporter valuing the deal named before it.
  if (held?.outlet && BID_NOUNS.has(v.tokens[held.npTok - (v.tokens[held.npTok - 1]?.lower === 'the' ? 2 : 1)]?.lower ?? '')) return true;
  if (prev !== ',' && !LINKS.has(prev)) return false;
  const noun = findWord(v, Math.max(v.sentTok[s]!, verb - 7), verb - 1, BID_NOUNS);
  if (noun < 0) return false;
  // NOTE: "X's stake in Y was valued at $N": the company a holding is in may stand between.
  const heldIn = HOLDING_NOUNS.has(v.tokens[noun]!.lower) && /^(in|of)$/.test(v.tokens[noun + 1]?.lower ?? '');
  return !mentionsIn(v, s).some((m) => m.tok > noun && m.tok < verb && (m.kind === 'name' || m.kind === 'alias' || m.kind === 'unknown') && !(heldIn && m.npTok === noun + 2));
}

/**
 * Index of the first of the words in [from, to) outside a company name, or -1: the "Capital" of
 * "Thrive Capital invested $1 billion" is no capital expenditure.
 */
function cueWord(v: DocView, from: number, to: number, cls: number): number {
  for (let j = Math.max(0, from); j < to && j < v.tokens.length; j++) if (inClass(v.tokens[j]!.word, cls) && !isNamePart(v, j)) return j;
  return -1;
}

function isNamePart(v: DocView, j: number): boolean {
  const m = v.mentionAt[j];
  if (m) return m.kind === 'name' || m.kind === 'alias' || m.kind === 'unknown';
  // NOTE: a capitalised cue inside a sentence is part of a name the gazetteer covers only in part ("Lightspeed Capital").
  return /^\p{Lu}/u.test(v.tokens[j]!.text) && v.sentTok[sentenceOfToken(v, j)] !== j && (!!v.mentionAt[j - 1] || /^\p{Lu}/u.test(v.tokens[j - 1]?.text ?? ''));
}

const ROUND_NOUNS = words('round funding financing fundraising raise series investment deal');
const C_ROUND_NOUNS = wordClass(ROUND_NOUNS);
const INTO = words('in into');

/**
 * "X invested €1.3bn in Y, ... through a round that values it at €11.7bn": a round values the
 * company money goes into, so "it" is the nearest earlier "in"/"into" object, not the investor.
 */
function roundInvestee(v: DocView, s: number, verb: number): Mention | null {
  const list = mentionsIn(v, s);
  let owner: Mention | null = null;
  for (let i = list.length - 1; i >= 0; i--) {
    const m = list[i]!;
    if (m.tok >= verb || !usable(m) || m.kind === 'pronoun' || m.role === 'subject') continue;
    if (!m.possessive && INTO.has(v.tokens[m.npTok - 1]?.lower ?? '')) return m;
    // NOTE: "became Mistral's largest shareholder after investing in its round": a possessor that is not the subject.
    if (m.possessive) owner ??= m;
  }
  return owner;
}

/** True when a mention is a company named or described ("the company", "Nvidia"), not a deal noun. */
function isCompany(m: Mention | undefined): boolean {
  return !!m && usable(m) && !m.possessive;
}

/** The company whose figure it is: a possessor, the object of "value X at", or the clause subject. */
function owner(v: DocView, s: number, at: number): Mention | null {
  const poss = possessorBefore(v, at, 4);
  if (partyOrProduct(poss)) return poss;
  return agentBefore(v, s, at) ?? agentBefore(v, s, at, { allowObject: true, allowModifier: true });
}

function classify(v: DocView, a: ValueSpan<Amount>): { kind: FigureKind; at: number; valueObject?: Mention } | null {
  const t = v.tokens;
  const s = a.sentence;
  const first = v.sentTok[s]!;
  const back = Math.max(first, a.tok - 8);
  const after = (cls: number, n: number) => cueWord(v, a.tokEnd, Math.min(v.sentTok[s + 1]!, a.tokEnd + n), cls);
  const prev = t[a.tok - 1]?.lower ?? '';
  // "a $300 billion post-money valuation", "valuation of $157 billion", "value OpenAI at $500 billion"
  // NOTE: "a $157 billion post-money valuation": the hyphenated compound is one word.
  const vAfter = after(C_VALUATION, t[a.tokEnd + 1]?.text === '-' ? 5 : 3);
  if (vAfter >= 0) return { kind: 'valuation', at: a.tok };
  const vBefore = cueWord(v, Math.max(first, a.tok - 4), a.tok, C_VALUATION);
  if (vBefore >= 0) return { kind: 'valuation', at: vBefore };
  if (prev === 'at') {
    const verb = cueWord(v, Math.max(first, a.tok - 8), a.tok, C_VALUE_VERBS);
    // NOTE: "valued the full warrant at $34 billion", "put it at": the deal's size, not a company value.
    if (verb >= 0 && cueWord(v, verb + 1, a.tok, C_DEAL_REF_NOUNS) >= 0) return null;
    // NOTE: "puts the total value at $24 billion": a total is a deal's size, not a company's value.
    if (verb >= 0 && cueWord(v, verb - 1, a.tok, C_TOTAL) >= 0) return null;
    if (verb >= 0 && dealBeforeParticiple(v, s, verb)) return null;
    if (verb >= 0) {
      let obj = mentionsIn(v, s).find((m) => m.tok > verb && m.tokEnd < a.tok && partyOrProduct(m));
      if (obj?.kind === 'pronoun' && cueWord(v, Math.max(first, verb - 4), verb, C_ROUND_NOUNS) >= 0) obj = roundInvestee(v, s, verb) ?? obj;
      return { kind: 'valuation', at: verb, ...(obj ? { valueObject: obj } : {}) };
    }
  }
  // NOTE: "the company is worth about $4.5 trillion": a company's value, never a deal's amount.
  if (prev === 'worth' && LINKS.has(t[a.tok - 2]?.lower ?? '') && isCompany(v.mentionAt[a.tok - 3])) return { kind: 'valuation', at: a.tok - 1 };
  if (cueWord(v, Math.max(first, a.tok - 4), a.tok, C_BURN) >= 0) return { kind: 'cash_burn', at: cueWord(v, Math.max(first, a.tok - 4), a.tok, C_BURN) };
  if (cueWord(v, Math.max(first, a.tok - 3), a.tok, C_LOSS) >= 0) return { kind: 'other', at: a.tok };
  const target = cueWord(v, Math.max(first, a.tok - 5), a.tok, C_TARGET);
  if (target >= 0) return { kind: 'fundraising_target', at: target };
  const raise = cueWord(v, Math.max(first, a.tok - 3), a.tok, C_RAISE);
  if (raise >= 0 && TO_RAISE.has(t[raise - 2]?.lower ?? '') && t[raise - 1]?.lower === 'to') return { kind: 'fundraising_target', at: raise };
  // NOTE: "the deal to bring in $N of revenue" sizes the deal, not the company's revenue.
  if (/\b(?:deal|agreement|contract|partnership)s? (?:to|will|would|could) (?:bring in|generate|add)\b/.test(v.text.slice(Math.max(v.sentences[s]!.start, a.start - 60), a.start))) return null;
  const rev = cueWord(v, back, a.tok, C_REVENUE);
  const revAfter = /^(of|in)$/.test(t[a.tokEnd]?.lower ?? '') ? after(C_REVENUE, 4) : -1;
  if ((rev >= 0 && !hasWord(v, rev, a.tok, DEAL_WORDS)) || revAfter >= 0) {
    const runRate = hasWord(v, Math.max(first, a.tok - 6), a.tokEnd + 4, RUN_RATE);
    return { kind: runRate ? 'run_rate_revenue' : 'revenue', at: rev >= 0 ? rev : a.tok };
  }
  if (CAPEX.has(t[a.tokEnd + 1]?.lower ?? '') || cueWord(v, Math.max(first, a.tok - 4), a.tok, C_CAPEX) >= 0) return { kind: 'capex', at: a.tok };
  if (DEPLOY.has(prev) && !orgObjectAfter(v, a.tokEnd, a.tokEnd + 6)) return { kind: 'capex', at: a.tok - 1 };
  if (COMMITMENTS.has(t[a.tokEnd + 1]?.lower ?? '') && t[a.tokEnd]?.lower === 'in') return { kind: 'commitments', at: a.tok };
  const pledge = cueWord(v, Math.max(first, a.tok - 4), a.tok, C_PLEDGE);
  // NOTE: only a pledge "for" or "over" something that is not a company ("pledging $500 billion for US AI infrastructure").
  // NOTE: "a pledge of up to $10 billion for Anthropic" is a deal with a company.
  const forCompany = t[a.tokEnd]?.lower === 'for' && usable(v.mentionAt[a.tokEnd + 1] ?? v.mentionAt[a.tokEnd + 2]);
  if (pledge >= 0 && /^(for|over|toward|towards|in)$/.test(t[a.tokEnd]?.lower ?? '') && !forCompany && !orgObjectAfter(v, a.tokEnd, a.tokEnd + 8)) return { kind: 'commitments', at: pledge };
  // NOTE: "has sold its entire X holding, raising $5.83bn": what a sale fetched, not funds raised.
  if (proceedsOfSale(v, a)) return null;
  const raised = cueWord(v, Math.max(first, a.tok - 3), a.tok, C_RAISED);
  if (raised >= 0 && !orgObjectAfter(v, a.tokEnd, a.tokEnd + 10)) return { kind: 'funding_raised', at: raised };
  if (RAISED.has(prev) || (t[a.tokEnd]?.lower === 'round' && cueWord(v, back, a.tok, C_RAISED) >= 0)) return { kind: 'funding_raised', at: a.tok };
  return null;
}

/**
 * Every company figure in the document. `taken` holds the amounts that belong to figures and
 * must not be read as deal amounts (funds raised stay available: "raised $N from X" is a deal).
 */
export function findFigures(v: DocView): { figures: FigureFinding[]; taken: Set<ValueSpan<Amount>> } {
  const known = FOUND.get(v);
  if (known) return { figures: [...known.figures], taken: new Set(known.taken) };
  const figures: FigureFinding[] = [];
  const taken = new Set<ValueSpan<Amount>>();
  for (const a of v.amounts) {
    const c = classify(v, a);
    if (!c) continue;
    const entity = c.valueObject ?? owner(v, a.sentence, c.at);
    figures.push({ kind: c.kind, entity: partyOrProduct(entity) ? entity : null, amount: a, sentence: a.sentence });
    if (c.kind !== 'funding_raised') taken.add(a);
  }
  FOUND.set(v, { figures, taken });
  return { figures: [...figures], taken: new Set(taken) };
}

const FOUND = new WeakMap<DocView, { readonly figures: readonly FigureFinding[]; readonly taken: ReadonlySet<ValueSpan<Amount>> }>();

/** Every amount a company figure holds, funds raised included (a round total is no one investor's amount). */
export function figureAmounts(v: DocView): ReadonlySet<ValueSpan<Amount>> {
  return new Set(findFigures(v).figures.map((f) => f.amount));
}
