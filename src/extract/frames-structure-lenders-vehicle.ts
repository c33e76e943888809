/** Trigger handlers for lenders to a financing vehicle: "A and B are lining up to lend to the vehicle", "A and B are among the lenders" with the vehicle in context. */
import type { Amount } from '../core/amount.js';
import type { DocView, Mention, ValueSpan } from './doc-view.js';
import { agentBefore, agentsFrom, objectAfter } from './frame-args.js';
import { findWord, words } from './frame-words.js';
import { pairs, type FrameContext, type FrameHandler } from './frame.js';
import { recentVenture } from './frames-structure.js';
import { ventureAt } from './frames-venture-ref.js';

const LEND = words('lend lends lent lending');
const BE = words('are is were was');
const DEBT = words('debt loans loan borrowing borrowings bonds notes');
/** How many sentences back the debt's amount and the financing's progress are looked for. */
const WINDOW = 3;
const IN_TALKS = /\b(?:(?:is|are) (?:raising|seeking|arranging|lining up|in talks)|being (?:arranged|finali[sz]ed|negotiated))\b/i;
const DONE = /\b(?:closed|completed|finali[sz]ed)\b/i;

/**
 * "Apollo and Diameter are lining up to lend to the vehicle that will buy the chips": the lenders
 * lend to the vehicle or venture the words after "to" name (a known company is the loan handler's).
 */
export const lendToVehicle: FrameHandler = (c, k) => {
  const { v, s } = c;
  if (!LEND.has(v.tokens[k]!.lower) || v.tokens[k + 1]?.lower !== 'to') return [];
  const borrower = ventureAt(v, s, k + 2);
  const agent = agentBefore(v, s, k);
  if (!borrower || !agent) return [];
  return pairs(agentsFrom(v, agent), [borrower], { type: 'loan', sentence: s, trigger: k, amount: debtAmount(c, s), strength: 0.6, ...progress(c, s) });
};

/**
 * "Apollo and Diameter are among the lenders" after sentences that set up a vehicle ("arranged
 * through a special purpose vehicle"): the lenders lend to that vehicle. A borrower named after
 * "lenders to/for/of" is left to the general handler.
 */
export const lendersToVehicle: FrameHandler = (c, k) => {
  const { v, s } = c;
  const t = v.tokens;
  if (!/^lenders?$/.test(t[k]!.lower) || !/^(the|its)$/.test(t[k - 1]?.lower ?? '') || !/^(among|are|is|were|was)$/.test(t[k - 2]?.lower ?? '')) return [];
  if (objectAfter(v, s, k, words('to for of'), { maxGap: 2 }).length) return [];
  const agent = agentBefore(v, s, k);
  if (!agent || findWord(v, agent.tokEnd, k, BE) < 0) return [];
  const borrower = recentVenture(c, agent.tok) ?? recentVehicle(c, agent.tok);
  if (!borrower) return [];
  return pairs(agentsFrom(v, agent), [borrower], { type: 'loan', sentence: s, trigger: k, amount: debtAmount(c, s), strength: 0.55, ...progress(c, s) });
};

/** The last "vehicle" or "SPV" phrase in the sentences up to token k that resolves to a known vehicle. */
function recentVehicle(c: FrameContext, k: number): Mention | null {
  const { v, s } = c;
  for (let i = s; i >= Math.max(0, s - WINDOW); i--) {
    for (let j = i === s ? k - 1 : v.sentTok[i + 1]! - 1; j >= v.sentTok[i]!; j--) {
      if (!/^(vehicle|spv)$/.test(v.tokens[j]!.lower)) continue;
      const m = ventureAt(v, i, j);
      if (m) return m;
    }
  }
  return null;
}

/** The debt a financing in this or the last few sentences names: "$12.5 billion of debt", "up to $12.5 billion is debt". */
function debtAmount(c: FrameContext, s: number): ValueSpan<Amount> | null {
  const { v } = c;
  for (let i = s; i >= Math.max(0, s - WINDOW); i--) {
    for (let j = v.sentTok[i]!; j < v.sentTok[i + 1]!; j++) {
      const a = v.amountAt[j];
      if (a && a.tok === j && !c.taken.has(a) && isDebt(v, a.tokEnd)) return a;
    }
  }
  return null;
}

/** "of debt", "in new debt", "is debt", "of it debt" within three words after an amount. */
function isDebt(v: DocView, j: number): boolean {
  const link = v.tokens[j]?.lower ?? '';
  if (!/^(of|in|is|was|will|would)$/.test(link)) return false;
  return findWord(v, j + 1, j + 4, DEBT) >= 0;
}

/** A financing still being put together in the last few sentences is in talks; a closed one says nothing. */
function progress(c: FrameContext, s: number): { status?: 'in_talks' } {
  for (let i = s; i >= Math.max(0, s - WINDOW); i--) {
    const text = c.v.sentences[i]!.text;
    if (DONE.test(text) && !/\bbeing finali[sz]ed\b/i.test(text)) return {};
    if (IN_TALKS.test(text)) return { status: 'in_talks' };
  }
  return {};
}
