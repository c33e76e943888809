/** Amounts that name an earlier deal instead of its parties: "put it at $10 billion", "the contract is worth $6bn". */
import type { DealType } from '../core/deal-type.js';
import { DEAL_REF_NOUNS } from './company-figures.js';
import { amountIn } from './frame-values.js';
import { findWord, words } from './frame-words.js';
import { frame, type FrameHandler } from './frame.js';

/** Which claims a deal noun can point back to. */
const NOUN_TYPES: Readonly<Record<string, readonly DealType[]>> = {
  investment: ['equity_investment', 'joint_venture'], investments: ['equity_investment', 'joint_venture'],
  commitment: ['equity_investment', 'compute_purchase', 'hardware_purchase'], warrant: ['share_grant'], warrants: ['share_grant'],
  stake: ['stake', 'equity_investment'], stakes: ['stake'], holding: ['stake'], holdings: ['stake'], order: ['hardware_purchase', 'compute_purchase'], orders: ['hardware_purchase', 'compute_purchase'],
  contract: ['compute_purchase', 'hardware_purchase', 'service_purchase', 'licence'], contracts: ['compute_purchase', 'hardware_purchase', 'service_purchase'],
};

const REFERENCE_VERBS = words('put puts pegged pegs estimated estimate estimates valued values value');

/** "People familiar with the matter have put it at roughly $10 billion", "analysts valued the warrant at $34 billion". */
export const dealReference: FrameHandler = (c, k) => {
  const { v, s } = c;
  const t = v.tokens;
  if (!REFERENCE_VERBS.has(t[k]!.lower)) return [];
  const at = findWord(v, k + 1, Math.min(v.sentTok[s + 1]!, k + 6), words('at'));
  if (at < 0) return [];
  const noun = findWord(v, k + 1, at, DEAL_REF_NOUNS);
  // NOTE: "put it at $10 billion" sizes a deal; "value it at $60 billion" values a company.
  const it = t[k + 1]?.lower === 'it' && !/^valu/.test(t[k]!.lower);
  if (!it && noun < 0) return [];
  const amount = amountIn(v, at + 1, at + 3, c.taken);
  if (!amount) return [];
  const refers = noun >= 0 ? NOUN_TYPES[t[noun]!.lower] ?? [] : [];
  return [frame({ type: refers[0] ?? 'other', from: null, to: null, sentence: s, trigger: k, amount, strength: 0.5, refersTo: refers })];
};

/** "The contract is worth $6.2 billion", "the deal was valued at about $1.5 billion". */
export const dealIsWorth: FrameHandler = (c, k) => {
  const { v, s } = c;
  const t = v.tokens;
  if (!/^(the|this|that)$/.test(t[k - 1]?.lower ?? '') && !/^(the|this|that)$/.test(t[k - 2]?.lower ?? '')) return [];
  const verb = t[k + 1]?.lower ?? '';
  // NOTE: "expects the deal to bring in tens of billions of dollars of revenue".
  const brings = /^(to|will|would|could)$/.test(verb) && /^(bring|generate|add)$/.test(t[k + 2]?.lower ?? '') ? k + 2 : -1;
  if (!/^(is|was|would|could|will)$/.test(verb) && brings < 0) return [];
  const worth = brings >= 0 ? brings : findWord(v, k + 2, k + 5, words('worth valued'));
  if (worth < 0) return [];
  const amount = amountIn(v, worth + 1, worth + 4, c.taken);
  if (!amount) return [];
  return [frame({ type: NOUN_TYPES[t[k]!.lower]?.[0] ?? 'other', from: null, to: null, sentence: s, trigger: k, amount, strength: 0.5, refersTo: NOUN_TYPES[t[k]!.lower] ?? [] })];
};
