/** A purchase's size stated as the seller's expected revenue: "AMD expects the deal to bring in tens of billions of dollars of revenue". */
import type { Amount } from '../core/amount.js';
import type { DealType } from '../core/deal-type.js';
import type { AmountSlot } from './amount-fill.js';
import { isDealSized } from './amount-slot-choice.js';
import { mentionsIn, type DocView, type Mention, type ValueSpan } from './doc-view.js';
import { usable } from './frame.js';

/** Right after the figure: it is revenue ("... of revenue", "in new sales"). */
const REVENUE_AFTER = /^\s*(?:of|in) (?:annual |new |additional |incremental |extra )?(?:revenue|revenues|sales)\b/i;
/** Right before the figure: a verb of earning ("to bring in", "should generate about"). */
const EARN_BEFORE = /\b(?:generate|generating|bring in|bringing in|add|adding|produce|yield|deliver|be worth)\s+(?:about |around |roughly |some |more than |over |at least |as much as )?$/i;
/** Somewhere before it: an expectation, so the figure is the deal's forecast size, not revenue already booked. */
const EXPECT = /\b(?:expects?|expected|should|would|could|will|forecasts?|estimates?|projects?|predicts?)\b/i;
/** The deals a seller books revenue from. */
const PURCHASES = new Set<DealType>(['hardware_purchase', 'compute_purchase', 'service_purchase']);
/** How many sentences away the purchase may be framed. */
const NEAR = 2;

/**
 * Amounts for purchase slots without one, from a seller's expected revenue: in a sentence that
 * forecasts revenue from a deal ("AMD's finance chief said the agreement should generate tens of
 * billions of dollars in revenue"), the figure goes to the one nearby purchase (framed at most two
 * sentences away) whose seller is named before the figure. Returns slot key → amount, and every
 * such revenue figure (assigned or not) in `revenueFigures`, so no looser rule hands it to another deal.
 */
export function revenueAmounts(v: DocView, slots: readonly AmountSlot[], keyOf: (m: Mention) => string, revenueFigures: Set<ValueSpan<Amount>>): Map<string, ValueSpan<Amount>> {
  const out = new Map<string, ValueSpan<Amount>>();
  for (const a of v.amounts) {
    const s = v.sentences[a.sentence];
    if (!s || s.heading) continue;
    // NOTE: the cheap test first: most figures are not followed by "revenue" or "sales".
    if (!REVENUE_AFTER.test(v.text.slice(a.end, a.end + 40))) continue;
    const before = v.text.slice(s.start, a.start);
    if (!EARN_BEFORE.test(before) || !EXPECT.test(before)) continue;
    revenueFigures.add(a);
    const sellers = new Set<string>();
    for (const m of mentionsIn(v, a.sentence)) if (usable(m) && m.tokEnd <= a.tok) sellers.add(keyOf(m));
    let pick: AmountSlot | null = null;
    let count = 0;
    for (const sl of slots) {
      if (sl.amount || out.has(sl.key) || !PURCHASES.has(sl.type) || !sellers.has(sl.to)) continue;
      if (!sl.frames.some((f) => Math.abs(f.sentence - a.sentence) <= NEAR)) continue;
      pick = sl;
      count++;
    }
    if (pick && count === 1 && isDealSized(a.value)) out.set(pick.key, a);
  }
  return out;
}
