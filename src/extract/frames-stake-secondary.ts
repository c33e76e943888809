/** Secondary share sales: buyers of existing shares from a company's staff or holders hold a stake; no money reaches the company. */
import type { Mention } from './doc-view.js';
import { agentBefore, listFrom, mentionStartingNear, modifierBefore, objectAfter, possessorBefore, prepObject } from './frame-args.js';
import { amountIn } from './frame-values.js';
import { findWord, words } from './frame-words.js';
import { pairs, sameParty, usable, type Frame, type FrameContext, type FrameHandler } from './frame.js';
import { topicAt } from './topic.js';

/** People who sell shares they already hold (not the company issuing new ones). */
const SELLERS = words('employees employee staff staffers workers shareholders holders insiders founders executives');
const SHARES = words('shares stock stakes');
const SELL = words('sold sell sells selling offloaded');
const INCLUDE = words('including include includes included such among');
const PLANNED = words('to will would could may might plan plans planning');

/** A share sale in sentence s: the company whose shares change hands, the shares noun, and whether they are new (a primary issue). */
interface Sale {
  readonly company: Mention;
  readonly noun: number;
  readonly primary: boolean;
  readonly planned: boolean;
}

/**
 * "Current and former Y employees have sold $N of shares", "staff at Y are selling shares",
 * "Y's early investors sold stock": a sale of existing shares by their holders, found from the
 * verb at k. The company is the one the sellers belong to, else the issuer of the shares, else the
 * topic of the paragraph.
 */
function saleAt(c: FrameContext, k: number): Sale | null {
  const { v, s } = c;
  const t = v.tokens;
  const first = v.sentTok[s]!;
  const noun = findWord(v, k + 1, Math.min(v.sentTok[s + 1]!, k + 8), SHARES);
  if (noun < 0 || findWord(v, k + 1, noun, words(', ; to from')) >= 0) return null;
  const planned = PLANNED.has(t[k - 1]?.lower ?? '') || /ing$/.test(t[k]!.lower);
  let g = -1;
  for (let j = k - 1; j >= Math.max(first, k - 5); j--) {
    if (SELLERS.has(t[j]!.lower)) {
      g = j;
      break;
    }
  }
  const issuer = modifierBefore(v, noun, 2) ?? objectAfter(v, s, noun, words('of in'), { maxGap: 1 })[0] ?? null;
  if (g >= 0) {
    const own = modifierBefore(v, g, 3) ?? possessorBefore(v, g, 3) ?? objectAfter(v, s, g, words('of at'), { maxGap: 1 })[0] ?? null;
    const company = own ?? issuer ?? topicAt(v, s);
    return usable(company) ? { company, noun, primary: false, planned } : null;
  }
  // NOTE: a company selling shares: another company's ("sold its shares in Y to Z") change hands; its own new ones are an issue.
  const seller = agentBefore(v, s, k);
  if (!seller || seller.kind === 'pronoun' && !seller.entityId) return null;
  if (usable(issuer) && !sameParty(issuer, seller)) return { company: issuer, noun, primary: false, planned };
  const fresh = findWord(v, k + 1, noun, words('new newly')) >= 0;
  return fresh ? { company: seller, noun, primary: true, planned } : null;
}

/** The buyers a list after "to" names: "to A, B and C", "to a group of investors including A and B". */
function buyersAfter(c: FrameContext, from: number): Mention[] {
  const { v, s } = c;
  const to = prepObject(v, s, from, words('to'), { maxGap: 4, fallback: true });
  if (!to) return [];
  if (to.mentions.length) return to.mentions;
  const inc = findWord(v, to.prep + 1, Math.min(v.sentTok[s + 1]!, to.prep + 10), INCLUDE);
  if (inc < 0) return [];
  const w = v.tokens[inc]!.lower;
  const next = w === 'such' || w === 'among' ? inc + 2 : inc + 1;
  const m = mentionStartingNear(v, next, 1);
  return usable(m) && !m.possessive ? listFrom(v, m) : [];
}

function stakes(c: FrameContext, buyers: readonly Mention[], sale: Sale, k: number): Frame[] {
  const holders = buyers.filter((b) => !sameParty(b, sale.company));
  // NOTE: new shares sold are money into the company: the buyers invest what the sale raised.
  if (sale.primary) {
    const amount = amountIn(c.v, k + 1, sale.noun, c.taken);
    return pairs(holders, [sale.company], { type: 'equity_investment', sentence: c.s, trigger: k, amount: holders.length === 1 ? amount : null, strength: 0.75 });
  }
  return pairs(holders, [sale.company], { type: 'stake', sentence: c.s, trigger: k, amount: null, ...(sale.planned ? {} : { status: 'completed' as const }), strength: 0.8 });
}

/**
 * "Y employees have sold $6 billion of shares to A, B and C", "staff sold stock to a group of
 * investors including A": each buyer holds a stake in Y, with no amount (the sale total is not a
 * buyer's, and none of it reaches Y). Completed unless the sale is planned.
 */
export const secondarySale: FrameHandler = (c, k) => {
  const { v } = c;
  if (!SELL.has(v.tokens[k]!.lower)) return [];
  const sale = saleAt(c, k);
  if (!sale) return [];
  const buyers = buyersAfter(c, sale.noun);
  return buyers.length ? stakes(c, buyers, sale, k) : [];
};

/**
 * "The buyers were A, B and C", "Buyers included A and B": the buyers of a secondary sale named in
 * this sentence or one of the two before.
 */
export const saleBuyers: FrameHandler = (c, k) => {
  const { v, s } = c;
  const t = v.tokens;
  const verb = k + 1;
  if (!/^(were|was|are|is|include|included|includes)$/.test(t[verb]?.lower ?? '')) return [];
  const m = mentionStartingNear(v, verb + 1, 1);
  if (!usable(m) || m.possessive) return [];
  for (let i = s; i >= Math.max(0, s - 2); i--) {
    for (let j = v.sentTok[i + 1]! - 1; j >= v.sentTok[i]!; j--) {
      if (i === s && j >= k) continue;
      if (!SELL.has(t[j]!.lower)) continue;
      const sale = saleAt({ ...c, s: i }, j);
      if (sale && !sale.primary) return stakes(c, listFrom(v, m), sale, k);
    }
  }
  return [];
};
