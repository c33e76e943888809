/** The candidate sums of a back-off pair's sentence and the features the amount attacher reads for each. */
import type { Amount } from '../core/amount.js';
import type { DealType } from '../core/deal-type.js';
import type { DocView, ValueSpan } from './doc-view.js';
import { partyKeyOf, type Frame } from './frame.js';
import type { PairCandidate } from './pair-candidates.js';
import { windowFeatures, wordAt } from './pair-features.js';

/** Words near a sum that make it a company's own figure, not a deal's price. */
const FIGURE_WORDS = new Set([
  'valuation', 'valued', 'value', 'revenue', 'revenues', 'sales', 'market', 'capitalization', 'capitalisation', 'cap',
  'profit', 'profits', 'loss', 'losses', 'income', 'earnings', 'worth', 'turnover', 'backlog', 'cash', 'run-rate', 'annualized',
]);

/** Function words skipped when looking for the content word next to a sum. */
const SKIP = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'about', 'around', 'roughly', 'some', 'nearly', 'almost', 'over', 'more', 'than', 'up', 'to', 'at', 'least', 'approximately', 'as', 'much', 'under', 'less']);

/** How far (tokens) a figure word may sit from a sum and still colour it. */
const FIGURE_REACH = 4;

/** How the rules use a sum: not at all, in a frame of this very pair, in one sharing a party with it, or in another deal. */
export type SumUse = 'none' | 'pair' | 'party' | 'other';

/** A sum a back-off pair may take, read against the pair's mentions in the sum's own sentence. */
export interface SumCandidate {
  readonly sum: ValueSpan<Amount>;
  readonly cand: PairCandidate;
  readonly use: SumUse;
  /** True when the sum stands in another sentence naming the pair than the one the claim comes from. */
  readonly other: boolean;
}

/** The rule frames that carry each sum, by the sum's character start. */
export function sumUsage(frames: readonly Frame[]): Map<number, Frame[]> {
  const out = new Map<number, Frame[]>();
  for (const f of frames) {
    if (!f.amount) continue;
    const list = out.get(f.amount.start);
    if (list) list.push(f);
    else out.set(f.amount.start, [f]);
  }
  return out;
}

function useOf(v: DocView, c: PairCandidate, users: readonly Frame[] | undefined): SumUse {
  if (!users) return 'none';
  let use: SumUse = 'other';
  for (const f of users) {
    const a = f.from ? partyKeyOf(v, f.from) : '';
    const b = f.to ? partyKeyOf(v, f.to) : '';
    const ha = a === c.firstKey || b === c.firstKey;
    const hb = a === c.secondKey || b === c.secondKey;
    if (ha && hb) return 'pair';
    if (ha || hb) use = 'party';
  }
  return use;
}

/**
 * The sums a back-off pair may take: money values that company figures did not take, from the
 * sentences that name the pair (`cands`, the claim's own sentence first), each with how the rules use it.
 * @example sumCandidates(v, [best, ...others], sumUsage(frames), taken).map((x) => x.sum.value.text)
 */
export function sumCandidates(
  v: DocView,
  cands: readonly PairCandidate[],
  usage: ReadonlyMap<number, readonly Frame[]>,
  taken: ReadonlySet<ValueSpan<Amount>>,
): SumCandidate[] {
  const out: SumCandidate[] = [];
  for (let i = 0; i < cands.length; i++) {
    const cand = cands[i]!;
    for (const a of v.amounts) {
      if (a.sentence !== cand.sentence || taken.has(a)) continue;
      out.push({ sum: a, cand, use: useOf(v, cand, usage.get(a.start)), other: i > 0 });
    }
  }
  return out;
}

function bucket(d: number): string {
  if (d <= 1) return '1';
  if (d <= 3) return '3';
  if (d <= 6) return '6';
  return d <= 12 ? '12' : 'far';
}

/** Order of magnitude in units of the currency: "6" for millions, "9" for billions. */
function magnitude(a: Amount): string {
  const x = Number(a.lower ?? a.upper ?? '0');
  if (!(x > 0)) return 'none';
  const e = Math.floor(Math.log10(x));
  return e < 6 ? 'small' : e >= 11 ? '11' : String(e);
}

/**
 * The features of one sum for one pair whose deal the pair model read as `type`, running from the sum's
 * sentence's first mention to its second when `forward`. `count` is how many candidate sums there are.
 * @example amountFeatures(v, sumCandidates(v, [cand], usage, taken)[0]!, 'equity_investment', true, 1) // ["bias", "use:none", ...]
 */
export function amountFeatures(v: DocView, x: SumCandidate, type: DealType, forward: boolean, count: number): string[] {
  const c = x.cand;
  const a = x.sum;
  const f: string[] = ['bias', `use:${x.use}`, x.other ? 'sent:other' : 'sent:own'];
  const lo = v.sentTok[c.sentence]!;
  const hi = v.sentTok[c.sentence + 1]!;
  const first = c.first;
  const second = c.second;
  const pos = a.tokEnd <= first.npTok ? 'before' : a.tok >= second.tokEnd ? 'after' : a.tok >= first.tokEnd && a.tokEnd <= second.npTok ? 'between' : 'inside';
  // The nearer party and what lies between it and the sum.
  const gapA = a.tok >= first.tokEnd ? a.tok - first.tokEnd : first.npTok - a.tokEnd;
  const gapB = a.tok >= second.tokEnd ? a.tok - second.tokEnd : second.npTok - a.tokEnd;
  const near = Math.max(0, Math.min(Math.abs(gapA), Math.abs(gapB)));
  f.push(`pu:${pos}_${x.use}`, `pos:${pos}`, `d:${bucket(near)}`, `pd:${pos}_${bucket(near)}`, `t:${type}`, `tp:${type}_${pos}`, `dir:${forward ? 'f' : 'b'}_${pos}`);
  // Other companies between the sum and the pair.
  const [gapFrom, gapTo] = pos === 'before' ? [a.tokEnd, first.npTok] : pos === 'after' ? [second.tokEnd, a.tok] : [a.tok, a.tok];
  let orgs = 0;
  for (let j = gapFrom; j < gapTo; j++) if (v.mentionAt[j] && v.mentionAt[j] !== v.mentionAt[j - 1] && v.mentionAt[j] !== first && v.mentionAt[j] !== second) orgs++;
  f.push(`ob:${Math.min(orgs, 2)}`);
  // The words right before and after the sum.
  f.push(...windowFeatures(v, a.tok, a.tokEnd, lo, hi));
  let lc = '';
  for (let j = a.tok - 1; j >= lo && j >= a.tok - 5; j--) {
    const w = wordAt(v, j);
    if (!SKIP.has(w) && w !== ',') {
      lc = w;
      break;
    }
  }
  if (lc) f.push(`lc:${lc}`);
  let rc = '';
  for (let j = a.tokEnd; j < hi && j < a.tokEnd + 4; j++) {
    const w = wordAt(v, j);
    if (!SKIP.has(w) && w !== ',' && w !== 'in') {
      rc = w;
      break;
    }
  }
  if (rc) f.push(`rc:${rc}`);
  let figure = false;
  for (let j = Math.max(lo, a.tok - FIGURE_REACH); j < Math.min(hi, a.tokEnd + FIGURE_REACH); j++) {
    if (j >= a.tok && j < a.tokEnd) continue;
    if (FIGURE_WORDS.has(v.tokens[j]!.lower)) figure = true;
  }
  f.push(figure ? 'fig' : 'nofig');
  f.push(`n:${Math.min(count, 3)}`, `nall:${Math.min(countIn(v, c.sentence), 4)}`, `q:${a.value.qualifier}`, `mag:${magnitude(a.value)}`);
  if (a.value.lower !== null && a.value.upper !== null && a.value.lower !== a.value.upper) f.push('range');
  if (v.sentences[c.sentence]!.heading) f.push('heading');
  return f;
}

function countIn(v: DocView, s: number): number {
  let n = 0;
  for (const a of v.amounts) if (a.sentence === s) n++;
  return n;
}
