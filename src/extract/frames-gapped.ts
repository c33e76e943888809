/** Gapped conjuncts: "A pledged $15 billion, and B about $7 billion" — a second party and figure that reuse the first clause's verb. */
import type { DocView, Mention } from './doc-view.js';
import { usable, type Frame } from './frame.js';
import { words } from './frame-words.js';

const LINKS = words('and while whereas');
const HEDGES = words('about roughly around some nearly almost approximately another over');
const UNDISCLOSED = words('undisclosed unspecified unknown');
const SUMS = words('sum amount');
const TO = words('to into in');

/**
 * Frames for gapped conjuncts after a frame's amount: "OpenAI pledged $15 billion of equity, and Oracle about
 * $7 billion" gives Oracle the same deal with its own figure; "and MGX an undisclosed sum to the venture" one with
 * no figure. Only a frame whose first party is the clause's agent (it has an amount and a `from`) is copied.
 */
export function gappedFrames(v: DocView, frames: readonly Frame[]): Frame[] {
  const out: Frame[] = [];
  const seen = new Set<number>();
  for (const f of frames) {
    // NOTE: the first party must be the clause's agent, before its verb ("Y raised $5bn from X, and Z $2bn" is no gap for X).
    if (!f.amount || !f.from || f.from.tok > f.trigger || f.amount.tok < f.trigger || seen.has(f.amount.tokEnd)) continue;
    // NOTE: "put $10bn into OpenAI, and Amazon $4bn into Anthropic": the gap starts after the first recipient when it follows the figure.
    const after = f.to && f.to.tok > f.amount.tok && f.to.npTok - f.amount.tokEnd <= 2 ? f.to.tokEnd : f.amount.tokEnd;
    const g = gapAfter(v, f.sentence, after, f.from);
    if (!g) continue;
    seen.add(f.amount.tokEnd);
    out.push({ ...f, from: g.party, to: g.to ?? f.to, amount: g.amount, strength: f.strength * 0.85, amountless: false });
  }
  return out;
}

interface Gap {
  readonly party: Mention;
  readonly amount: Frame['amount'];
  readonly to: Mention | null;
}

/** ", and B about $7 billion" (or "and B an undisclosed sum") right after token `from`, with no verb between. */
function gapAfter(v: DocView, s: number, from: number, first: Mention): Gap | null {
  const t = v.tokens;
  const end = v.sentTok[s + 1]!;
  let j = from;
  // NOTE: "of equity", "in cash": a short tail of the first figure may stand before the link.
  for (let n = 0; n < 3 && j < end && !LINKS.has(t[j]!.lower) && t[j]!.text !== ','; n++) {
    if (v.mentionAt[j] || !/^[a-z]+$/.test(t[j]!.text)) return null;
    j++;
  }
  if (t[j]?.text === ',') j++;
  if (!LINKS.has(t[j]?.lower ?? '')) return null;
  const party = v.mentionAt[j + 1];
  if (!usable(party) || party.tok !== j + 1 || party.possessive || party.entityId === first.entityId) return null;
  let k = party.tokEnd;
  // NOTE: "about $7 billion": the hedge may or may not be part of the figure's span.
  if (!v.amountAt[k] && HEDGES.has(t[k]?.lower ?? '')) k++;
  const amount = v.amountAt[k];
  if (amount && amount.tok === k) return { party, amount, to: toAfter(v, amount.tokEnd, end) };
  // NOTE: "and MGX an undisclosed sum": the party without a figure.
  if (/^(an|a)$/.test(t[k]?.lower ?? '') && UNDISCLOSED.has(t[k + 1]?.lower ?? '') && SUMS.has(t[k + 2]?.lower ?? '')) return { party, amount: null, to: toAfter(v, k + 3, end) };
  return null;
}

/** "to the venture" right after the gapped figure: its own recipient. */
function toAfter(v: DocView, k: number, end: number): Mention | null {
  if (k >= end || !TO.has(v.tokens[k]!.lower)) return null;
  for (let j = k + 1; j < Math.min(end, k + 7); j++) {
    const m = v.mentionAt[j];
    if (m) return usable(m) && !m.possessive ? m : null;
  }
  return null;
}
