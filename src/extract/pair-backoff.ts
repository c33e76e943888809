/** The learned back-off: low-strength frames for company pairs of one sentence that the rules left unlinked. */
import { findFigures } from './company-figures.js';
import type { DocView } from './doc-view.js';
import { readStatus } from './frame-status.js';
import { partyKeyOf, usable, type Frame } from './frame.js';
import { attachAmount } from './pair-amount.js';
import { sumUsage } from './pair-amount-features.js';
import { PAIR_AMOUNT_WEIGHTS } from './pair-amount-weights.js';
import { pairCandidates, pairKey, type PairCandidate } from './pair-candidates.js';
import { pairFeatures } from './pair-features.js';
import { bestDealClass, featureWeight, loadPairModel, type PairModel, type PairScore } from './pair-model.js';
import { PAIR_WEIGHTS } from './pair-weights.js';

/** How much a back-off frame is worth: below every rule, so its claims carry low confidence. */
export const BACKOFF_STRENGTH = 0.3;

/** A candidate with the features the model reads. */
export interface FeaturedCandidate {
  readonly cand: PairCandidate;
  readonly features: string[];
}

/** Every unlinked pair of the document with its features (shared by extraction and training). */
export function featuredCandidates(v: DocView, frames: readonly Frame[], withLinked = false): FeaturedCandidate[] {
  const cands = pairCandidates(v, frames, withLinked);
  if (!cands.length) return [];
  const bySentence = new Map<number, Frame[]>();
  for (const f of frames) {
    const list = bySentence.get(f.sentence);
    if (list) list.push(f);
    else bySentence.set(f.sentence, [f]);
  }
  // NOTE: document-level evidence: a pair named together in several sentences, or a party the text
  // keeps returning to, is far likelier to be a deal than one passing co-mention.
  const together = new Map<string, number>();
  for (const c of cands) {
    const key = unordered(c);
    together.set(key, (together.get(key) ?? 0) + 1);
  }
  const salience = partySalience(v);
  return cands.map((cand) => {
    const features = pairFeatures(v, cand, otherFrames(v, bySentence.get(cand.sentence), cand));
    const n = together.get(unordered(cand))!;
    features.push(`co:${n >= 3 ? '3' : n}`, `na:${bucket(salience.get(cand.firstKey) ?? 0)}`, `nb:${bucket(salience.get(cand.secondKey) ?? 0)}`);
    return { cand, features };
  });
}

/** The sentence's frames that do not link the candidate's own parties. */
function otherFrames(v: DocView, frames: readonly Frame[] | undefined, c: PairCandidate): readonly Frame[] {
  if (!frames || !c.linked) return frames ?? [];
  return frames.filter((f) => {
    const a = f.from ? partyKeyOf(v, f.from) : '';
    const b = f.to ? partyKeyOf(v, f.to) : '';
    return !((a === c.firstKey && b === c.secondKey) || (a === c.secondKey && b === c.firstKey));
  });
}

const unordered = (c: PairCandidate): string => pairKey(c.firstKey, c.secondKey);
const bucket = (n: number): string => (n >= 6 ? '6' : n >= 3 ? '3' : String(n));

/** How many sentences mention each party. */
function partySalience(v: DocView): Map<string, number> {
  const out = new Map<string, number>();
  const last = new Map<string, number>();
  for (const m of v.mentions) {
    if (!usable(m)) continue;
    const k = partyKeyOf(v, m);
    if (last.get(k) === m.sentence) continue;
    last.set(k, m.sentence);
    out.set(k, (out.get(k) ?? 0) + 1);
  }
  return out;
}

let shipped: PairModel | null = null;

/** The model trained on the dev sets, loaded on first use. */
export function shippedPairModel(): PairModel {
  shipped ??= { ...loadPairModel(PAIR_WEIGHTS), amount: loadPairModel(PAIR_AMOUNT_WEIGHTS) };
  return shipped;
}

/**
 * Frames for the unlinked pairs the model scores above its threshold, one per party pair and class.
 * @example [...frames, ...pairBackoffFrames(v, frames, shippedPairModel())]
 */
export function pairBackoffFrames(v: DocView, frames: readonly Frame[], model: PairModel): Frame[] {
  // NOTE: one frame per party pair and class, from the sentence the model is surest of: the other
  // sentences that name the pair mostly tell other things, and their amounts and tenses would leak in.
  const best = new Map<string, { cand: PairCandidate; score: PairScore }>();
  for (const { cand, features } of featuredCandidates(v, frames)) {
    const score = bestDealClass(model, features);
    if (!score || score.probability < model.threshold || !score.cls.type) continue;
    const key = `${unordered(cand)}|${score.index}`;
    const prev = best.get(key);
    if (!prev || score.probability > prev.score.probability) best.set(key, { cand, score });
  }
  const out: Frame[] = [];
  // NOTE: built only when a frame may take a sum; findFigures is cached on the view.
  let usage: Map<number, Frame[]> | null = null;
  let taken: ReturnType<typeof findFigures>['taken'] | null = null;
  for (const { cand, score } of best.values()) {
    const [from, to] = score.cls.forward ? [cand.first, cand.second] : [cand.second, cand.first];
    const status = model.statuses[score.index] ?? null;
    let amount = null;
    if (model.amount) {
      usage ??= sumUsage(frames);
      taken ??= findFigures(v).taken;
      // NOTE: the own sentence's sums, then (stricter) its paragraph neighbours' and the headline's (docs/extraction-backoff.md).
      amount = attachAmount(v, cand, score.cls.type!, score.cls.forward, usage, taken, model.amount)?.amount ?? null;
    }
    const frame: Frame = {
      type: score.cls.type!,
      from,
      to,
      sentence: cand.sentence,
      trigger: triggerOf(v, cand, model, score.index),
      // NOTE: only the sum the amount attacher is sure of: half the sums a guessed pair could reach in its sentence
      // are another deal's, and a wrong figure misleads more than a missing one (merge-claims lends it none either).
      amount,
      strength: BACKOFF_STRENGTH,
      learned: true,
    };
    // NOTE: the sentence's own tense and hedges decide ("is to spend", "could", "signed"), read by merge-claims as for a
    // rule; the class's usual gold status only when the words say nothing (weight 0): as the frame's fixed status it
    // would outrank tense and plans, and a plan would no longer yield to the document's talks.
    out.push(status && readStatus(v, frame, -1).weight === 0 ? { ...frame, status } : frame);
  }
  return out;
}

/** The word between the mentions that weighs most for the class, else the first mention's first token. */
function triggerOf(v: DocView, c: PairCandidate, m: PairModel, cls: number): number {
  let best = c.first.tok;
  let bestW = 0;
  for (let j = c.first.tokEnd; j < c.second.tok; j++) {
    if (v.mentionAt[j]) continue;
    const w = featureWeight(m, `w:${v.tokens[j]!.lower}`, cls);
    if (w > bestW) {
      best = j;
      bestW = w;
    }
  }
  return best;
}
