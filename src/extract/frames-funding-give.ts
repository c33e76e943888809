/** Money handed over with two objects: "Amazon has handed Anthropic a further $2.75 billion", "wrote Cohere a $500 million cheque". */
import { agentBefore, agentsFrom, directObject, objectAfter, possessorBefore } from './frame-args.js';
import { amountIn } from './frame-values.js';
import { findWord, words } from './frame-words.js';
import { isVenture, pairs, providerScore, type FrameHandler } from './frame.js';

/** Words that say the thing given is not money ("gave X 10% of its shares", "handed X warrants"). */
const NOT_MONEY = words('shares stock warrants warrant stake equity options rights access seat seats control credits');
const PAST = words('handed gave wrote given written');
const MODALS = words('will would could may might to plans agreed expected');
const CHEQUE = words('cheque cheques check checks');

/**
 * "X has handed Y a further $N", "X gave Y $N", "X wrote Y a $N cheque": the recipient is the
 * investee. A seller of compute or chips that receives money from an AI lab is paid for services,
 * so that reading is left to the purchase frames.
 * @example giveMoney(c, k)[0]?.to?.entityId // 'anthropic'
 */
export const giveMoney: FrameHandler = (c, k) => {
  const { v, s } = c;
  const t = v.tokens;
  const to = directObject(v, s, k, 2)[0];
  if (!to || to.tokEnd >= v.sentTok[s + 1]!) return [];
  const amount = amountIn(v, to.tokEnd, to.tokEnd + 4, c.taken);
  if (!amount || findWord(v, to.tokEnd, amount.tok, words(', ; and to')) >= 0) return [];
  const after = t[amount.tokEnd]?.lower ?? '';
  if (NOT_MONEY.has(after) || (after === 'of' && NOT_MONEY.has(t[amount.tokEnd + 1]?.lower ?? '')) || (after === 'in' && NOT_MONEY.has(t[amount.tokEnd + 1]?.lower ?? ''))) return [];
  const writes = /^(write|writes|wrote|written|writing)$/.test(t[k]!.lower);
  if (writes && !CHEQUE.has(after) && findWord(v, amount.tokEnd, amount.tokEnd + 3, CHEQUE) < 0) return [];
  const agent = agentBefore(v, s, k);
  if (!agent || providerScore(v, to) > providerScore(v, agent)) return [];
  // NOTE: "handed", "gave", "wrote" with no modal before them report money paid.
  const paid = PAST.has(t[k]!.lower) && findWord(v, agent.tokEnd, k, MODALS) < 0;
  return pairs(agentsFrom(v, agent), [to], { type: isVenture(v, to) ? 'joint_venture' : 'equity_investment', sentence: s, trigger: k, amount, strength: 0.7, ...(paid ? { status: 'completed' as const } : {}) });
};

const ANCHOR_OBJECTS = words('deal offering ipo listing round raise sale placement fundraising order investment');

/**
 * "Nvidia anchored the offering with a $250 million order", "placed an anchor order for $250
 * million of stock", "an anchor investor in X's listing": the anchor buys equity in the company
 * whose offering it is (named after "in"/"for"/a possessive, else the company raising in context).
 */
export const anchor: FrameHandler = (c, k) => {
  const { v, s } = c;
  const end = Math.min(v.sentTok[s + 1]!, k + 12);
  const noun = findWord(v, k + 1, Math.min(end, k + 4), ANCHOR_OBJECTS);
  const investorNoun = /^(investor|investors|shareholder|backer)$/.test(v.tokens[k + 1]?.lower ?? '');
  if (noun < 0 && !investorNoun) return [];
  const at = noun >= 0 ? noun : k + 1;
  const owner = possessorBefore(v, at, 3) ?? objectAfter(v, s, at, words('in of for'), { maxGap: 3 })[0] ?? null;
  const agent = agentBefore(v, s, k);
  if (!agent) return [];
  const amount = amountIn(v, k + 1, end, c.taken);
  return pairs([agent], owner && owner.kind !== 'pronoun' ? [owner] : [], { type: 'equity_investment', sentence: s, trigger: k, amount, strength: 0.65 });
};
