/** Stress: the Eisenberg–Noe clearing vector when some companies pay only part of what they owe. */
import { InputError } from '../core/errors.js';
import type { EntityId } from '../core/ids.js';
import type { GraphView } from './graph-view.js';
import { obligationNetwork } from './obligations.js';

export interface StressOptions {
  /**
   * Outside resources per company (currency units). By default each company has just enough to
   * meet its obligations if everyone pays it in full: max(0, obligations − claims). So with no
   * shock everyone pays in full, and any shortfall is contagion from the shock.
   */
  readonly external?: ReadonlyMap<EntityId, bigint | number>;
  /** Extra resources for every company as a share of its obligations (default 0). */
  readonly buffer?: number;
  readonly maxIterations?: number;
  /** Stop when no payment moves by more than this many currency units (default 0.5). */
  readonly tolerance?: number;
}

export interface CompanyStress {
  readonly id: EntityId;
  /** What it owes in total (p̄). */
  readonly obligations: number;
  readonly paid: number;
  readonly shortfall: number;
  /** paid / obligations; 1 for companies that owe nothing. */
  readonly ratio: number;
  readonly shocked: boolean;
  /** The contagion round in which it first fell short: 0 for shocked companies, null if never. */
  readonly round: number | null;
}

export interface StressResult {
  /** Companies with obligations or claims, those short first (largest shortfall first), then by id. */
  readonly companies: readonly CompanyStress[];
  /** Ids of companies that pay less than they owe, shocked ones included. */
  readonly defaulted: readonly EntityId[];
  readonly totalShortfall: number;
  /** Rounds of contagion: the largest round at which a company first fell short. */
  readonly rounds: number;
  readonly iterations: number;
  /** Largest payment change in the last iteration (currency units). */
  readonly residual: number;
  readonly converged: boolean;
}

/**
 * The greatest Eisenberg–Noe clearing vector by Picard iteration from full payment: each company
 * pays min(its cap, its outside resources + what it receives), shared among its creditors in
 * proportion to what it owes them. A shock `COMPANY → 0.5` caps that company at 50 % of its
 * obligations. The iteration decreases monotonically; round t is the first iteration at which a
 * company falls short, i.e. how many steps of contagion it is from the shock.
 * @example eisenbergNoe(view, new Map([[entityId('openai'), 0.5]])).defaulted
 */
export function eisenbergNoe(view: GraphView, shocks: ReadonlyMap<EntityId, number>, options: StressOptions = {}): StressResult {
  const net = obligationNetwork(view);
  const { n, ids, inStart, inFrom, inAmount, owed, claims } = net;
  const maxIterations = options.maxIterations ?? 10_000;
  const tolerance = options.tolerance ?? 0.5;
  const buffer = options.buffer ?? 0;
  if (!(Number.isInteger(maxIterations) && maxIterations >= 1)) throw new InputError(`stress: maxIterations ${maxIterations} must be a positive integer`, { option: 'maxIterations' });
  if (!(tolerance >= 0)) throw new InputError(`stress: tolerance ${tolerance} must be non-negative`, { option: 'tolerance' });
  if (!(buffer >= 0)) throw new InputError(`stress: buffer ${buffer} must be non-negative`, { option: 'buffer' });

  const capRatio = new Float64Array(n).fill(1);
  const shocked = new Uint8Array(n);
  for (const [id, share] of shocks) {
    const u = net.indexOf.get(id);
    if (u === undefined) {
      throw new InputError(`stress: "${id}" has no obligations or claims in this view; check the id or the view's filters`, { company: id });
    }
    if (!(share >= 0 && share <= 1)) throw new InputError(`stress: ${id}=${share} must be a share between 0 and 1`, { company: id, value: share });
    capRatio[u] = share;
    shocked[u] = 1;
  }
  const external = new Float64Array(n);
  for (let u = 0; u < n; u++) external[u] = Math.max(0, owed[u]! - claims[u]!) + buffer * owed[u]!;
  for (const [id, value] of options.external ?? []) {
    const u = net.indexOf.get(id);
    if (u === undefined) continue;
    const x = Number(value);
    if (!(x >= 0)) throw new InputError(`stress: external resources for ${id} must be non-negative`, { company: id });
    external[u] = x;
  }

  // Iterate on payment ratios r = p / p̄, so that full payment is exactly 1 (sums of integers stay exact).
  let r = new Float64Array(n);
  let next = new Float64Array(n);
  const round = new Int32Array(n).fill(-1);
  for (let u = 0; u < n; u++) {
    r[u] = owed[u]! > 0 ? capRatio[u]! : 1;
    if (shocked[u] && capRatio[u]! < 1 && owed[u]! > 0) round[u] = 0;
  }
  let iterations = 0;
  let residual = Infinity;
  while (iterations < maxIterations && residual > tolerance) {
    iterations++;
    residual = 0;
    for (let u = 0; u < n; u++) {
      if (owed[u] === 0) {
        next[u] = 1;
        continue;
      }
      let received = external[u]!;
      for (let k = inStart[u]!; k < inStart[u + 1]!; k++) received += inAmount[k]! * r[inFrom[k]!]!;
      const ratio = Math.min(capRatio[u]!, received / owed[u]!);
      next[u] = ratio;
      const moved = (r[u]! - ratio) * owed[u]!;
      if (moved > residual) residual = moved;
      if (round[u] === -1 && (1 - ratio) * owed[u]! > tolerance) round[u] = iterations;
    }
    [r, next] = [next, r];
  }

  const shortOnes: CompanyStress[] = [];
  const others: CompanyStress[] = [];
  const defaulted: EntityId[] = [];
  let totalShortfall = 0;
  let rounds = 0;
  for (let u = 0; u < n; u++) {
    const paid = r[u]! * owed[u]!;
    const shortfall = owed[u]! - paid;
    const short = shortfall > tolerance;
    if (short) {
      defaulted.push(ids[u]!);
      totalShortfall += shortfall;
      rounds = Math.max(rounds, round[u]!);
    }
    (short ? shortOnes : others).push({
      id: ids[u]!, obligations: owed[u]!, paid, shortfall: short ? shortfall : 0, ratio: r[u]!,
      shocked: shocked[u] === 1, round: short ? Math.max(0, round[u]!) : null,
    });
  }
  // NOTE: node ids are sorted, so only the (few) short companies need sorting.
  shortOnes.sort((a, b) => b.shortfall - a.shortfall || (a.id < b.id ? -1 : 1));
  const companies = shortOnes.concat(others);
  return { companies, defaulted, totalShortfall, rounds, iterations, residual, converged: residual <= tolerance };
}
