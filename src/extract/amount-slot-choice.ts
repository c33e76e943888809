/** Choosing the one open deal a loose figure belongs to: the best-scoring slot, and only when no other slot ties with it. */
import type { Amount } from '../core/amount.js';
import type { AmountSlot } from './amount-fill.js';

/** Per-share prices and small sums are not deal sizes. */
const MIN_DEAL = 1_000_000;

/** True when the amount could size a deal: stated, not undisclosed, and at least a million. */
export function isDealSized(a: Amount): boolean {
  const n = Number(a.upper ?? a.lower ?? a.point ?? '0');
  return a.qualifier !== 'none' && a.qualifier !== 'undisclosed' && n >= MIN_DEAL;
}

/**
 * The slot with the lowest score (null scores are out of reach), or null when none is in reach or
 * two share the lowest score: a figure two deals could own goes to neither.
 */
export function uniqueBestSlot(slots: readonly AmountSlot[], score: (sl: AmountSlot) => number | null): AmountSlot | null {
  let best: AmountSlot | null = null;
  let bestScore = Infinity;
  let tie = false;
  for (const sl of slots) {
    const s = score(sl);
    if (s === null) continue;
    if (s < bestScore) {
      best = sl;
      bestScore = s;
      tie = false;
    } else if (s === bestScore) tie = true;
  }
  return tie ? null : best;
}
