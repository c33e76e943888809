/** Frames into claims: partial frames completed from context, one claim per (type, from, to) with all its evidence. */
import { makeAmount, type Amount, type Quantity, type QuantityUnit } from '../core/amount.js';
import type { Attribution, Claim, DealDates, DealTerms, Evidence, PartyRef } from '../core/claim.js';
import type { DealStatus } from '../core/deal-status.js';
import type { SourceDocument } from '../core/document.js';
import { claimId } from '../core/ids.js';
import { looseAmounts, respectiveAmounts, type AmountSlot } from './amount-fill.js';
import { revenueAmounts } from './amount-revenue.js';
import { mergeAmounts } from './amount-merge.js';
import { paidInPast } from './amount-period.js';
import { predicateAmounts } from './amount-predicate.js';
import { withOptionMore } from './amount-option.js';
import { quantityIn } from './frame-values.js';
import { mentionsIn, type DocView, type Mention, type ValueSpan } from './doc-view.js';
import { readStatus, type StatusReading } from './frame-status.js';
import { performedStage } from './frame-status-performed.js';
import { isVenture, partyKeyOf, sameParty, type Frame } from './frame.js';
import { rollUp } from './gazetteer.js';

const partyKey = (m: Mention): string => m.entityId ?? `?${m.name.toLowerCase()}`;
const MAY_BE_ZERO = /\b(?:to|or) (?:none at all|nothing(?: at all)?|zero)\b|\bnone at all\b/i;
const NO_MONEY = /\bno (?:money|cash) (?:is (?:believed|expected|said) to |will |would |was )?(?:change|changes|changed|changing) hands\b|\bno money changed hands\b/i;
const POWER: readonly QuantityUnit[] = ['GW', 'MW'];
const EQUITY_LIKE = new Set(['equity_investment', 'joint_venture']);
const PURCHASES = new Set(['compute_purchase', 'hardware_purchase', 'service_purchase']);
const PAID_TYPES = new Set(['compute_purchase', 'service_purchase', 'revenue_share', 'licence']);

interface Reading {
  readonly f: Frame;
  readonly status: StatusReading;
}

/**
 * Read each frame's status: the window before its trigger stops at the previous trigger in the sentence.
 * NOTE: read once per (trigger, window, type, fixed status): a trigger that starts frames for several party pairs
 * ("X and Y invested in Z") gives them all the same reading, as readStatus reads no party.
 */
function readAll(v: DocView, frames: readonly Frame[]): Reading[] {
  const read = new Map<string, StatusReading>();
  const previous = previousTriggers(frames);
  const out = frames.map((f, i) => {
    const prev = previous[i]!;
    const key = `${f.trigger}|${prev}|${f.type}|${f.status ?? ''}`;
    let status = read.get(key);
    if (!status) read.set(key, (status = readStatus(v, f, prev)));
    return { f, status };
  });
  // NOTE: "X will invest $1bn in Y. As part of the partnership, Y will run on X's cloud": the partnership's stage.
  return out.some((r) => r.status.performs) ? out.map((r) => (r.status.performs ? { f: r.f, status: { ...r.status, status: performedStage(leadStage(out, r.f)) } } : r)) : out;
}

/**
 * For each frame, the latest trigger before its own in its sentence (-1: none), as a scan of every other frame would find it.
 * NOTE: frames come in text order (sentence, then trigger), so one pass keeps the last distinct trigger; frames out of
 * that order fall back to the scan of all frames per frame.
 */
function previousTriggers(frames: readonly Frame[]): number[] {
  const out = new Array<number>(frames.length);
  let sentence = -1;
  let current = -1;
  let before = -1;
  for (let i = 0; i < frames.length; i++) {
    const f = frames[i]!;
    if (f.sentence !== sentence) {
      if (f.sentence < sentence) return previousTriggersByScan(frames);
      sentence = f.sentence;
      before = -1;
      current = f.trigger;
    } else if (f.trigger !== current) {
      if (f.trigger < current) return previousTriggersByScan(frames);
      before = current;
      current = f.trigger;
    }
    out[i] = before;
  }
  return out;
}

function previousTriggersByScan(frames: readonly Frame[]): number[] {
  return frames.map((f) => {
    let prev = -1;
    for (const g of frames) if (g.sentence === f.sentence && g.trigger < f.trigger && g.trigger > prev) prev = g.trigger;
    return prev;
  });
}

/** The stage of the latest frame before f, not itself a performance, that shares one of f's parties. */
function leadStage(rs: readonly Reading[], f: Frame): DealStatus | null {
  let best: Reading | null = null;
  for (const r of rs) {
    const g = r.f;
    if (r.status.performs || !(g.sentence < f.sentence || (g.sentence === f.sentence && g.trigger < f.trigger))) continue;
    if (!(sameParty(g.from, f.from) || sameParty(g.from, f.to) || sameParty(g.to, f.from) || sameParty(g.to, f.to))) continue;
    if (!best || g.sentence > best.f.sentence || (g.sentence === best.f.sentence && g.trigger > best.f.trigger)) best = r;
  }
  return best?.status.status ?? null;
}

/**
 * Complete frames that miss a party: attach them to a full frame with the same known party and a
 * compatible type, else (equity) to the company the document is raising money for, or (ventures)
 * to the venture it last named.
 */
function completePartials(v: DocView, readings: readonly Reading[], investees: readonly (Mention | null)[]): Reading[] {
  const whole = readings.filter((r) => r.f.from && r.f.to);
  // NOTE: a part-frame completes only a rule's frame: the back-off's guesses lend no deal their parties.
  const full = whole.filter((r) => !r.f.learned);
  const out = [...whole];
  for (const r of readings) {
    const f = r.f;
    if (f.from && f.to) continue;
    if (f.refersTo) {
      // NOTE: "put it at roughly $10 billion": the latest deal before it, of a matching type.
      const earlier = full.filter((g) => g.f.sentence < f.sentence || (g.f.sentence === f.sentence && g.f.trigger < f.trigger));
      // NOTE: "the deal" is the article's lead deal; "the warrant", "the order" the latest of their kind.
      const match = f.refersTo.length ? [...earlier].reverse().find((g) => f.refersTo!.includes(g.f.type)) : earlier[0];
      if (match) out.push({ f: { ...match.f, amount: f.amount, amountless: false, sentence: f.sentence, trigger: f.trigger, strength: 0.5 }, status: match.status });
      continue;
    }
    const known = (f.from ?? f.to)!;
    const side = f.from ? 'from' : 'to';
    const compatible = (g: Frame) =>
      g.type === f.type || (EQUITY_LIKE.has(g.type) && EQUITY_LIKE.has(f.type)) || (!!f.anyPurchase && PURCHASES.has(g.type));
    // NOTE: a typeless order ("a $10 billion order") joins a purchase named before it, not one of another kind further down.
    let match = full.find((g) => sameParty(g.f[side], known) && compatible(g.f) && (g.f.type === f.type || g.f.sentence <= f.sentence));
    // NOTE: "Y is raising $3bn, including $500m from X. ... X promised $4bn to Z": the round being raised when X is named, not a later deal.
    const raising = side === 'from' && EQUITY_LIKE.has(f.type) ? investees[f.sentence] ?? null : null;
    if (match && raising && match.f.sentence > f.sentence && !sameParty(raising, known)) match = undefined;
    if (match) {
      out.push({ f: { ...f, from: match.f.from, to: match.f.to, type: match.f.type, strength: f.strength * 0.85 }, status: r.status });
      continue;
    }
    if (side === 'to' && f.type === 'share_grant') {
      // NOTE: "Disney will invest in OpenAI and receive warrants": the company raising money grants them.
      const grantor = investees[f.sentence] ?? null;
      if (grantor && !sameParty(grantor, known)) out.push({ f: { ...f, from: grantor, strength: f.strength * 0.75 }, status: r.status });
      continue;
    }
    if (side !== 'from' || !EQUITY_LIKE.has(f.type)) continue;
    const target = f.type === 'joint_venture' ? lastVenture(v, f.sentence) : investees[f.sentence] ?? null;
    if (!target || sameParty(target, known)) continue;
    out.push({ f: { ...f, to: target, type: isVenture(v, target) ? 'joint_venture' : 'equity_investment', strength: f.strength * 0.75 }, status: r.status });
  }
  return out;
}

function lastVenture(v: DocView, sentence: number): Mention | null {
  for (let s = sentence; s >= 0; s--) {
    const list = mentionsIn(v, s);
    for (let i = list.length - 1; i >= 0; i--) if (isVenture(v, list[i]!)) return list[i]!;
  }
  return null;
}

const ref = (v: DocView, m: Mention): PartyRef => ({
  id: m.entityId,
  name: m.entityId ? v.gazetteer.entities.get(m.entityId)?.name ?? m.name : m.name,
  mention: m.text,
});

function evidenceOf(v: DocView, sentence: number): Evidence {
  const s = v.sentences[sentence]!;
  return { quote: s.text, start: s.start, end: s.end };
}

/** The status a claim takes from its frames: the most firmly worded; cancellations and denials win. */
function pickStatus(v: DocView, rs: readonly Reading[]): StatusReading {
  const heading = (r: Reading) => v.sentences[r.f.sentence]?.heading ?? false;
  const terminal = rs.find((r) => (r.status.status === 'cancelled' || r.status.status === 'denied') && r.status.weight === 2);
  if (terminal) return terminal.status;
  // NOTE: on equal wording, a body sentence beats a headline (headlines use the present for the past).
  let best = rs[0]!;
  for (const r of rs.slice(1)) {
    if (r.status.weight > best.status.weight || (r.status.weight === best.status.weight && heading(best) && !heading(r))) best = r;
  }
  return best.status;
}

export interface ClaimContext {
  readonly doc: SourceDocument;
  readonly recordedAt: string;
  /** The attribution of a sentence (its own, its paragraph's or the document's). */
  readonly attributionOf: (sentence: number) => Attribution;
  /** The company being funded as of each sentence, for frames that leave it implicit. */
  readonly investees: readonly (Mention | null)[];
}

/** Merge a document's frames into claims with deterministic ids, evidence, status and amounts. */
export function mergeClaims(v: DocView, frames: readonly Frame[], ctx: ClaimContext): Claim[] {
  const readings = completePartials(v, readAll(v, frames), ctx.investees);
  const groups = new Map<string, Reading[]>();
  for (const r of [...readings].sort((a, b) => a.f.sentence - b.f.sentence || a.f.trigger - b.f.trigger)) {
    const from = partyKeyOf(v, r.f.from!);
    const to = partyKeyOf(v, r.f.to!);
    // NOTE: a subsidiary dealing with its own parent is not a deal between two companies; a takeover
    // of one is (the gazetteer records the group as it stands after the deal: "xAI merged with X").
    if (from === to && (r.f.type !== 'acquisition' || sameParty(r.f.from, r.f.to))) continue;
    const key = `${r.f.type}|${from}|${to}`;
    const group = groups.get(key);
    if (group) group.push(r);
    else groups.set(key, [r]);
  }
  // NOTE: a pair only the learned back-off proposed gets no amount from elsewhere: the paragraph's loose figures
  // would mostly hand it another deal's money, and it must take none from the rules' claims.
  const learned = new Set<string>();
  for (const [key, rs] of groups) if (rs.every((r) => r.f.learned)) learned.add(key);
  // NOTE: the sum the back-off attached counts only for a claim of its own: in a rule's group it would outvote the rule's figure.
  for (const [key, rs] of groups) {
    if (learned.has(key)) continue;
    for (let i = 0; i < rs.length; i++) {
      const r = rs[i]!;
      if (r.f.learned && r.f.amount) rs[i] = { ...r, f: { ...r.f, amount: null } };
    }
  }
  const talks = new Set<string>();
  for (const rs of groups.values()) {
    const picked = pickStatus(v, rs);
    if (picked.status === 'in_talks') talks.add(pairKey(rs[0]!.f.from!, rs[0]!.f.to!));
    // NOTE: claimDates will read this sentence's dates: reading them now, before claimAmount and claimTerms ask
    // for its duration, lets the view answer the duration from the dates it found instead of a second scan.
    if (DATE_FIELD[picked.status] && !picked.planOnly) v.datesIn(rs[0]!.f.sentence);
  }
  const base = new Map([...groups].map(([key, rs]) => [key, claimAmount(v, rs)] as const));
  const slots: AmountSlot[] = [...groups].filter(([key]) => !learned.has(key)).map(([key, rs]) => ({
    key,
    type: rs[0]!.f.type,
    from: partyKeyOf(v, rs[0]!.f.from!),
    to: partyKeyOf(v, rs[0]!.f.to!),
    frames: rs.map((r) => r.f),
    amount: weakAmount(v, rs, base.get(key) ?? null) ? null : base.get(key) ?? null,
  }));
  const keyOf = (m: Mention) => partyKeyOf(v, m);
  const respective = respectiveAmounts(v, slots, keyOf);
  const revenueFigures = new Set<ValueSpan<Amount>>();
  const revenue = revenueAmounts(v, slots, keyOf, revenueFigures);
  const loose = looseAmounts(v, slots, keyOf);
  const stated = predicateAmounts(v, slots);
  const claims: Claim[] = [];
  /** The figure a claim takes from outside its own frames, if any. */
  const forcedAmount = (key: string, rs: readonly Reading[]): ValueSpan<Amount> | undefined => {
    if (learned.has(key)) return undefined;
    const respectiveHere = respective.get(key);
    if (respectiveHere || !weakAmount(v, rs, base.get(key) ?? null)) return respectiveHere;
    // NOTE: a seller's expected revenue from a deal is that deal's size, never a loose figure for another one.
    const looseHere = loose.get(key);
    return stated.get(key) ?? revenue.get(key) ?? (looseHere && !revenueFigures.has(looseHere) ? looseHere : undefined);
  };
  for (const [key, rs] of groups) {
    const forced = forcedAmount(key, rs);
    // NOTE: name the most specific party the text used ("AWS" over "Amazon").
    const from = specific(v, rs.map((r) => r.f.from!));
    const to = specific(v, rs.map((r) => r.f.to!));
    let status = pickStatus(v, rs);
    if (status.planOnly && talks.has(pairKey(from, to))) status = { ...status, status: 'in_talks' };
    // NOTE: "spent about $8.65 billion on Azure in the first nine months of 2025": money already paid, not only a contract in force.
    if (status.status === 'signed' && status.weight < 2 && PAID_TYPES.has(rs[0]!.f.type) && paidFigures(v, rs, forced, stated.get(key) === forced).some((a) => paidInPast(v, a))) status = { ...status, status: 'completed' };
    const sentences = [...new Set(rs.map((r) => r.f.sentence))];
    claims.push({
      id: claimId(`${ctx.doc.id}#c${claims.length + 1}`),
      documentId: ctx.doc.id,
      type: rs[0]!.f.type,
      from: ref(v, from),
      to: ref(v, to),
      amount: forced ? claimAmount(v, rs, forced) : base.get(key) ?? null,
      terms: claimTerms(v, rs),
      status: status.status,
      dates: claimDates(v, sentences[0]!, status.status),
      attribution: ctx.attributionOf(sentences[0]!),
      hedges: claimHedges(rs),
      evidence: sentences.map((s) => evidenceOf(v, s)),
      origin: 'rules@1',
      confidence: confidence(rs),
      review: 'unreviewed',
      publishedAt: ctx.doc.publishedAt,
      recordedAt: ctx.recordedAt,
    });
  }
  return claims;
}

/** The distinct hedges of a claim's readings, first first. NOTE: loops, not flatMap and a Set (about 7x slower on these short lists). */
function claimHedges(rs: readonly Reading[]): string[] {
  const out: string[] = [];
  for (const r of rs) for (const h of r.status.hedges) if (!out.includes(h)) out.push(h);
  return out;
}

/** No amount, only a headline's (headlines round) or only an order of magnitude: a body sentence's figure may do better. */
function weakAmount(v: DocView, rs: readonly Reading[], a: Amount | null): boolean {
  if (!a) return true;
  if (a.qualifier === 'order_of_magnitude') return true;
  return rs.every((r) => !r.f.amount || r.f.amountless || v.sentences[r.f.sentence]?.heading);
}

function specific(v: DocView, ms: readonly Mention[]): Mention {
  return ms.find((m) => m.entityId && rollUp(v.gazetteer, m.entityId) !== m.entityId) ?? ms[0]!;
}

/**
 * The figures that may say a claim's money was already paid: its frames' own, or a figure found for it
 * elsewhere when a value clause gave it or it stands in one of the claim's sentences.
 */
function paidFigures(v: DocView, rs: readonly Reading[], forced: ValueSpan<Amount> | undefined, fromValueClause: boolean): readonly ValueSpan<Amount>[] {
  if (!forced) return rankedAmounts(v, rs);
  return fromValueClause || rs.some((r) => r.f.sentence === forced.sentence) ? [forced] : [];
}

function pairKey(from: Mention, to: Mention): string {
  return [partyKey(from), partyKey(to)].sort().join('|');
}

/** Words between a stated figure and its ceiling: "an amount that could rise to", "rising to up to", "and potentially". */
const UPSIDE = /^[^.;]{0,45}?\b(?:(?:(?:could|can|may|might|would|will) (?:potentially )?(?:rise|increase|grow|climb|expand|reach|go up)|(?:rising|increasing|climbing|expanding) to)\b(?: to)?|(?:and|or) (?:potentially|possibly))(?: (?:up to|as much as))?\s*$/;

/** "$17.4 billion, an amount that could rise to $19.4 billion": the stated figure up to the ceiling. */
function withUpside(v: DocView, span: ValueSpan<Amount>): Amount {
  const option = withOptionMore(v, span);
  if (option) return option;
  const a = span.value;
  if (a.lower === null) return a;
  // NOTE: the words up to the next amount, so a year between ("$17.4bn through 2031, which could rise to $19.4bn") does not cut them.
  const next = v.amounts.find((x) => x.start >= span.end && x.start <= span.end + 60);
  if (!next || !UPSIDE.test(v.text.slice(span.end, next.start))) return a;
  if (next.value.currency !== a.currency || next.value.upper === null || Number(next.value.upper) <= Number(a.lower)) return a;
  return makeAmount('range', a.lower, `${a.text} … ${next.value.text}`, { currency: a.currency, upperValue: next.value.upper, basis: a.basis, ...(a.period ? { period: a.period } : {}) });
}

/**
 * The amounts a claim's frames give, best first: stated totals ("completing the $8 billion",
 * "$1.36 billion in all"), then plain figures, then tranches ("a further $1.4 billion", "$500
 * million now") only when nothing else is stated.
 */
function rankedAmounts(v: DocView, rs: readonly Reading[]): ValueSpan<Amount>[] {
  const totals: ValueSpan<Amount>[] = [];
  const plain: ValueSpan<Amount>[] = [];
  const tranches: ValueSpan<Amount>[] = [];
  for (const r of rs) {
    const a = r.f.amount;
    if (r.f.amountless || !a) continue;
    const role = amountRole(v, a);
    // NOTE: a sentence that states a total ("almost $1.36 billion in all", "bringing its purchases to
    // $21 billion in total") gives the deal's size; the other figures in it are parts.
    // NOTE: "a further $4 billion, a top-up that takes its total to $8 billion": the increment is this deal, the running
    // total its history; "a further $1.4 billion, completing the $8 billion it agreed to provide": the total is the deal.
    const total = role === 'total' ? a : statedTotal(v, a);
    if (total) totals.push(total);
    else if (role === 'tranche') tranches.push(a);
    else plain.push(a);
  }
  const best = totals.length ? totals : plain.length ? plain : tranches;
  // NOTE: a headline's figure counts only when the body gives none: headlines round ("$20bn" for
  // "about $20 billion").
  const body = best.filter((a) => !v.sentences[a.sentence]?.heading);
  return [...new Set(body.length ? body : best)];
}

const TRANCHE_BEFORE = new Set(['further', 'another', 'additional', 'initial', 'first', 'remaining', 'extra']);
const INCREMENT_BEFORE = new Set(['further', 'another', 'additional', 'extra']);
const COMPLETING = /\bcomplet(?:ing|es|ed)\b/;

/** "a further $4 billion", "another $2bn", "$6.5bn more": money added to an earlier deal. */
function increment(v: DocView, a: ValueSpan<Amount>): boolean {
  const t = v.tokens;
  return INCREMENT_BEFORE.has(t[a.tok - 1]?.lower ?? '') || INCREMENT_BEFORE.has(t[a.tok - 2]?.lower ?? '') || t[a.tokEnd]?.lower === 'more';
}
const TRANCHE_AFTER = new Set(['now', 'upfront', 'immediately', 'initially', 'so']);
const TOTAL_BEFORE = /\b(?:completing (?:the|its|a)|bringing (?:its|the|their) (?:\w+ ){0,2}to|(?:takes|took|brings|brought) (?:its|the|their|\w+'s) (?:orders|purchases|commitments|investment|spending|total)(?: \w+){0,4} to|a total of|total of|totalling|totaling|in all|cumulative)\s*$/;

/** The amounts of one sentence (amounts are in text order, so a binary search finds the first). */
function sentenceAmounts(v: DocView, s: number): readonly ValueSpan<Amount>[] {
  const all = v.amounts;
  let lo = 0;
  let hi = all.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (all[mid]!.sentence < s) lo = mid + 1;
    else hi = mid;
  }
  let end = lo;
  while (end < all.length && all[end]!.sentence === s) end++;
  return all.slice(lo, end);
}

/** The stated total later in a's sentence that a is a part of, if any (an increment is no part of a running total). */
function statedTotal(v: DocView, a: ValueSpan<Amount>): ValueSpan<Amount> | undefined {
  return sentenceAmounts(v, a.sentence).find((x) => x !== a && x.start > a.start && amountRole(v, x) === 'total' && x.value.currency === a.value.currency && (!increment(v, a) || COMPLETING.test(v.text.slice(a.end, x.start))));
}

type AmountRole = 'total' | 'tranche' | 'plain';

/**
 * The roles read so far in the document being merged.
 * NOTE: a claim's figures are ranked again for each claim sharing them, for its upside, its forced figure and
 * its paid test, and each ranking reads the role of every later figure of the sentence: one reading per figure.
 */
let roles: { readonly v: DocView; readonly of: Map<ValueSpan<Amount>, AmountRole> } | null = null;

/** Whether an amount is a stated total, a tranche of something bigger, or neither (read once per figure). */
function amountRole(v: DocView, a: ValueSpan<Amount>): AmountRole {
  if (roles?.v !== v) roles = { v, of: new Map() };
  let role = roles.of.get(a);
  if (!role) roles.of.set(a, (role = readAmountRole(v, a)));
  return role;
}

function readAmountRole(v: DocView, a: ValueSpan<Amount>): AmountRole {
  const t = v.tokens;
  const before = v.text.slice(Math.max(v.sentences[a.sentence]!.start, a.start - 70), a.start).toLowerCase();
  const after = `${t[a.tokEnd]?.lower ?? ''} ${t[a.tokEnd + 1]?.lower ?? ''}`;
  if (TOTAL_BEFORE.test(before) || /^(in all|in total|altogether|combined)\b/.test(after)) return 'total';
  // NOTE: "$3.8 billion in 2024 and $8.65 billion this year: more than $12.4 billion over the period": a sum after a colon.
  // NOTE: "up to $2 billion: $500 million up front and ...": a part after a colon is smaller than the figure before it.
  if (/:\s*(?:(?:more|less) than|over|under|about|around|roughly|nearly|almost|some|at least)?\s*$/.test(before) && sentenceAmounts(v, a.sentence).some((x) => x.start < a.start && x.value.currency === a.value.currency && Number(x.value.upper ?? x.value.lower) < Number(a.value.upper ?? a.value.lower))) return 'total';
  if (TRANCHE_BEFORE.has(t[a.tok - 1]?.lower ?? '') || TRANCHE_BEFORE.has(t[a.tok - 2]?.lower ?? '')) return 'tranche';
  if (TRANCHE_AFTER.has(t[a.tokEnd]?.lower ?? '') && !(t[a.tokEnd]?.lower === 'so' && t[a.tokEnd + 1]?.lower !== 'far')) return 'tranche';
  return 'plain';
}

/** A claim's amount from its frames' figures, or from `forced` (a figure found for it outside its frames). */
function claimAmount(v: DocView, rs: readonly Reading[], forced?: ValueSpan<Amount>): Amount | null {
  let amount: Amount | null = null;
  for (const a of forced ? [statedTotal(v, forced) ?? forced] : rankedAmounts(v, rs)) amount = mergeAmounts(amount, withUpside(v, a));
  const texts = rs.map((r) => v.sentences[r.f.sentence]!.text);
  if (!amount && texts.some((t) => NO_MONEY.test(t))) {
    const m = texts.map((t) => NO_MONEY.exec(t)).find(Boolean)!;
    return makeAmount('none', '0', m[0]);
  }
  if (!amount) return null;
  if (!amount.period) {
    for (const r of rs) {
      if (!r.f.amount && forced?.sentence !== r.f.sentence) continue;
      const duration = v.durationIn(r.f.sentence);
      if (duration) {
        amount = { ...amount, period: duration };
        break;
      }
    }
  }
  if (!amount.mayBeZero && texts.some((t) => MAY_BE_ZERO.test(t))) amount = { ...amount, mayBeZero: true };
  return amount;
}

function claimTerms(v: DocView, rs: readonly Reading[]): DealTerms {
  const stake = rs.find((r) => r.f.stake)?.f.stake?.value;
  const shares = rs.find((r) => r.f.shares)?.f.shares?.value;
  // NOTE: loops that stop at the first sentence with a power figure or a duration, as map().find() answered after reading all.
  let capacity: Quantity | undefined;
  for (const r of rs) if ((capacity = quantityIn(v, v.sentTok[r.f.sentence]!, v.sentTok[r.f.sentence + 1]!, POWER)?.value)) break;
  let duration: string | undefined;
  for (const r of rs) if ((duration = v.durationIn(r.f.sentence))) break;
  const names = new Set<string>();
  for (const r of rs) {
    for (const m of mentionsIn(v, r.f.sentence)) if (m.kind === 'product' && m.entityId && (m.entityId === r.f.to?.entityId || m.entityId === r.f.from?.entityId)) names.add(m.text);
  }
  return {
    ...(stake ? { stakePercent: stake } : {}),
    ...(shares ? { shares } : {}),
    ...(capacity ? { capacity } : {}),
    ...(duration ? { duration } : {}),
    ...(names.size ? { names: [...names] } : {}),
  };
}

const DATE_FIELD: Partial<Record<DealStatus, keyof DealDates>> = { announced: 'announced', signed: 'signed', completed: 'completed' };

function claimDates(v: DocView, sentence: number, status: DealStatus): DealDates {
  const field = DATE_FIELD[status];
  if (!field) return {};
  const d = v.datesIn(sentence).find((x) => x.date && !x.date.expected);
  return d?.date ? { [field]: d.date } : {};
}

function confidence(rs: readonly Reading[]): number {
  const best = Math.max(...rs.map((r) => r.f.strength));
  const anaphoric = [rs[0]!.f.from, rs[0]!.f.to].filter((m) => m && (m.kind === 'pronoun' || m.kind === 'nominal')).length;
  const c = best * 0.92 ** anaphoric + 0.03 * (rs.length - 1);
  return Math.round(Math.min(0.99, Math.max(0.05, c)) * 100) / 100;
}

/** The entity a frame set treats as "the company raising money" at each sentence. */
export function investeesBySentence(v: DocView, frames: readonly Frame[], figureEntities: readonly { sentence: number; entity: Mention | null; kind: string }[]): (Mention | null)[] {
  const marks: { sentence: number; m: Mention }[] = [];
  for (const f of frames) if (f.to && f.type === 'equity_investment') marks.push({ sentence: f.sentence, m: f.to });
  for (const g of figureEntities) {
    if (g.entity && /^(funding_raised|fundraising_target|valuation)$/.test(g.kind)) marks.push({ sentence: g.sentence, m: g.entity });
  }
  marks.sort((a, b) => a.sentence - b.sentence);
  const out: (Mention | null)[] = [];
  let cur: Mention | null = null;
  let k = 0;
  for (let s = 0; s < v.sentences.length; s++) {
    while (k < marks.length && marks[k]!.sentence <= s) cur = marks[k++]!.m;
    out.push(cur);
  }
  return out;
}
