/** Stress, second measure: DebtRank (Battiston et al. 2012), distress spreading from debtors to creditors. */
import { InputError } from '../core/errors.js';
import type { EntityId } from '../core/ids.js';
import type { GraphView } from './graph-view.js';
import { obligationNetwork } from './obligations.js';

export interface DebtRankOptions {
  /** Equity (loss-absorbing buffer) per company; default max(0, claims − obligations) + buffer · obligations. */
  readonly equity?: ReadonlyMap<EntityId, bigint | number>;
  /** Extra buffer as a share of obligations for the default equity (default 0). */
  readonly buffer?: number;
}

export interface CompanyDistress {
  readonly id: EntityId;
  /** Final distress, 0..1 (1 = its equity is wiped out). */
  readonly distress: number;
  /** The step at which it first became distressed: 0 for shocked companies, null if never. */
  readonly step: number | null;
}

export interface DebtRankResult {
  /** Distressed companies first (most distressed first), then by id. */
  readonly companies: readonly CompanyDistress[];
  /** Σ distress × economic weight, minus the initial shock's share: the loss caused by contagion, 0..1. */
  readonly debtRank: number;
  /** Steps of contagion: the last step at which a company first became distressed. */
  readonly steps: number;
}

/**
 * DebtRank with each company propagating distress once. A shock `COMPANY → 0.5` (pays half) starts it
 * at distress 0.5. The impact of debtor i on creditor j is min(1, what i owes j / j's equity); economic
 * weights are shares of total obligations owed to each company.
 * @example debtRank(view, new Map([[entityId('openai'), 0.5]])).debtRank
 */
export function debtRank(view: GraphView, shocks: ReadonlyMap<EntityId, number>, options: DebtRankOptions = {}): DebtRankResult {
  const net = obligationNetwork(view);
  const { n, ids, outStart, outTo, outAmount, owed, claims } = net;
  const buffer = options.buffer ?? 0;
  if (!(buffer >= 0)) throw new InputError(`debtrank: buffer ${buffer} must be non-negative`, { option: 'buffer' });
  const equity = new Float64Array(n);
  for (let u = 0; u < n; u++) equity[u] = Math.max(0, claims[u]! - owed[u]!) + buffer * owed[u]!;
  for (const [id, value] of options.equity ?? []) {
    const u = net.indexOf.get(id);
    if (u !== undefined) equity[u] = Number(value);
  }
  let h = new Float64Array(n);
  const step = new Int32Array(n).fill(-1);
  // 0 undistressed, 1 distressed (propagates next step), 2 inactive
  const state = new Uint8Array(n);
  for (const [id, paid] of shocks) {
    const u = net.indexOf.get(id);
    if (u === undefined) throw new InputError(`debtrank: "${id}" has no obligations or claims in this view`, { company: id });
    if (!(paid >= 0 && paid <= 1)) throw new InputError(`debtrank: ${id}=${paid} must be a share between 0 and 1`, { company: id, value: paid });
    h[u] = 1 - paid;
    if (h[u]! > 0) {
      state[u] = 1;
      step[u] = 0;
    }
  }
  let total = 0;
  for (let u = 0; u < n; u++) total += claims[u]!;
  const weight = (u: number) => (total > 0 ? claims[u]! / total : 0);
  let initial = 0;
  for (let u = 0; u < n; u++) initial += h[u]! * weight(u);

  let steps = 0;
  let next = new Float64Array(n);
  for (;;) {
    let active = false;
    next.set(h);
    for (let i = 0; i < n; i++) {
      if (state[i] !== 1) continue;
      active = true;
      for (let k = outStart[i]!; k < outStart[i + 1]!; k++) {
        const j = outTo[k]!;
        if (state[j] === 2) continue;
        const impact = equity[j]! > 0 ? Math.min(1, outAmount[k]! / equity[j]!) : outAmount[k]! > 0 ? 1 : 0;
        next[j] = Math.min(1, next[j]! + impact * h[i]!);
      }
    }
    if (!active) break;
    steps++;
    for (let u = 0; u < n; u++) {
      if (state[u] === 1) state[u] = 2;
      else if (state[u] === 0 && next[u]! > 0) {
        state[u] = 1;
        step[u] = steps;
      }
    }
    [h, next] = [next, h];
  }
  let final = 0;
  const distressed: CompanyDistress[] = [];
  const calm: CompanyDistress[] = [];
  for (let u = 0; u < n; u++) {
    final += h[u]! * weight(u);
    (h[u]! > 0 ? distressed : calm).push({ id: ids[u]!, distress: h[u]!, step: step[u]! >= 0 ? step[u]! : null });
  }
  // NOTE: node ids are sorted, so only the distressed companies need sorting.
  distressed.sort((a, b) => b.distress - a.distress || (a.id < b.id ? -1 : 1));
  const companies = distressed.concat(calm);
  let depth = 0;
  for (let u = 0; u < n; u++) depth = Math.max(depth, step[u]!);
  return { companies, debtRank: final - initial, steps: depth };
}
