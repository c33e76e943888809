/** Trigger handlers for purchases: spend on, rent from, buy chips, use Y's models, sell to, deals with a provider. */
import type { DealType } from '../core/deal-type.js';
import type { Mention } from './doc-view.js';
import {
  agentBefore, agentsFrom, amountIn, directObject, findWord, mentionStartingNear, modifierBefore, objectAfter,
  possessorBefore, prepObject, words,
} from './frame-args.js';
import { alternativeTo } from './frames-funding.js';
import { pairs, providerScore, purchaseTypeFor, usable, type FrameContext, type FrameHandler } from './frame.js';

export const HARDWARE = words('chips chip gpus gpu processors processor accelerators accelerator semiconductors tpus tpu hardware superchips racks');
export const COMPUTE = words('servers server capacity compute computing cloud infrastructure clusters cluster data-center datacenter power');
const SERVICE = words('ai models model technology products product services service software tools platform chatbot api apis assistant');
const SPEND_VERBS = words('spend spends spending spent pay pays paying paid invest investing commit committing');

/** A money figure spent by a verb just before the trigger: "spend $38 billion renting servers". */
function spentAmount(c: FrameContext, k: number) {
  const { v } = c;
  for (let j = k - 1; j >= Math.max(v.sentTok[c.s]!, k - 8); j--) {
    if (SPEND_VERBS.has(v.tokens[j]!.lower)) return amountIn(v, j + 1, k, c.taken);
  }
  return null;
}

/** Who sells the thing named by the noun at h: "Amazon's Trainium chips", "Nvidia AI chips", "chips from AMD". */
function sellerOf(c: FrameContext, h: number): Mention | null {
  const { v, s } = c;
  const poss = possessorBefore(v, h, 4);
  if (poss) return poss;
  const mod = modifierBefore(v, h, 3);
  if (mod?.entityId) return mod;
  const from = objectAfter(v, s, h, words('from by'), { maxGap: 3, products: true, fallback: true })[0];
  return from ?? null;
}

/** "X rents servers from Y", "renting capacity from A and B"; "Y rents out GPUs to X". */
export const rent: FrameHandler = (c, k) => {
  const { v, s } = c;
  const t = v.tokens;
  if (t[k + 1]?.lower === 'out') {
    const buyers = objectAfter(v, s, k + 1, words('to'), { maxGap: 8, fallback: true });
    const seller = agentBefore(v, s, k);
    return seller ? pairs(buyers, [seller], { type: 'compute_purchase', sentence: s, trigger: k, amount: null, strength: 0.6 }) : [];
  }
  const obj = prepObject(v, s, k, words('from'), { maxGap: 10, fallback: true });
  if (!obj?.mentions.length) return [];
  const agent = agentBefore(v, s, k) ?? agentBefore(v, s, k, { allowObject: true });
  if (!agent) return [];
  const amount = spentAmount(c, k) ?? amountIn(v, k + 1, obj.prep, c.taken);
  const hw = findWord(v, k + 1, obj.prep, HARDWARE) >= 0 && findWord(v, k + 1, obj.prep, COMPUTE) < 0;
  const type: DealType = hw && /^(buy|purchase)/.test(t[k]!.lower) ? 'hardware_purchase' : 'compute_purchase';
  return pairs(agentsFrom(v, agent), obj.mentions, { type, sentence: s, trigger: k, amount, strength: 0.85 });
};

/** "X buys chips from Y", "X ordered Nvidia GPUs", "purchases of AMD chips". */
export const buy: FrameHandler = (c, k) => {
  const { v, s } = c;
  const h = findWord(v, k + 1, Math.min(v.sentTok[s + 1]!, k + 9), HARDWARE);
  const comp = findWord(v, k + 1, Math.min(v.sentTok[s + 1]!, k + 7), COMPUTE);
  const noun = h >= 0 ? h : comp;
  if (noun < 0 || findWord(v, k + 1, noun, words(', ; which that')) >= 0) return [];
  const seller = sellerOf(c, noun);
  if (!seller) return [];
  const agent = agentBefore(v, s, k) ?? possessorBefore(v, k, 2);
  if (!agent) return [];
  const type: DealType = h >= 0 ? 'hardware_purchase' : 'compute_purchase';
  const amount = spentAmount(c, k) ?? amountIn(v, k + 1, noun + 4, c.taken);
  return pairs(agentsFrom(v, agent), [seller], { type, sentence: s, trigger: k, amount, strength: 0.8 });
};

/**
 * "X plans to use Trainium chips", "incorporate Amazon's chips", "agreed to use that company's AI",
 * "build ChatGPT into Siri", and the relative form "the Nvidia AI chips that OpenAI uses".
 */
export const use: FrameHandler = (c, k) => {
  const { v, s } = c;
  const t = v.tokens;
  const agent = agentBefore(v, s, k) ?? agentBefore(v, s, k, { allowObject: true });
  if (!agent) return [];
  const end = Math.min(v.sentTok[s + 1]!, k + 8);
  const stop = findWord(v, k + 1, end, words(', ; which that to for'));
  const limit = stop >= 0 ? stop : end;
  const h = findWord(v, k + 1, limit, HARDWARE);
  const base = { sentence: s, trigger: k, amount: spentAmount(c, k), strength: 0.75 };
  if (h >= 0) {
    const seller = sellerOf(c, h);
    return seller ? pairs(agentsFrom(v, agent), [seller], { ...base, type: 'hardware_purchase' }) : [];
  }
  const svc = findWord(v, k + 1, limit, SERVICE);
  if (svc >= 0) {
    const poss = possessorBefore(v, svc, 3) ?? modifierBefore(v, svc, 2);
    const seller = poss?.kind === 'pronoun' ? alternativeTo(c, poss, agent) : poss;
    if (seller) return pairs(agentsFrom(v, agent), [seller], { ...base, type: 'service_purchase' });
  }
  for (let j = k + 1; j < limit; j++) {
    const m = v.mentionAt[j];
    if (m?.kind === 'product' && m.entityId) {
      return pairs(agentsFrom(v, agent), [m], { ...base, type: purchaseTypeFor(v, m) });
    }
    if (m) break;
  }
  // NOTE: relative clause: "[Nvidia] AI chips that OpenAI primarily uses".
  const rel = t[agent.npTok - 1]?.lower;
  if ((rel === 'that' || rel === 'which') && HARDWARE.has(t[agent.npTok - 2]?.lower ?? '')) {
    const seller = sellerOf(c, agent.npTok - 2);
    if (seller) return pairs([agent], [seller], { ...base, type: 'hardware_purchase' });
  }
  return [];
};

/** "X will spend $N on Microsoft and Oracle", "X pays Y $N", "spending with Y". */
export const spend: FrameHandler = (c, k) => {
  const { v, s } = c;
  const agent = agentBefore(v, s, k) ?? agentBefore(v, s, k, { allowObject: true });
  if (!agent) return [];
  const direct = /^pa(y|ys|ying|id)$/.test(v.tokens[k]!.lower) ? directObject(v, s, k, 2) : [];
  if (direct.length) {
    const amount = amountIn(v, direct[0]!.tokEnd, direct[0]!.tokEnd + 6, c.taken);
    const revenue = findWord(v, k + 1, k + 12, words('revenue revenues profits profit sales')) >= 0;
    return pairs([agent], direct, { type: revenue ? 'revenue_share' : purchaseTypeFor(v, direct[0]!), sentence: s, trigger: k, amount, strength: 0.7 });
  }
  const obj = prepObject(v, s, k, words('on with'), { maxGap: 12 });
  if (!obj?.mentions.length) return [];
  const amount = amountIn(v, k + 1, obj.prep, c.taken);
  const frames = [];
  for (const to of obj.mentions) {
    frames.push(...pairs(agentsFrom(v, agent), [to], { type: purchaseTypeFor(v, to), sentence: s, trigger: k, amount, strength: 0.75 }));
  }
  return frames;
};

/** "X sells chips to Y", "X will supply Y with GPUs", "X provides compute to Y". */
export const sell: FrameHandler = (c, k) => {
  const { v, s } = c;
  const end = Math.min(v.sentTok[s + 1]!, k + 10);
  const h = findWord(v, k + 1, end, HARDWARE);
  const comp = findWord(v, k + 1, end, COMPUTE);
  if (h < 0 && comp < 0) return [];
  const noun = h >= 0 ? h : comp;
  const seller = agentBefore(v, s, k);
  if (!seller) return [];
  let buyers = directObject(v, s, k, 2);
  if (!buyers.length) buyers = objectAfter(v, s, noun, words('to for'), { maxGap: 6, fallback: true });
  if (!buyers.length) return [];
  const amount = amountIn(v, k + 1, buyers[0]!.npTok, c.taken);
  return pairs(buyers, [seller], { type: h >= 0 ? 'hardware_purchase' : 'compute_purchase', sentence: s, trigger: k, amount, strength: 0.75 });
};

const TYPE_WORDS: ReadonlyArray<readonly [ReadonlySet<string>, DealType | 'purchase']> = [
  [words('cloud computing compute capacity infrastructure server servers data-center datacenter hosting'), 'compute_purchase'],
  [words('chip chips gpu gpus hardware semiconductor'), 'hardware_purchase'],
  [words('licensing license licence'), 'licence'],
  [words('investment funding equity'), 'equity_investment'],
  [words('revenue-sharing revenue-share'), 'revenue_share'],
  [words('loan credit debt lending'), 'loan'],
  [words('supply purchase procurement'), 'purchase'],
];
const SIGNING = words('signed sign signs signing struck strike strikes inked ink reached reach sealed');

/** "X signed a $300 billion cloud deal with Y", "a five-year contract worth up to $11.9 billion with CoreWeave". */
export const dealNoun: FrameHandler = (c, k) => {
  const { v, s } = c;
  const first = v.sentTok[s]!;
  let type: DealType | 'purchase' | null = null;
  for (let j = Math.max(first, k - 4); j < k && !type; j++) {
    for (const [set, ty] of TYPE_WORDS) if (set.has(v.tokens[j]!.lower)) type = ty;
  }
  const other = objectAfter(v, s, k, words('with'), { maxGap: 10, fallback: true })[0] ?? null;
  const agent = possessorBefore(v, k, 5) ?? agentBefore(v, s, k);
  if (!other || !agent) return [];
  const amount = amountIn(v, Math.max(first, k - 6), other.npTok, c.taken);
  if (!type) {
    if (Math.abs(providerScore(v, agent) - providerScore(v, other)) === 0) return [];
    if (!amount && findWord(v, Math.max(first, k - 8), k, SIGNING) < 0) return [];
    type = 'purchase';
  }
  const base = { sentence: s, trigger: k, amount, strength: 0.7 };
  if (type === 'licence' || type === 'equity_investment' || type === 'loan' || type === 'revenue_share') {
    return pairs([agent], [other], { ...base, type });
  }
  const [buyer, seller] = providerScore(v, other) >= providerScore(v, agent) ? [agent, other] : [other, agent];
  const ty = type === 'purchase' ? purchaseTypeFor(v, seller) : type;
  return pairs([buyer], [seller], { ...base, type: ty });
};

const ROLE_KIND: Readonly<Record<string, 'invests' | 'buys' | 'sells' | 'lends'>> = {
  backer: 'invests', backers: 'invests', investor: 'invests', investors: 'invests', shareholder: 'invests',
  shareholders: 'invests', funder: 'invests', funders: 'invests', customer: 'buys', customers: 'buys',
  client: 'buys', clients: 'buys', provider: 'sells', supplier: 'sells', suppliers: 'sells', vendor: 'sells',
  lender: 'lends', lenders: 'lends',
};
const COPULA = words('is was are were be been remains remained became becomes become remain');

/**
 * "Microsoft, OpenAI's biggest backer", "making SoftBank one of OpenAI's largest customers",
 * "Azure becomes the lab's exclusive cloud provider", "OpenAI investor Thrive Capital".
 */
export const roleNoun: FrameHandler = (c, k) => {
  const { v, s } = c;
  const t = v.tokens;
  const role = ROLE_KIND[t[k]!.lower];
  if (!role) return [];
  let owner = possessorBefore(v, k, 4);
  let holder: Mention | null = null;
  if (owner) {
    let j = owner.npTok - 1;
    while (j > v.sentTok[s]! && /^(already|also|now|still|the|a|an|its|one|of|biggest|largest)$/.test(t[j]!.lower)) j--;
    if (t[j]?.text === ',' && usable(v.mentionAt[j - 1])) holder = v.mentionAt[j - 1]!;
    else if (usable(v.mentionAt[j]) && !v.mentionAt[j]!.possessive) holder = v.mentionAt[j]!;
    else if (COPULA.has(t[j]?.lower ?? '')) holder = agentBefore(v, s, j);
  } else {
    const mod = modifierBefore(v, k, 1);
    const named = mentionStartingNear(v, k, 0);
    if (mod && usable(named) && named.tok > k) [owner, holder] = [mod, named];
    else {
      const of = objectAfter(v, s, k, words('for of to'), { maxGap: 5 })[0];
      if (of && role !== 'invests') {
        owner = of;
        holder = agentBefore(v, s, k);
      }
    }
  }
  if (!owner || !holder) return [];
  if (owner.kind === 'pronoun') owner = alternativeTo(c, owner, holder);
  if (!owner) return [];
  const base = { sentence: s, trigger: k, amount: null, strength: 0.55 };
  const hw = findWord(v, Math.max(v.sentTok[s]!, k - 3), k, HARDWARE) >= 0;
  const comp = findWord(v, Math.max(v.sentTok[s]!, k - 3), k, COMPUTE) >= 0;
  switch (role) {
    case 'invests':
      return pairs([holder], [owner], { ...base, type: 'equity_investment', status: 'completed' });
    case 'lends':
      return pairs([holder], [owner], { ...base, type: 'loan' });
    case 'buys':
      return pairs([holder], [owner], { ...base, type: purchaseTypeFor(v, owner) });
    case 'sells':
      return pairs([owner], [holder], { ...base, type: hw ? 'hardware_purchase' : comp ? 'compute_purchase' : purchaseTypeFor(v, holder) });
  }
};

/** "Microsoft, which accounted for 62% of CoreWeave's revenue": a customer. */
export const accounted: FrameHandler = (c, k) => {
  const { v, s } = c;
  if (v.tokens[k + 1]?.lower !== 'for') return [];
  const rev = findWord(v, k + 2, k + 10, words('revenue revenues sales'));
  if (rev < 0) return [];
  const seller = possessorBefore(v, rev, 5);
  const buyer = agentBefore(v, s, k);
  if (!seller || !buyer) return [];
  return pairs([buyer], [seller], { type: purchaseTypeFor(v, seller), sentence: s, trigger: k, amount: null, strength: 0.55 });
};
