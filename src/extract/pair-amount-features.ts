/** The candidate sums of a back-off pair's sentence and the features the amount attacher reads for each. */
import type { Amount } from '../core/amount.js';
import type { DealType } from '../core/deal-type.js';
import type { DocView, ValueSpan } from './doc-view.js';
import type { Frame } from './frame.js';
import type { PairCandidate } from './pair-candidates.js';

/** Words near a sum that make it a company's own figure, not a deal's price. */
const FIGURE_WORDS = new Set([
  'valuation', 'valued', 'value', 'revenue', 'revenues', 'sales', 'market', 'capitalization', 'capitalisation', 'cap',
  'profit', 'profits', 'loss', 'losses', 'income', 'earnings', 'worth', 'turnover', 'backlog', 'cash', 'run-rate', 'annualized',
]);

/** Function words skipped when looking for the content word next to a sum. */
const SKIP = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'about', 'around', 'roughly', 'some', 'nearly', 'almost', 'over', 'more', 'than', 'up', 'to', 'at', 'least', 'approximately', 'as', 'much', 'much', 'under', 'less']);

/** How far (tokens) a figure word may sit from a sum and still colour it. */
const FIGURE_REACH = 4;

/**
 * The sums of a sentence a back-off pair may take: money values that no rule frame of the document
 * carries and that company figures did not take, in text order.
 * @example amountCandidates(v, 3, usedStarts, taken).map((a) => a.value.text)
 */
export function amountCandidates(
  v: DocView,
  sentence: number,
  usedStarts: ReadonlySet<number>,
  taken: ReadonlySet<ValueSpan<Amount>>,
): ValueSpan<Amount>[] {
  const out: ValueSpan<Amount>[] = [];
  for (const a of v.amounts) {
    if (a.sentence !== sentence || usedStarts.has(a.start) || taken.has(a)) continue;
    out.push(a);
  }
  return out;
}

/** The character starts of the sums the rules' frames carry (the back-off must not take another deal's money). */
export function usedAmountStarts(frames: readonly Frame[]): Set<number> {
  const out = new Set<number>();
  for (const f of frames) if (f.amount) out.add(f.amount.start);
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

function wordAt(v: DocView, j: number): string {
  return v.mentionAt[j] ? 'ORG' : v.tokens[j]!.lower;
}

/**
 * The features of one sum for one pair whose deal the pair model read as `type`, running first → second
 * when `forward`. `count` is how many candidate sums the sentence has.
 * @example amountFeatures(v, cand, sum, 'equity_investment', true, 1) // ["bias", "pos:between", "l1:for", ...]
 */
export function amountFeatures(v: DocView, c: PairCandidate, a: ValueSpan<Amount>, type: DealType, forward: boolean, count: number): string[] {
  const f: string[] = ['bias'];
  const lo = v.sentTok[c.sentence]!;
  const hi = v.sentTok[c.sentence + 1]!;
  const first = c.first;
  const second = c.second;
  const pos = a.tokEnd <= first.npTok ? 'before' : a.tok >= second.tokEnd ? 'after' : a.tok >= first.tokEnd && a.tokEnd <= second.npTok ? 'between' : 'inside';
  // The nearer party and what lies between it and the sum.
  const gapA = a.tok >= first.tokEnd ? a.tok - first.tokEnd : first.npTok - a.tokEnd;
  const gapB = a.tok >= second.tokEnd ? a.tok - second.tokEnd : second.npTok - a.tokEnd;
  const near = Math.max(0, Math.min(Math.abs(gapA), Math.abs(gapB)));
  f.push(`pos:${pos}`, `d:${bucket(near)}`, `pd:${pos}_${bucket(near)}`, `t:${type}`, `tp:${type}_${pos}`, `dir:${forward ? 'f' : 'b'}_${pos}`);
  // Other companies between the sum and the pair.
  const [x, y] = pos === 'before' ? [a.tokEnd, first.npTok] : pos === 'after' ? [second.tokEnd, a.tok] : [a.tok, a.tok];
  let orgs = 0;
  for (let j = x; j < y; j++) if (v.mentionAt[j] && v.mentionAt[j] !== v.mentionAt[j - 1] && v.mentionAt[j] !== first && v.mentionAt[j] !== second) orgs++;
  f.push(`ob:${Math.min(orgs, 2)}`);
  // The words right before and after the sum.
  const l1 = a.tok - 1 >= lo ? wordAt(v, a.tok - 1) : '<s>';
  const l2 = a.tok - 2 >= lo ? wordAt(v, a.tok - 2) : '<s>';
  const r1 = a.tokEnd < hi ? wordAt(v, a.tokEnd) : '</s>';
  const r2 = a.tokEnd + 1 < hi ? wordAt(v, a.tokEnd + 1) : '</s>';
  f.push(`l1:${l1}`, `l2:${l2}_${l1}`, `r1:${r1}`, `r2:${r1}_${r2}`);
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
