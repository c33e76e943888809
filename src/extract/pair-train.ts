/** Training the pair model: deterministic multinomial logistic regression over string features, and the generated module. */
import type { PairModelData } from './pair-model.js';

/**
 * The gold sets the pair model may learn from, and no others. The closed sets (holdout, wire,
 * dispatch and any later one) must never be read for training: they measure unseen text.
 */
export const PAIR_TRAINING_SETS: readonly string[] = ['articles', 'unseen', 'phrasings', 'fresh', 'phrasings2', 'press'];

/** One training candidate: its features and the deal classes the gold gives it (empty: none). */
export interface PairExample {
  readonly features: readonly string[];
  readonly labels: readonly string[];
  /** The gold status of each label's deal, in the order of `labels` (optional). */
  readonly statuses?: readonly string[];
}

export interface TrainOptions {
  /** L2 penalty per weight, summed over the data (not averaged). */
  readonly l2: number;
  /** Full-batch AdaGrad steps. */
  readonly iterations: number;
  /** AdaGrad step size. */
  readonly rate: number;
  /** A feature must occur in this many examples to get weights. */
  readonly minCount: number;
  /** Weights smaller than this (absolute) are dropped from the shipped data. */
  readonly prune: number;
  readonly threshold: number;
  /** The amount attacher only: the probability a sum of another sentence needs (absent: such sums are not read). */
  readonly otherThreshold?: number;
}

/** Chosen by the mean held-out F1 gain over leave-one-set-out runs (docs/extraction-backoff.md). */
export const DEFAULT_TRAIN_OPTIONS: TrainOptions = { l2: 3, iterations: 150, rate: 0.5, minCount: 2, prune: 0.05, threshold: 0.4 };

/** The amount attacher's settings, chosen by the mean held-out amount accuracy and wrong figures (docs/extraction-backoff.md). */
export const DEFAULT_AMOUNT_OPTIONS: TrainOptions = { l2: 0.3, iterations: 150, rate: 0.5, minCount: 2, prune: 0.05, threshold: 0.7, otherThreshold: 0.8 };

/** Round to 3 decimals so the generated text is short and stable. */
const round3 = (x: number): number => Math.round(x * 1e3) / 1e3;

/**
 * Train on examples in the given order. The result depends only on the examples and options:
 * feature and class ids come from sorted names, and every sum runs in a fixed order.
 * @example trainPairModel([{ features: ['bias', 'w:buys'], labels: ['acquisition>'] }], DEFAULT_TRAIN_OPTIONS)
 */
export function trainPairModel(examples: readonly PairExample[], opts: TrainOptions): PairModelData {
  const count = new Map<string, number>();
  const labelSet = new Set<string>();
  for (const ex of examples) {
    for (const f of new Set(ex.features)) count.set(f, (count.get(f) ?? 0) + 1);
    for (const l of ex.labels) labelSet.add(l);
  }
  const names = [...count.keys()].filter((f) => count.get(f)! >= opts.minCount).sort();
  const id = new Map(names.map((n, i) => [n, i]));
  const classes = ['none', ...[...labelSet].sort()];
  const cid = new Map(classes.map((c, i) => [c, i]));
  const K = classes.length;
  const F = names.length;
  // One row per (example, label): a candidate with two gold deals counts once for each.
  const rows: { ids: Int32Array; y: number }[] = [];
  for (const ex of examples) {
    const ids = Int32Array.from(ex.features.map((f) => id.get(f) ?? -1).filter((i) => i >= 0));
    const ys = ex.labels.length ? ex.labels : ['none'];
    for (const l of ys) rows.push({ ids, y: cid.get(l)! });
  }
  const W = new Float64Array(F * K);
  const G = new Float64Array(F * K);
  const grad = new Float64Array(F * K);
  const z = new Float64Array(K);
  for (let it = 0; it < opts.iterations; it++) {
    for (let i = 0; i < F * K; i++) grad[i] = opts.l2 * W[i]!;
    for (const r of rows) {
      z.fill(0);
      for (const f of r.ids) for (let c = 0; c < K; c++) z[c]! += W[f * K + c]!;
      let max = -Infinity;
      for (let c = 0; c < K; c++) if (z[c]! > max) max = z[c]!;
      let sum = 0;
      for (let c = 0; c < K; c++) sum += z[c] = Math.exp(z[c]! - max);
      for (let c = 0; c < K; c++) z[c] = z[c]! / sum - (c === r.y ? 1 : 0);
      for (const f of r.ids) for (let c = 0; c < K; c++) grad[f * K + c]! += z[c]!;
    }
    for (let i = 0; i < F * K; i++) {
      const g = grad[i]!;
      if (g === 0) continue;
      G[i]! += g * g;
      W[i]! -= (opts.rate * g) / Math.sqrt(G[i]!);
    }
  }
  // The most frequent gold status of each class (ties: the first in sorted order).
  const tallies = classes.map(() => new Map<string, number>());
  for (const ex of examples) ex.labels.forEach((l, i) => {
    const st = ex.statuses?.[i];
    if (st) tallies[cid.get(l)!]!.set(st, (tallies[cid.get(l)!]!.get(st) ?? 0) + 1);
  });
  const statuses = tallies.map((t, c) => (c === 0 ? '' : [...t].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))[0]?.[0] ?? ''));
  const keptNames: string[] = [];
  const offsets = [0];
  const cls: number[] = [];
  const w: number[] = [];
  for (let f = 0; f < F; f++) {
    let any = false;
    for (let c = 0; c < K; c++) {
      const x = round3(W[f * K + c]!);
      if (Math.abs(x) < opts.prune) continue;
      cls.push(c);
      w.push(x);
      any = true;
    }
    if (!any) continue;
    keptNames.push(names[f]!);
    offsets.push(cls.length);
  }
  return { classes, features: keptNames.join('\n'), offsets, cls, w, threshold: opts.threshold, ...(opts.otherThreshold === undefined ? {} : { otherThreshold: opts.otherThreshold }), statuses };
}

/** The generated TypeScript module that ships a model (byte-identical for identical data). */
export function renderWeightsModule(data: PairModelData, provenance: string, name = 'PAIR_WEIGHTS', what = 'The pair model'): string {
  const nums = (xs: readonly number[]) => xs.map((x) => String(x)).join(',');
  return [
    `/** Generated by scripts/train-pair-model.js (${provenance}); do not edit by hand: retrain. */`,
    "import type { PairModelData } from './pair-model.js';",
    '',
    `/** ${what} trained on the dev gold sets (see docs/extraction-backoff.md). */`,
    `export const ${name}: PairModelData = {`,
    `  classes: ${JSON.stringify(data.classes)},`,
    `  features: ${JSON.stringify(data.features)},`,
    `  offsets: [${nums(data.offsets)}],`,
    `  cls: [${nums(data.cls)}],`,
    `  w: [${nums(data.w)}],`,
    `  threshold: ${data.threshold},`,
    ...(data.otherThreshold === undefined ? [] : [`  otherThreshold: ${data.otherThreshold},`]),
    `  statuses: ${JSON.stringify(data.statuses ?? [])},`,
    ...(data.sets ? [`  sets: ${JSON.stringify(data.sets)},`] : []),
    '};',
    '',
  ].join('\n');
}
