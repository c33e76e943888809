/** Venture equity by its source: "Most of the equity, roughly $5 billion, has come from A and B" (the venture in context). */
import type { DocView, Mention } from './doc-view.js';
import { objectAfter } from './frame-args.js';
import { amountIn } from './frame-values.js';
import { findWord, words } from './frame-words.js';
import { pairs, usable, type FrameHandler } from './frame.js';
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

const SOURCED = words('equity debt');
const CLOSED = /\b(?:closed|close of|closing of|completed)\b/i;

/**
 * "$15 billion of financing for their joint venture, comprising about $5 billion of equity from A and
 * B and roughly $9.6 billion of debt from C": equity from a source is a contribution to the venture in
 * context, debt from a source a loan to it, each for the amount before the noun.
 */
export const sourcedFrom: FrameHandler = (c, k) => {
  const { v, s } = c;
  const t = v.tokens;
  if (!SOURCED.has(t[k]!.lower) || t[k - 1]?.lower !== 'of' || t[k + 1]?.lower !== 'from') return [];
  const amount = v.amountAt[k - 2];
  if (!amount || amount.tokEnd !== k - 1 || c.taken.has(amount)) return [];
  const sources = sourceList(v, objectAfter(v, s, k, words('from'), { maxGap: 1 })).filter((m) => !m.possessive);
  if (!sources.length) return [];
  const jv = recentVenture(c, amount.tok);
  if (!jv) return [];
  const type = t[k]!.lower === 'debt' ? 'loan' as const : 'joint_venture' as const;
  // NOTE: the parts of a financing the sentence says has closed are paid in.
  const closed = CLOSED.test(v.sentences[s]!.text);
  return pairs(sources, [jv], { type, sentence: s, trigger: k, amount, strength: 0.6, ...(closed ? { status: 'completed' as const } : {}) });
};

/**
 * The list after "from", read on past a last member the general list reader drops because the
 * next part of the financing follows with its own amount ("from A and B and about $5 billion of debt").
 */
function sourceList(v: DocView, list: Mention[]): Mention[] {
  const first = list[0];
  if (!first || list.length > 1) return list;
  const out = [first];
  let j = first.tokEnd;
  while (out.length < 6 && j < v.sentTok[first.sentence + 1]!) {
    while (v.tokens[j]?.text === ',' || v.tokens[j]?.lower === 'and') j++;
    const m = v.mentionAt[j];
    if (!usable(m) || m.npTok !== j || j === out.at(-1)!.tokEnd) break;
    out.push(m);
    j = m.tokEnd;
  }
  return out;
}
