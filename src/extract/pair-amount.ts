/** The learned amount attacher: which sum of its sentence, if any, a back-off claim's deal is worth. */
import type { Amount } from '../core/amount.js';
import type { DealType } from '../core/deal-type.js';
import type { DocView, ValueSpan } from './doc-view.js';
import { amountCandidates, amountFeatures } from './pair-amount-features.js';
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
 * The sum of the pair's sentence the model is surest is the deal's, if it reaches the model's
 * threshold; null otherwise (a wrong figure misleads more than a missing one).
 * @example attachAmount(v, cand, 'loan', true, usedAmountStarts(frames), findFigures(v).taken, model)?.amount.value.text
 */
export function attachAmount(
  v: DocView,
  cand: PairCandidate,
  type: DealType,
  forward: boolean,
  usedStarts: ReadonlySet<number>,
  taken: ReadonlySet<ValueSpan<Amount>>,
  model: PairModel,
): AmountChoice | null {
  const sums = amountCandidates(v, cand.sentence, usedStarts, taken);
  if (!sums.length) return null;
  const yes = amountClassIndex(model);
  if (yes < 0) return null;
  let best: AmountChoice | null = null;
  for (const a of sums) {
    const p = classProbabilities(model, amountFeatures(v, cand, a, type, forward, sums.length))[yes]!;
    if (p >= model.threshold && (!best || p > best.probability)) best = { amount: a, probability: p };
  }
  return best;
}

/** The index of the "amount" class, -1 when the model has none (a model trained without positives). */
function amountClassIndex(m: PairModel): number {
  for (let c = 0; c < m.classes.length; c++) if (m.classes[c]!.type) return c;
  return -1;
}
