/** Amounts a claim's frames missed: an unused figure right after one of its parties, and "respectively" lists. */
import type { Amount } from '../core/amount.js';
import type { DealType } from '../core/deal-type.js';
import { isDealSized, uniqueBestSlot } from './amount-slot-choice.js';
import { figureAmounts } from './company-figures.js';
import { mentionsIn, type DocView, type Mention, type ValueSpan } from './doc-view.js';
import { usable, type Frame } from './frame.js';

/** One claim-to-be: its key, type, the rolled-up keys of its two parties and its frames. */
export interface AmountSlot {
  readonly key: string;
  readonly type: DealType;
  readonly from: string;
  readonly to: string;
  readonly frames: readonly Frame[];
  /** The amount the frames themselves give, if any. */
  readonly amount: Amount | null;
}

/** Types whose amount is never a loose figure near a party (stakes need "worth"; warrants count shares). */
const NO_LOOSE = new Set<DealType>(['stake', 'share_grant']);
/** A figure in brackets after another is a conversion ("€1.3bn (about $1.5bn)"). */
const CONVERSION_BEFORE = /\(\s*(?:about|around|roughly|some|approximately|nearly|almost|or|equivalent to|worth)?\s*$/i;
/** Words after a comma that keep an amount on the deal before it ("..., valued at $9 billion"). */
const DEAL_PARTICIPLE = /,\s*(?:\w+\s+){0,2}(?:valued at|worth|totall?ing|amounting to|priced at)\s+$/i;
const MAX_GAP = 16;

/**
 * Amounts for slots whose frames give none: in a sentence of one of the slot's frames (or the
 * sentence just after or before it, when that sentence frames no deal of that party), an amount no
 * frame or company figure uses, whose nearest company mention before it (in the same clause) is
 * one of the slot's parties ("chipmaker Nvidia accounted for $100 million of the total"). When
 * several slots qualify, the one whose trigger lies closest before the amount wins.
 */
export function looseAmounts(v: DocView, slots: readonly AmountSlot[], keyOf: (m: Mention) => string): Map<string, ValueSpan<Amount>> {
  const out = new Map<string, ValueSpan<Amount>>();
  const open = slots.filter((sl) => !sl.amount && !NO_LOOSE.has(sl.type) && !sl.frames.some((f) => f.noMoney));
  if (!open.length) return out;
  const used = new Set<ValueSpan<Amount>>(figureAmounts(v));
  for (const sl of slots) for (const f of sl.frames) if (f.amount) used.add(f.amount);
  // NOTE: the parties each sentence frames a deal for; a neighbour's figure is borrowed only for a party its own sentence leaves alone.
  const framed = new Map<number, Set<string>>();
  for (const sl of slots) for (const f of sl.frames) framed.set(f.sentence, new Set([...(framed.get(f.sentence) ?? []), sl.from, sl.to]));
  for (const a of v.amounts) {
    // NOTE: the size test comes last (before out.set): it parses the amount, which most figures here never need.
    if (used.has(a) || v.sentences[a.sentence]?.heading) continue;
    const sentence = v.sentences[a.sentence]!;
    const before = v.text.slice(sentence.start, a.start);
    if (CONVERSION_BEFORE.test(before)) continue;
    const party = partyBefore(v, a, before);
    if (!party) continue;
    const key = keyOf(party);
    const inFrame = framed.get(a.sentence)?.has(key) ?? false;
    const best = uniqueBestSlot(open, (sl) => (out.has(sl.key) || (sl.from !== key && sl.to !== key) ? null : slotScore(sl, a, inFrame)));
    if (best && isDealSized(a.value)) out.set(best.key, a);
  }
  return out;
}

/** The nearest usable company mention before the amount, unless a clause break or too many words come between. */
function partyBefore(v: DocView, a: ValueSpan<Amount>, before: string): Mention | null {
  const list = mentionsIn(v, a.sentence);
  for (let i = list.length - 1; i >= 0; i--) {
    const m: Mention = list[i]!;
    if (m.tokEnd > a.tok) continue;
    // NOTE: a product or an unresolved descriptor between the party and the amount is skipped over.
    if (m.outlet) return null;
    if (!usable(m)) continue;
    if (a.tok - m.tokEnd > MAX_GAP) return null;
    const gap = v.text.slice(m.end, a.start);
    if (/[;]/.test(gap)) return null;
    if (gap.includes(',') && !DEAL_PARTICIPLE.test(before)) return null;
    // NOTE: "X has backed Y since 2021 and spent $10 billion on ...": a new clause after an object belongs to the subject.
    if (m.role !== 'subject' && /\b(?:and|but|while|whereas|although|though)\b/i.test(gap)) return null;
    return m;
  }
  return null;
}

/** Lower is better; null when the slot has no frame in or next to the amount's sentence. */
function slotScore(sl: AmountSlot, a: ValueSpan<Amount>, partyFramedHere: boolean): number | null {
  let score: number | null = null;
  for (const f of sl.frames) {
    let s: number | null = null;
    if (f.sentence === a.sentence) s = f.trigger < a.tok ? a.tok - f.trigger : 100 + f.trigger - a.tok;
    else if (!partyFramedHere && Math.abs(f.sentence - a.sentence) === 1) s = f.sentence < a.sentence ? 1000 : 1001;
    if (s !== null && (score === null || s < score)) score = s;
  }
  return score;
}

/**
 * "Kappa and Sigma will invest up to $5 billion and up to $10 billion respectively": in a
 * sentence with "respectively", the slots of one type framed there take its amounts in the order
 * their distinguishing parties are named, when the counts agree.
 */
export function respectiveAmounts(v: DocView, slots: readonly AmountSlot[], keyOf: (m: Mention) => string): Map<string, ValueSpan<Amount>> {
  const out = new Map<string, ValueSpan<Amount>>();
  const figures = figureAmounts(v);
  for (let s = 0; s < v.sentences.length; s++) {
    if (!/\brespectively\b/i.test(v.sentences[s]!.text)) continue;
    const resp = v.sentences[s]!.start + v.sentences[s]!.text.search(/\brespectively\b/i);
    const amounts = v.amounts.filter((a) => a.sentence === s && a.start < resp && !figures.has(a) && isDealSized(a.value));
    if (amounts.length < 2) continue;
    const here = slots.filter((sl) => sl.frames.some((f) => f.sentence === s));
    for (const type of new Set(here.map((sl) => sl.type))) {
      const group = here.filter((sl) => sl.type === type);
      if (group.length !== amounts.length) continue;
      const shared = group.every((sl) => sl.to === group[0]!.to) ? 'to' : group.every((sl) => sl.from === group[0]!.from) ? 'from' : null;
      if (!shared) continue;
      const side = shared === 'to' ? 'from' : 'to';
      const position = (sl: AmountSlot) => mentionsIn(v, s).find((m) => usable(m) && keyOf(m) === sl[side])?.tok ?? -1;
      if (group.some((sl) => position(sl) < 0) || new Set(group.map(position)).size !== group.length) continue;
      const ordered = [...group].sort((x, y) => position(x) - position(y));
      ordered.forEach((sl, i) => out.set(sl.key, amounts[i]!));
    }
  }
  return out;
}
