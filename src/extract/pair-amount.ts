/** The learned amount attacher: which sum of its sentence, if any, a back-off claim's deal is worth. */
import type { Amount } from '../core/amount.js';
import type { DealType } from '../core/deal-type.js';
import type { DocView, ValueSpan } from './doc-view.js';
import type { Frame } from './frame.js';
import { amountFeatures, sumCandidates } from './pair-amount-features.js';
import type { PairCandidate } from './pair-candidates.js';
import { classProbabilities, type PairModel } from './pair-model.js';

/** The class a sum takes when it is the pair's deal's amount (the other class is "none"). */
export const AMOUNT_CLASS = 'amount>';

/** A chosen sum with the probability the model gave it. */
export interface AmountChoice {
  readonly amount: ValueSpan<Amount>;
  readonly probability: number;
}

/**
 * The sum of the sentences naming the pair (`cands`, the claim's own first) the model is surest is the
 * deal's, if it reaches the model's threshold; null otherwise (a wrong figure misleads more than a missing one).
 * `forward` says the deal runs from the first mention of `cands[0]` to its second.
 * @example attachAmount(v, [best, ...others], 'loan', true, sumUsage(frames), findFigures(v).taken, model)?.amount.value.text
 */
export function attachAmount(
  v: DocView,
  cands: readonly PairCandidate[],
  type: DealType,
  forward: boolean,
  usage: ReadonlyMap<number, readonly Frame[]>,
  taken: ReadonlySet<ValueSpan<Amount>>,
  model: PairModel,
): AmountChoice | null {
  const sums = sumCandidates(v, cands, usage, taken);
  if (!sums.length) return null;
  const yes = amountClassIndex(model);
  if (yes < 0) return null;
  const fromKey = forward ? cands[0]!.firstKey : cands[0]!.secondKey;
  let best: AmountChoice | null = null;
  for (const x of sums) {
    const p = classProbabilities(model, amountFeatures(v, x, type, x.cand.firstKey === fromKey, sums.length))[yes]!;
    if (p >= model.threshold && (!best || p > best.probability)) best = { amount: x.sum, probability: p };
  }
  return best;
}

/** The index of the "amount" class, -1 when the model has none (a model trained without positives). */
function amountClassIndex(m: PairModel): number {
  for (let c = 0; c < m.classes.length; c++) if (m.classes[c]!.type) return c;
  return -1;
}
