/** Venture equity by its source: "Most of the equity, roughly $5 billion, has come from A and B" (the venture in context). */
import { objectAfter } from './frame-args.js';
import { amountIn } from './frame-values.js';
import { findWord, words } from './frame-words.js';
import { pairs, type FrameHandler } from './frame.js';
import { recentVenture } from './frames-structure.js';

const EQUITY = words('equity capital');

/**
 * "Most of the equity, roughly $5 billion, has come from Blue Owl and Primary Digital", "the capital
 * came from A": the sources are partners in the venture the sentences before name, for the amount
 * the subject states.
 */
export const equityFrom: FrameHandler = (c, k) => {
  const { v, s } = c;
  const t = v.tokens;
  if (!/^(come|came|comes|coming)$/.test(t[k]!.lower) || t[k + 1]?.lower !== 'from') return [];
  const first = v.sentTok[s]!;
  const noun = findWord(v, first, Math.min(k, first + 6), EQUITY);
  if (noun < 0) return [];
  const sources = objectAfter(v, s, k, words('from'), { maxGap: 1 }).filter((m) => !m.possessive);
  if (!sources.length) return [];
  const jv = recentVenture(c, first);
  if (!jv) return [];
  // NOTE: equity that "has come from" or "came from" a partner is paid in.
  const paid = t[k]!.lower === 'came' || /^(has|have|had)$/.test(t[k - 1]?.lower ?? '');
  return pairs(sources, [jv], { type: 'joint_venture', sentence: s, trigger: k, amount: amountIn(v, noun + 1, k, c.taken), strength: 0.6, ...(paid ? { status: 'completed' as const } : {}) });
};
