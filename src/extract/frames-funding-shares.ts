/** Share purchases: buying a company's stock is an equity investment in it; buying existing shares from its staff is a stake. */
import type { Mention } from './doc-view.js';
import { agentsFrom, objectAfter, possessorBefore, subjectOf } from './frame-args.js';
import { amountIn } from './frame-values.js';
import { BE_FORMS, findHardware, findWord, words } from './frame-words.js';
import { isVenture, pairs, sameParty, usable, type FrameContext, type FrameHandler } from './frame.js';

const STOCK = words('stock shares');
/** Words that may stand between the issuer's name and the stock noun ("Intel common stock"). */
const STOCK_WORDS = /^(common|ordinary|preferred|new|newly|issued|class|voting|non-voting|[AB])$/;
const INTENT = words('agreement agreements plan plans deal offer decision commitment move pledge promise');
/** Holders of existing shares: buying from them moves shares, no money reaches the company. */
const HOLDERS = words('employees staff staffers workers shareholders holders insiders founders executives');

/** The company whose stock the noun at `stock` is: "Intel's shares", "Intel common stock", "shares of Intel". */
function issuerOf(c: FrameContext, stock: number): Mention | null {
  const { v, s } = c;
  const poss = possessorBefore(v, stock, 3);
  if (poss) return poss;
  for (let j = stock - 1; j >= Math.max(v.sentTok[s]!, stock - 4); j--) {
    const m = v.mentionAt[j];
    if (m) return usable(m) && !m.possessive && m.kind !== 'pronoun' && m.tokEnd === j + 1 ? m : null;
    if (!STOCK_WORDS.test(v.tokens[j]!.text)) break;
  }
  return objectAfter(v, s, stock, words('of in'), { maxGap: 1 })[0] ?? null;
}

/** "X's agreement last month to buy": the possessor of an intent noun a few words before "to". */
function intentHolder(c: FrameContext, k: number): Mention | null {
  const { v, s } = c;
  if (v.tokens[k - 1]?.lower !== 'to') return null;
  const noun = findWord(v, Math.max(v.sentTok[s]!, k - 6), k - 1, INTENT);
  return noun >= 0 ? possessorBefore(v, noun, 3) : null;
}

/**
 * "X's agreement last month to buy $2 billion of Y stock", "X agreed to buy $N of Y common stock",
 * "a $5 billion block of Y shares is to be bought by X": X invests in Y. "bought $1.5bn of Y shares
 * from staff" moves existing shares: X holds a stake, and the sale total is not money into Y.
 */
export const shareBuy: FrameHandler = (c, k) => {
  const { v, s } = c;
  const t = v.tokens;
  if (t[k - 1]?.lower === 'to' && /^(warrants?|options?|rights?)$/.test(t[k - 2]?.lower ?? '')) return [];
  const passive = BE_FORMS.has(t[k - 1]?.lower ?? '') && t[k + 1]?.lower === 'by';
  const first = v.sentTok[s]!;
  const stock = passive ? findWord(v, first, k, STOCK) : findWord(v, k + 1, Math.min(v.sentTok[s + 1]!, k + 9), STOCK);
  if (stock < 0) return [];
  const h = passive ? -1 : findHardware(v, k + 1, stock);
  if (h >= 0) return [];
  const issuer = issuerOf(c, stock);
  if (!usable(issuer) || isVenture(v, issuer)) return [];
  const buyer = passive ? objectAfter(v, s, k, words('by'), { maxGap: 1, fallback: true })[0] ?? null : subjectOf(v, s, k) ?? intentHolder(c, k);
  if (!buyer || sameParty(buyer, issuer)) return [];
  const buyers = passive ? [buyer] : agentsFrom(v, buyer);
  const from = passive ? -1 : findWord(v, stock + 1, Math.min(v.sentTok[s + 1]!, stock + 6), words('from'));
  if (from >= 0 && (HOLDERS.has(t[from + 1]?.lower ?? '') || HOLDERS.has(t[from + 2]?.lower ?? ''))) {
    return pairs(buyers, [issuer], { type: 'stake', sentence: s, trigger: k, amount: null, strength: 0.8 });
  }
  const amount = passive ? amountIn(v, first, stock, c.taken) : amountIn(v, k + 1, stock, c.taken);
  // NOTE: "is to be bought by X": arranged, not done.
  const planned = passive && t[k - 1]?.lower === 'be' && t[k - 2]?.lower === 'to';
  return pairs(buyers, [issuer], { type: 'equity_investment', sentence: s, trigger: k, amount, ...(planned ? { status: 'announced' as const } : {}), strength: 0.8 });
};
