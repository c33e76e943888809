/** Trigger handlers for lender groups: banks leading a group of lenders, and facilities arranged by a bank with others among the lenders. */
import type { Amount } from '../core/amount.js';
import type { Mention, ValueSpan } from './doc-view.js';
import { agentBefore, agentsFrom, listFrom, mentionStartingNear, prepObject } from './frame-args.js';
import { amountIn } from './frame-values.js';
import { findWord, words } from './frame-words.js';
import { pairs, sectorOf, usable, type FrameContext, type FrameHandler } from './frame.js';
import { siteOwners } from './frames-structure.js';

/** Nouns that name a debt financing. */
const FACILITY = words('facility facilities loan loans debt financing line');
const GROUPS = words('group syndicate consortium club');
const LENDER_NOUNS = words('lenders banks lender creditors');
const LEADING = words('leading lead leads led heading heads headed arranging arranges arranged');
/** How many sentences back the borrower of "the facility" is looked for. */
const FACILITY_WINDOW = 5;

/**
 * "A and B are leading a group of lenders on about $38 billion of debt for two campuses being
 * developed by C", "X heads a syndicate of banks providing a $5 billion loan to Y": the leaders lend
 * to the borrower.
 */
export const leadingLenders: FrameHandler = (c, k) => {
  const { v, s } = c;
  const t = v.tokens;
  // The trigger is the group noun: "<leading> a group of lenders".
  if (!GROUPS.has(t[k]!.lower) || t[k + 1]?.lower !== 'of' || !LENDER_NOUNS.has(t[k + 2]?.lower ?? '')) return [];
  const verb = /^(a|the)$/.test(t[k - 1]?.lower ?? '') ? k - 2 : k - 1;
  if (!LEADING.has(t[verb]?.lower ?? '')) return [];
  const agent = agentBefore(v, s, verb);
  if (!agent) return [];
  const end = Math.min(v.sentTok[s + 1]!, k + 22);
  const amount = amountIn(v, k + 3, Math.min(end, k + 10), c.taken);
  const borrowers = borrowerAfter(c, k + 3, end);
  // NOTE: "are leading a group of lenders" is a financing still being put together.
  const progressive = /ing$/.test(t[verb]!.lower) && /^(is|are|was|were)$/.test(t[verb - 1]?.lower ?? '');
  return pairs(agentsFrom(v, agent), borrowers, { type: 'loan', sentence: s, trigger: k, amount, strength: 0.7, ...(progressive ? { status: 'in_talks' as const } : {}) });
};

/** "for Y", "to Y", "for two campuses being developed by Y" in [from, end). */
function borrowerAfter(c: FrameContext, from: number, end: number): Mention[] {
  const { v, s } = c;
  const p = prepObject(v, s, from - 1, words('for to'), { maxGap: end - from });
  if (!p) return [];
  if (p.mentions.length) return p.mentions.filter((m) => !m.possessive);
  return siteOwners(c, p.prep + 1, Math.min(end, p.prep + 10));
}

/**
 * "The revolving facility, arranged by JPMorgan with Citigroup and Goldman Sachs among the participating
 * lenders": the arranger and the lenders listed lend to the borrower the facility was raised by in this
 * or an earlier sentence, each for the facility's amount.
 */
export const arrangedFacility: FrameHandler = (c, k) => {
  const { v, s } = c;
  const t = v.tokens;
  if (!/^(arranged|led|provided|underwritten|syndicated)$/.test(t[k]!.lower) || t[k + 1]?.lower !== 'by') return [];
  let noun = k - 1;
  if (t[noun]?.text === ',') noun--;
  if (!FACILITY.has(t[noun]?.lower ?? '')) return [];
  const head = mentionStartingNear(v, k + 2, 1);
  if (!usable(head) || head.possessive) return [];
  const lenders = [...listFrom(v, head)];
  // NOTE: "with Citigroup and Goldman Sachs among the participating lenders": more lenders.
  const w = t[lenders.at(-1)!.tokEnd]?.lower === 'with' ? lenders.at(-1)!.tokEnd : -1;
  if (w >= 0) {
    const first = mentionStartingNear(v, w + 1, 1);
    const among = first ? findWord(v, first.tokEnd, Math.min(v.sentTok[s + 1]!, first.tokEnd + 12), words('among')) : -1;
    if (usable(first) && among >= 0 && findWord(v, among + 1, among + 5, LENDER_NOUNS) >= 0) lenders.push(...listFrom(v, first).filter((m) => m.tok < among));
  }
  const own = prepObject(v, s, k + 1, words('for to'), { maxGap: 14, crossComma: false })?.mentions ?? [];
  const earlier = own.length ? null : facilityBorrower(c, noun);
  const borrowers = own.length ? own : earlier ? [earlier.borrower] : [];
  // NOTE: an arranged facility is in force (signed) whether or not it has been drawn.
  return pairs(lenders, borrowers, { type: 'loan', sentence: s, trigger: k, amount: earlier?.amount ?? null, strength: 0.65, status: 'signed' });
};

/**
 * The company that raised "the facility" a sentence points back to: the subject of the last earlier
 * sentence (or clause) that names a facility with its amount ("X has lined up a $4 billion revolving
 * credit facility").
 */
function facilityBorrower(c: FrameContext, noun: number): { borrower: Mention; amount: ValueSpan<Amount> | null } | null {
  const { v, s } = c;
  const head = v.tokens[noun]!.lower;
  for (let i = s - 1; i >= Math.max(0, s - FACILITY_WINDOW); i--) {
    for (let j = v.sentTok[i + 1]! - 1; j >= v.sentTok[i]!; j--) {
      if (v.tokens[j]!.lower !== head) continue;
      const amount = amountIn(v, Math.max(v.sentTok[i]!, j - 6), j, c.taken);
      const borrower = agentBefore(v, i, j);
      if (borrower) return { borrower, amount };
    }
  }
  return null;
}

const DEBT_HEADS = words('package facility facilities loan loans financing debt');
const DEBT_MODIFIERS = words('debt credit bridge term syndicated revolving loan');
const ARRANGING = words('leading arranging arranged underwriting underwrote heading providing provided');

/**
 * "A and B are leading a roughly $38 billion debt package for Y", "banks are arranging about $5 billion
 * of loans for Y": lenders (investor-sector companies) put a debt financing together for the borrower.
 */
export const arrangingDebt: FrameHandler = (c, k) => {
  const { v, s } = c;
  const t = v.tokens;
  if (!ARRANGING.has(t[k]!.lower) || t[k + 1]?.lower === 'by') return [];
  const end = Math.min(v.sentTok[s + 1]!, k + 24);
  let j = k + 1;
  if (/^(a|an|the)$/.test(t[j]?.lower ?? '')) j++;
  const amount = v.amountAt[j];
  if (amount && amount.tok === j) j = amount.tokEnd;
  if (t[j]?.lower === 'of') j++;
  let modified = false;
  while (j < end && DEBT_MODIFIERS.has(t[j]!.lower) && DEBT_HEADS.has(t[j + 1]?.lower ?? '')) { modified = true; j++; }
  if (!DEBT_HEADS.has(t[j]?.lower ?? '') || (!modified && /^(package|financing)$/.test(t[j]!.lower))) return [];
  // NOTE: "is arranging a bridge loan from banks": the subject borrows.
  if (t[j + 1]?.lower === 'from') return [];
  const agent = agentBefore(v, s, k);
  if (!agent) return [];
  const lenders = agentsFrom(v, agent);
  if (!lenders.every((m) => sectorOf(v, m) === 'investor')) return [];
  const borrowers = borrowerAfter(c, j + 1, end).filter((m) => !lenders.some((l) => l.entityId === m.entityId));
  const progressive = /ing$/.test(t[k]!.lower) && /^(is|are|was|were)$/.test(t[k - 1]?.lower ?? '');
  return pairs(lenders, borrowers, { type: 'loan', sentence: s, trigger: k, amount: amount && !c.taken.has(amount) ? amount : null, strength: 0.65, ...(progressive ? { status: 'in_talks' as const } : {}) });
};
