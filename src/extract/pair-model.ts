/** The learned pair model: compact weight data, loaded once into a feature-id map and typed arrays, and scored. */
import type { DealStatus } from '../core/deal-status.js';
import type { DealType } from '../core/deal-type.js';

/**
 * The weights as a generated module ships them: feature names joined by "\n", and for feature i
 * the (class, weight) entries at [offsets[i], offsets[i + 1]) of `cls` and `w`.
 */
export interface PairModelData {
  /** "none" first, then "TYPE>" (first → second) and "TYPE<" (second → first). */
  readonly classes: readonly string[];
  readonly features: string;
  readonly offsets: readonly number[];
  readonly cls: readonly number[];
  readonly w: readonly number[];
  /** The probability a deal class needs before the back-off speaks. */
  readonly threshold: number;
  /** The amount attacher only: the probability a sum of another sentence needs (absent: only the own sentence's sums). */
  readonly otherThreshold?: number;
  /** Per class, the status its gold deals most often have ("" for none). */
  readonly statuses?: readonly string[];
  /** The gold sets it was trained on (a test checks no closed set is among them). */
  readonly sets?: readonly string[];
}

/** One class of the model: no deal, or a deal type in one direction. */
export interface PairClass {
  readonly type: DealType | null;
  /** True when the deal runs from the first mention to the second. */
  readonly forward: boolean;
}

/** A model ready to score: feature ids from a Map, weights in typed arrays. */
export interface PairModel {
  readonly classes: readonly PairClass[];
  readonly ids: ReadonlyMap<string, number>;
  readonly offsets: Int32Array;
  readonly cls: Uint8Array;
  readonly w: Float64Array;
  readonly threshold: number;
  /** The amount attacher only: the probability a sum of another sentence needs; absent, those sums are not read. */
  readonly otherThreshold?: number;
  /** Per class, the usual gold status of its deals, or null. */
  readonly statuses: readonly (DealStatus | null)[];
  /** The amount attacher (pair-amount.ts) for the frames this model proposes; without it they carry no amount. */
  readonly amount?: PairModel;
}

/** The best deal class of a candidate and its probability. */
export interface PairScore {
  readonly index: number;
  readonly cls: PairClass;
  readonly probability: number;
}

/** Read a class label ("none", "loan>", "equity_investment<"). */
export function parseClass(label: string): PairClass {
  if (label === 'none') return { type: null, forward: true };
  return { type: label.slice(0, -1) as DealType, forward: label.endsWith('>') };
}

/** Turn shipped data into a model; `threshold` and `otherThreshold` override the data's own. */
export function loadPairModel(data: PairModelData, threshold = data.threshold, otherThreshold = data.otherThreshold): PairModel {
  const names = data.features ? data.features.split('\n') : [];
  const ids = new Map<string, number>();
  for (let i = 0; i < names.length; i++) ids.set(names[i]!, i);
  return {
    classes: data.classes.map(parseClass),
    ids,
    offsets: Int32Array.from(data.offsets),
    cls: Uint8Array.from(data.cls),
    w: Float64Array.from(data.w),
    threshold,
    ...(otherThreshold === undefined ? {} : { otherThreshold }),
    statuses: data.classes.map((_, i) => (data.statuses?.[i] || null) as DealStatus | null),
  };
}

/** The softmax class probabilities of a feature list (unknown features count for nothing). */
export function classProbabilities(m: PairModel, features: readonly string[]): Float64Array {
  const k = m.classes.length;
  const z = new Float64Array(k);
  for (const name of features) add(m, z, name);
  let max = -Infinity;
  for (let c = 0; c < k; c++) if (z[c]! > max) max = z[c]!;
  let sum = 0;
  for (let c = 0; c < k; c++) sum += z[c] = Math.exp(z[c]! - max);
  for (let c = 0; c < k; c++) z[c]! /= sum;
  return z;
}

function add(m: PairModel, z: Float64Array, name: string): void {
  const id = m.ids.get(name);
  if (id === undefined) return;
  for (let e = m.offsets[id]!; e < m.offsets[id + 1]!; e++) z[m.cls[e]!]! += m.w[e]!;
}

/** The most probable deal class (never "none") with its probability, or null for a model without deal classes. */
export function bestDealClass(m: PairModel, features: readonly string[]): PairScore | null {
  const p = classProbabilities(m, features);
  let best = -1;
  for (let c = 0; c < p.length; c++) if (m.classes[c]!.type && (best < 0 || p[c]! > p[best]!)) best = c;
  return best < 0 ? null : { index: best, cls: m.classes[best]!, probability: p[best]! };
}

/** The weight a feature carries for one class (0 when absent). */
export function featureWeight(m: PairModel, name: string, cls: number): number {
  const id = m.ids.get(name);
  if (id === undefined) return 0;
  for (let e = m.offsets[id]!; e < m.offsets[id + 1]!; e++) if (m.cls[e] === cls) return m.w[e]!;
  return 0;
}
