/** Compute from providers: "X rents servers from Y", "X rents Y's chips", "capacity at Y", "working with Y on chips". */
import type { DealType } from '../core/deal-type.js';
import { agentBefore, agentsFrom, objectAfter, possessorBefore, prepObject, subjectOf } from './frame-args.js';
import { amountIn, trailingAmount } from './frame-values.js';
import { findHardware, findWord, words } from './frame-words.js';
import type { Mention } from './doc-view.js';
import { pairs, providerScore, sameParty, usable, type Frame, type FrameContext, type FrameHandler } from './frame.js';
import { COMPUTE, spentAmount } from './frames-purchase.js';
import { dealAmountFor } from './context-deal-head.js';
import { ventureNamedByOwners } from './context-venture.js';

/** "Anthropic also rents Google's tensor processing units": the owner of the rented chips or servers sells compute. */
function rentOwned(c: FrameContext, k: number): Frame[] {
  const { v, s } = c;
  const end = Math.min(v.sentTok[s + 1]!, k + 8);
  const noun = [findHardware(v, k + 1, end), findWord(v, k + 1, end, COMPUTE)].filter((x) => x >= 0).sort((a, b) => a - b)[0];
  if (noun === undefined) return [];
  const owner = possessorBefore(v, noun, 4);
  const agent = subjectOf(v, s, k);
  if (!usable(owner) || owner.kind === 'pronoun' || !agent) return [];
  return pairs(agentsFrom(v, agent), [owner], { type: 'compute_purchase', sentence: s, trigger: k, amount: amountIn(v, k + 1, noun, c.taken), strength: 0.7 });
}

/** "Oracle will rent capacity to Meta", "CoreWeave rents its GPUs to Microsoft": the subject sells compute. */
function rentTo(c: FrameContext, k: number): Frame[] {
  const { v, s } = c;
  if (!/^rent/.test(v.tokens[k]!.lower)) return [];
  const end = Math.min(v.sentTok[s + 1]!, k + 8);
  const noun = [findHardware(v, k + 1, end), findWord(v, k + 1, end, COMPUTE)].filter((x) => x >= 0).sort((a, b) => a - b)[0];
  if (noun === undefined || findWord(v, k + 1, noun, words(', ; which that')) >= 0) return [];
  const buyers = objectAfter(v, s, noun, words('to'), { maxGap: 4 });
  const seller = subjectOf(v, s, k);
  if (!buyers.length || !seller) return [];
  return pairs(buyers, [seller], { type: 'compute_purchase', sentence: s, trigger: k, amount: spentAmount(c, k) ?? amountIn(v, k + 1, noun, c.taken), strength: 0.7 });
}

const PREMISES = words('centres centers centre center data-centres data-centers buildings building sites site campus campuses premises space facility facilities');

/** True when what is rented is real estate: "leases two campuses from Y", "the data centres it leases from Y". */
function premises(c: FrameContext, k: number, prep: number, agent: Mention): boolean {
  const { v } = c;
  const after = [findHardware(v, k + 1, prep), findWord(v, k + 1, prep, COMPUTE), findWord(v, k + 1, prep, PREMISES)];
  if (after.some((x) => x >= 0)) return after[2]! >= 0 && after.every((x) => x < 0 || x >= after[2]!);
  return agent.tok > k ? false : findWord(v, Math.max(v.sentTok[c.s]!, agent.npTok - 2), agent.npTok, PREMISES) >= 0;
}

export const rent: FrameHandler = (c, k) => {
  const { v, s } = c;
  const t = v.tokens;
  if (t[k + 1]?.lower === 'out') {
    const buyers = objectAfter(v, s, k + 1, words('to'), { maxGap: 8, fallback: true });
    const seller = agentBefore(v, s, k);
    return seller ? pairs(buyers, [seller], { type: 'compute_purchase', sentence: s, trigger: k, amount: null, strength: 0.6 }) : [];
  }
  // NOTE: "rent them through Google Cloud", "via Azure": the cloud the chips are rented through sells.
  const obj = prepObject(v, s, k, words('from through via'), { maxGap: 16, fallback: true });
  if (!obj?.mentions.length) return rentOwned(c, k).concat(rentTo(c, k));
  const agent = subjectOf(v, s, k) ?? agentBefore(v, s, k, { allowObject: true });
  if (!agent) return [];
  const amount = spentAmount(c, k) ?? amountIn(v, k + 1, obj.prep, c.taken) ?? trailingAmount(v, obj.mentions.at(-1)!.tokEnd, c.taken) ?? dealAmountFor(v, s, k, c.taken);
  const hw = findHardware(v, k + 1, obj.prep) >= 0 && findWord(v, k + 1, obj.prep, COMPUTE) < 0;
  // NOTE: leasing buildings or hosting space is a lease (tenant to landlord), renting GPUs or capacity is compute.
  const type: DealType = premises(c, k, obj.prep, agent) ? 'other' : hw && /^(buy|purchase)/.test(t[k]!.lower) ? 'hardware_purchase' : 'compute_purchase';
  // NOTE: "from the A-B joint venture": the owners' names stand for the venture they own.
  const owned = ventureNamedByOwners(v, s, obj.prep + 1);
  return pairs(agentsFrom(v, agent), owned ? [owned] : obj.mentions, { type, sentence: s, trigger: k, amount, strength: 0.85 });
};

/** "walked away from $12 billion of computing capacity at CoreWeave": compute bought from a provider. */
export const computeAt: FrameHandler = (c, k) => {
  const { v, s } = c;
  // NOTE: "leasing data-centre capacity from Y" is hosting space, a lease (see rent).
  if (PREMISES.has(v.tokens[k - 1]?.lower ?? '')) return [];
  const seller = objectAfter(v, s, k, words('at from'), { maxGap: 2 })[0];
  if (!seller || providerScore(v, seller) === 0) return [];
  const agent = subjectOf(v, s, k);
  if (!agent || sameParty(agent, seller)) return [];
  return pairs([agent], [seller], { type: 'compute_purchase', sentence: s, trigger: k, amount: amountIn(v, Math.max(v.sentTok[s]!, k - 8), k, c.taken), strength: 0.55 });
};

/** "Broadcom is working with OpenAI on 10 gigawatts of custom accelerators": the provider sells. */
export const workingWith: FrameHandler = (c, k) => {
  const { v, s } = c;
  const other = objectAfter(v, s, k, words('with'), { maxGap: 2 })[0];
  if (!other) return [];
  const on = prepObject(v, s, other.tokEnd - 1, words('on'), { maxGap: 2 });
  if (!on) return [];
  const end = Math.min(v.sentTok[s + 1]!, on.prep + 10);
  const h = findHardware(v, on.prep + 1, end);
  const comp = findWord(v, on.prep + 1, end, COMPUTE);
  if (h < 0 && comp < 0) return [];
  const agent = subjectOf(v, s, k);
  if (!agent || providerScore(v, agent) === providerScore(v, other)) return [];
  const [buyer, seller] = providerScore(v, other) > providerScore(v, agent) ? [agent, other] : [other, agent];
  return pairs([buyer], [seller], { type: h >= 0 ? 'hardware_purchase' : 'compute_purchase', sentence: s, trigger: k, amount: amountIn(v, on.prep + 1, end, c.taken), strength: 0.6 });
};
