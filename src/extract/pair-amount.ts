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
 * The sum the model is surest is the deal's: of the claim's own sentence (`cand.sentence`) if one reaches the
 * model's threshold, else of a nearby sentence or the headline if one reaches its stricter `otherThreshold`
 * (a model without one reads the own sentence only); null otherwise (a wrong figure misleads more than a missing one).
 * `forward` says the deal runs from `cand.first` to `cand.second`.
 * @example attachAmount(v, best, 'loan', true, sumUsage(frames), findFigures(v).taken, model)?.amount.value.text
 */
export function attachAmount(
  v: DocView,
  cand: PairCandidate,
  type: DealType,
  forward: boolean,
  usage: ReadonlyMap<number, readonly Frame[]>,
  taken: ReadonlySet<ValueSpan<Amount>>,
  model: PairModel,
): AmountChoice | null {
  const yes = amountClassIndex(model);
  if (yes < 0) return null;
  const sums = sumCandidates(v, cand, usage, taken, model.otherThreshold !== undefined);
  if (!sums.length) return null;
  let own = 0;
  for (const x of sums) if (x.place === 'own') own++;
  let best: AmountChoice | null = null;
  let bestOther: AmountChoice | null = null;
  for (const x of sums) {
    const p = classProbabilities(model, amountFeatures(v, x, type, forward, own))[yes]!;
    if (x.place === 'own') {
      if (p >= model.threshold && (!best || p > best.probability)) best = { amount: x.sum, probability: p };
    } else if (p >= model.otherThreshold! && (!bestOther || p > bestOther.probability)) bestOther = { amount: x.sum, probability: p };
  }
  // NOTE: the own sentence first: a sum there the model is sure of beats any a neighbour states.
  return best ?? bestOther;
}

/** The index of the "amount" class, -1 when the model has none (a model trained without positives). */
function amountClassIndex(m: PairModel): number {
  for (let c = 0; c < m.classes.length; c++) if (m.classes[c]!.type) return c;
  return -1;
}
