/** Trigger handlers for purchases: spend on, rent from, buy chips, use Y's models, sell to, deals with a provider. */
import type { DealType } from '../core/deal-type.js';
import { endPastAsides } from './aside-window.js';
import { modifiesNextNoun } from './trigger-compound.js';
import { mentionsIn, type Mention } from './doc-view.js';
import { agentBefore, agentsFrom, directObject, mentionStartingNear, modifierBefore, objectAfter, possessorBefore, prepObject, subjectOf } from './frame-args.js';
import { amountIn, trailingAmount } from './frame-values.js';
import { findHardware, findPlainWord, findWord, hasWord, words } from './frame-words.js';
import { alternativeTo } from './frames-funding.js';
import { clientAfter } from './frames-purchase-client.js';
import { dealAmountFor } from './context-deal-head.js';
import { topicAt } from './topic.js';
import { pairs, providerScore, purchaseTypeFor, sameParty, sectorOf, usable, type FrameContext, type FrameHandler } from './frame.js';

export const HARDWARE = words('chips chip gpus gpu processors processor accelerators accelerator semiconductors tpus tpu hardware superchips racks');
export const COMPUTE = words('servers server capacity compute computing cloud infrastructure clusters cluster data-center datacenter power supercomputer supercomputers');
const SERVICE = words('ai models model technology products product services service software tools platform chatbot api apis assistant');
const USE_STOPS = words(', ; which that to for');
const SPEND_VERBS = words('spend spends spending spent pay pays paying paid invest investing commit committing');

/** A money figure spent by a verb just before the trigger: "spend $38 billion renting servers". */
export function spentAmount(c: FrameContext, k: number) {
  const { v } = c;
  for (let j = k - 1; j >= Math.max(v.sentTok[c.s]!, k - 8); j--) {
    if (SPEND_VERBS.has(v.tokens[j]!.lower)) return amountIn(v, j + 1, k, c.taken);
  }
  return null;
}

/** The provider after "on"/"at" following token k: "on Microsoft's Azure", "at CoreWeave", "on Oracle's cloud". */
function computeHost(c: FrameContext, k: number, maxGap: number): Mention | null {
  const { v, s } = c;
  const on = prepObject(v, s, k, words('on at'), { maxGap });
  if (on?.mentions[0]) return on.mentions[0];
  const owner = on ? mentionStartingNear(v, on.prep + 1, 1) : null;
  return usable(owner) && owner.possessive && owner.kind !== 'pronoun' && findWord(v, owner.tokEnd, owner.tokEnd + 4, COMPUTE) >= 0 ? owner : null;
}

/** Who sells the thing named by the noun at h: "Amazon's Trainium chips", "Nvidia AI chips", "chips from AMD". */
export function sellerOf(c: FrameContext, h: number, compute = false, buyer: Mention | null = null): Mention | null {
  const { v, s } = c;
  const poss = possessorBefore(v, h, 4);
  // NOTE: "buys nearly all of its processors from Nvidia": the buyer's own "its" gives way to a named seller.
  const own = poss?.kind === 'pronoun' && sameParty(poss, buyer) ? objectAfter(v, s, h, words('from'), { maxGap: 3 })[0] : undefined;
  if (own) return own;
  if (poss) return poss;
  // NOTE: "$30 billion of Azure compute capacity": a cloud named right before what it sells, whatever role it was given.
  const cloud = compute ? cloudBefore(c, h) : null;
  if (cloud) return cloud;
  const mod = modifierBefore(v, h, 3);
  // NOTE: "contracted 200,000 Nvidia chips from Nscale": a named seller beats the chips' maker.
  const named = mod?.entityId ? objectAfter(v, s, h, words('from'), { maxGap: 3 })[0] : undefined;
  if (named && !sameParty(named, mod)) return named;
  if (mod?.entityId) return mod;
  if (compute) {
    // NOTE: "buy $30 billion of capacity on Microsoft's Azure", "capacity at CoreWeave", "on Oracle's cloud": compute is sold where it runs.
    const host = computeHost(c, h, 3);
    if (host) return host;
  }
  const from = objectAfter(v, s, h, words('from by'), { maxGap: 6, products: true, fallback: true })[0];
  return from ?? null;
}

/** A cloud company named right before the compute noun at h, past one more compute word ("Azure compute capacity"). */
function cloudBefore(c: FrameContext, h: number): Mention | null {
  const { v } = c;
  const j = COMPUTE.has(v.tokens[h - 1]?.lower ?? '') && !v.mentionAt[h - 1] ? h - 1 : h;
  const m = v.mentionAt[j - 1];
  return usable(m) && m.tokEnd === j && !m.possessive && isCloud(v, m) ? m : null;
}

/** True when the party sells compute rather than hardware: a cloud, neocloud or data-centre company. */
export function isCloud(v: FrameContext['v'], m: Mention | null): boolean {
  return ['cloud', 'neocloud', 'infrastructure'].includes(sectorOf(v, m) ?? '');
}

const SITES = words('site sites campus campuses facility facilities data-centres data-centers centres centers premises');

const FACILITIES = words('buildings building sites site campus campuses facilities facility clusters cluster data-centres data-centers centres centers');

/** "Its first two buildings are already running Nvidia racks": the owner of the facility that runs the hardware. */
function siteOwner(c: FrameContext, k: number): Mention | null {
  const { v, s } = c;
  const owner = agentBefore(v, s, k, { allowPossessive: true });
  if (!owner?.possessive || owner.kind === 'product') return null;
  const noun = findWord(v, owner.tokEnd, k, FACILITIES);
  return noun >= 0 && noun - owner.tokEnd <= 5 ? owner : null;
}

/** Whose site hardware at token h runs at, when the text names it: "at Nscale's sites" → Nscale. */
/** True when the hardware at h stands "at … sites" (its host not named). */
function atSites(c: FrameContext, h: number): boolean {
  const { v, s } = c;
  const at = findWord(v, h + 1, Math.min(v.sentTok[s + 1]!, h + 3), words('at'));
  return at >= 0 && findWord(v, at + 1, Math.min(v.sentTok[s + 1]!, at + 6), SITES) >= 0;
}

function hostSite(c: FrameContext, h: number): Mention | null {
  const { v, s } = c;
  const at = findWord(v, h + 1, Math.min(v.sentTok[s + 1]!, h + 3), words('at in'));
  if (at < 0) return null;
  const site = findWord(v, at + 1, Math.min(v.sentTok[s + 1]!, at + 6), SITES);
  if (site < 0) return null;
  const owner = possessorBefore(v, site, 4);
  if (usable(owner) && owner.kind !== 'pronoun') return owner;
  // NOTE: "using Nvidia chips in AWS data centres": a cloud's own data centres, named as a modifier.
  const mod = v.tokens[at]!.lower === 'in' ? modifierBefore(v, site, 3) : null;
  return usable(mod) && isCloud(v, mod) ? mod : null;
}

/** "X rents servers from Y", "renting capacity from A and B"; "Y rents out GPUs to X". */

const STOCK = words('stock shares stake equity');

/** "X buys chips from Y", "X ordered Nvidia GPUs", "purchases of AMD chips", "buy $2 billion of Intel stock". */
export const buy: FrameHandler = (c, k) => {
  const { v, s } = c;
  const end = Math.min(v.sentTok[s + 1]!, k + 12);
  const h = findHardware(v, k + 1, end);
  const comp = findWord(v, k + 1, Math.min(v.sentTok[s + 1]!, k + 9), COMPUTE);
  const stock = findWord(v, k + 1, Math.min(v.sentTok[s + 1]!, k + 9), STOCK);
  const agent = subjectOf(v, s, k) ?? possessorBefore(v, k, 2);
  if (!agent) return [];
  if (stock >= 0 && (h < 0 || stock < h)) {
    // NOTE: "a warrant to buy up to 160 million AMD shares": an option granted, not a purchase made.
    if (v.tokens[k - 1]?.lower === 'to' && /^(warrants?|options?|rights?)$/.test(v.tokens[k - 2]?.lower ?? '')) return [];
    const issuer = possessorBefore(v, stock, 3) ?? modifierBefore(v, stock, 2) ?? objectAfter(v, s, stock, words('of in'), { maxGap: 1 })[0];
    if (!issuer || !usable(issuer)) return [];
    return pairs(agentsFrom(v, agent), [issuer], { type: 'equity_investment', sentence: s, trigger: k, amount: amountIn(v, k + 1, stock, c.taken), strength: 0.75 });
  }
  // NOTE: "$250 billion of Azure services": a cloud's services are its compute.
  const svc = h < 0 && comp < 0 ? findWord(v, k + 1, Math.min(v.sentTok[s + 1]!, k + 9), words('services')) : -1;
  const noun = h >= 0 && (comp < 0 || h < comp) ? h : comp >= 0 ? comp : svc >= 0 && cloudBefore(c, svc) ? svc : -1;
  if (noun < 0 || findWord(v, k + 1, noun, words(', ; which that')) >= 0) return [];
  const seller = sellerOf(c, noun, noun !== h, agent);
  if (!seller) return [];
  // NOTE: "contracted 200,000 Nvidia chips from Nscale": chips had from a cloud are rented compute.
  // NOTE: the big clouds do sell their own chips ("buy TPUs from Google"); neoclouds and data-centre firms rent theirs.
  const type: DealType = noun === h && !['neocloud', 'infrastructure'].includes(sectorOf(v, seller) ?? '') ? 'hardware_purchase' : 'compute_purchase';
  const amount = spentAmount(c, k) ?? amountIn(v, k + 1, noun + 4, c.taken) ?? trailingAmount(v, Math.max(noun, seller.tokEnd), c.taken) ?? dealAmountFor(v, s, k, c.taken);
  return pairs(agentsFrom(v, agent), [seller], { type, sentence: s, trigger: k, amount, strength: 0.8 });
};

/**
 * "X plans to use Trainium chips", "incorporate Amazon's chips", "agreed to use that company's AI",
 * "build ChatGPT into Siri", "runs its models on Microsoft's cloud", "relies on Nvidia's processors",
 * and the relative form "the Nvidia AI chips that OpenAI uses".
 */
export const use: FrameHandler = (c, k) => {
  const { v, s } = c;
  const t = v.tokens;
  const w = t[k]!.lower;
  if (/^buil/.test(w) && findWord(v, k + 1, Math.min(v.sentTok[s + 1]!, k + 8), words('into')) < 0) return [];
  const agent = subjectOf(v, s, k) ?? agentBefore(v, s, k, { allowObject: true }) ?? siteOwner(c, k);
  if (!agent) return [];
  const end = Math.min(v.sentTok[s + 1]!, k + 16);
  let limit = end;
  for (let j = k + 1; j < end; j++) {
    // NOTE: "that company's AI" is a noun phrase, not a relative clause.
    // NOTE: "use up to one million TPUs": the "to" of "up to" is part of an amount.
    if (USE_STOPS.has(t[j]!.lower) && !(t[j]!.lower === 'that' && v.mentionAt[j]) && !(t[j]!.lower === 'to' && t[j - 1]?.lower === 'up')) {
      limit = j;
      break;
    }
  }
  const h = findHardware(v, k + 1, limit);
  // NOTE: "expand its use of Google's chips, in a deal worth tens of billions of dollars".
  const base = { sentence: s, trigger: k, amount: spentAmount(c, k) ?? trailingAmount(v, limit, c.taken) ?? dealAmountFor(v, s, k, c.taken), strength: 0.75 };
  const agents = agentsFrom(v, agent);
  if (h >= 0) {
    // NOTE: "deploy Nvidia GPUs for Microsoft's workloads": chips run for a client are the client's compute (see madeFor).
    if (/^(deploy|install)/.test(w) && clientAfter(c, h + 1, h + 14).some((m) => !sameParty(m, agent))) return [];
    // NOTE: "use 8,000 Nvidia chips at Nscale's sites": chips run at someone's site are rented from the site's owner.
    const site = hostSite(c, h);
    if (site) return pairs(agents, [site], { ...base, type: 'compute_purchase' });
    // NOTE: "take capacity built around 8,000 Nvidia GPUs", "use 8,000 Nvidia chips at sites in Wales": the chips come with capacity someone else runs.
    if (site === null && (findPlainWord(v, k + 1, h, COMPUTE) >= 0 || atSites(c, h))) return [];
    // NOTE: "use up to one million TPUs": a product named as the hardware stands for its maker.
    const named = v.mentionAt[h];
    const seller = sellerOf(c, h, false, agent) ?? (named?.kind === 'product' && named.entityId ? named : null);
    // NOTE: "deploy its models on AWS's Trainium chips": running on a cloud's chips is renting compute.
    // NOTE: a cloud's own chips (TPUs, Trainium) are used through its cloud: "expand its use of Google's TPUs",
    // "deploy its models on AWS's Trainium and Inferentia chips".
    const cloudSeller = ['cloud', 'neocloud'].includes(sectorOf(v, seller) ?? '');
    const hosted = cloudSeller && (findWord(v, Math.max(k + 1, h - 8), h, words('on')) >= 0 || (!!seller && (seller.possessive || seller === named)));
    // NOTE: "using AWS data centres, running on Nvidia chips": the chips are the cloud's, not bought.
    const viaCloud = /^run/.test(w) && mentionsIn(v, s).some((m) => m !== seller && !sameParty(m, agent) && ['cloud', 'neocloud'].includes(sectorOf(v, m) ?? ''));
    if (seller && viaCloud && !hosted) return [];
    if (seller) return pairs(agents, [seller], { ...base, type: hosted ? 'compute_purchase' : 'hardware_purchase' });
    // NOTE: "OpenAI and Broadcom will jointly develop and deploy chips": the chipmaker sells.
    const maker = agents.find((m) => sectorOf(v, m) === 'chips' || sectorOf(v, m) === 'hardware');
    if (maker && agents.length > 1) return pairs(agents.filter((m) => m !== maker), [maker], { ...base, type: 'hardware_purchase' });
    return [];
  }
  const comp = findWord(v, k + 1, limit, COMPUTE);
  if (comp >= 0) {
    const seller = possessorBefore(v, comp, 3) ?? modifierBefore(v, comp, 2) ?? objectAfter(v, s, comp, words('from at'), { maxGap: 3 })[0];
    if (seller && usable(seller)) return pairs(agents, [seller], { ...base, type: 'compute_purchase' });
  }
  const svc = findWord(v, k + 1, limit, SERVICE);
  if (svc >= 0) {
    const seller = possessorBefore(v, svc, 3) ?? modifierBefore(v, svc, 2);
    if (seller) {
      // NOTE: "runs its models on Microsoft's cloud": the cloud sells, not the models' owner.
      // NOTE: "trains its models mainly on Amazon's cloud": the cloud's owner.
      const on = objectAfter(v, s, svc, words('on'), { maxGap: 4 })[0] ?? computeHost(c, svc, 4) ?? undefined;
      if (on && sameParty(seller, agent)) return pairs(agents, [on], { ...base, type: purchaseTypeFor(v, on) });
      if (!sameParty(seller, agent)) return pairs(agents, [seller], { ...base, type: 'service_purchase' });
    }
  }
  for (let j = k + 1; j < limit; j++) {
    const m = v.mentionAt[j];
    // NOTE: only a subject close by: "It said 500 million people now use ChatGPT" is not a deal.
    if (m?.kind === 'product' && m.entityId && k - agent.tokEnd <= 4) {
      return pairs(agents, [m], { ...base, type: purchaseTypeFor(v, m) });
    }
    if (m) break;
  }
  // NOTE: relative clause: "[Nvidia] AI chips that OpenAI primarily uses".
  const rel = t[agent.npTok - 1]?.lower;
  if ((rel === 'that' || rel === 'which') && findHardware(v, agent.npTok - 2, agent.npTok - 1) >= 0) {
    const seller = sellerOf(c, agent.npTok - 2);
    if (seller) return pairs([agent], [seller], { ...base, type: 'hardware_purchase' });
  }
  return [];
};

/** What "pay Y $N for …" buys, when the text names it: "for 750 megawatts of computing power" is compute. */
function paidFor(c: FrameContext, from: number): DealType | null {
  const { v, s } = c;
  // NOTE: "pay Y more than $10 billion (over AED 36.7 billion) for ...": a converted figure in brackets does not push "for" away.
  const end = endPastAsides(v, from, 8, v.sentTok[s + 1]!);
  const f = findWord(v, from, end, words('for'));
  if (f < 0 || findWord(v, from, f, words(', ; which that')) >= 0) return null;
  const h = findHardware(v, f + 1, f + 8);
  const comp = findWord(v, f + 1, f + 8, COMPUTE);
  if (comp >= 0 && (h < 0 || comp < h)) return 'compute_purchase';
  return h >= 0 ? 'hardware_purchase' : null;
}

/** "X will spend $N on Microsoft and Oracle", "X pays Y $N", "spending with Y". */
export const spend: FrameHandler = (c, k) => {
  const { v, s } = c;
  // NOTE: "the company's spending on AWS": the possessor spends.
  const owner = v.tokens[k]!.lower === 'spending' ? possessorBefore(v, k, 1) : null;
  const agent = (usable(owner) ? owner : null) ?? subjectOf(v, s, k) ?? agentBefore(v, s, k, { allowObject: true });
  if (!agent) return [];
  const direct = /^pa(y|ys|ying|id)$/.test(v.tokens[k]!.lower) ? directObject(v, s, k, 2) : [];
  if (direct.length) {
    const amount = amountIn(v, direct[0]!.tokEnd, direct[0]!.tokEnd + 6, c.taken);
    const revenue = findWord(v, k + 1, k + 12, words('revenue revenues profits profit sales')) >= 0;
    const equity = sectorOf(v, agent) === 'investor' || findWord(v, k + 1, k + 16, words('investment stake equity round')) >= 0;
    const type = revenue ? 'revenue_share' : equity ? 'equity_investment' : paidFor(c, direct[0]!.tokEnd) ?? purchaseTypeFor(v, direct[0]!);
    return pairs([agent], direct, { type, sentence: s, trigger: k, amount, strength: 0.7 });
  }
  const on = prepObject(v, s, k, words('on with'), { maxGap: 12 });
  // NOTE: "spent $3.8 billion on inference, the computing used to run its models, on Microsoft's Azure cloud": a second "on" names the seller.
  const second = on && !on.mentions.length ? prepObject(v, s, on.prep, words('on'), { maxGap: 16, crossComma: true }) : null;
  for (const p of [on, second]) {
    if (!p || p.mentions.length) continue;
    // NOTE: "on Google's tensor processing units", "on Nvidia chips": the maker sells them.
    const poss = mentionStartingNear(v, p.prep + 1, 1);
    const h = findHardware(v, p.prep + 1, p.prep + 8);
    const comp = findWord(v, p.prep + 1, p.prep + 8, COMPUTE);
    if (usable(poss) && (poss.possessive || poss.role === 'modifier') && (h >= 0 || comp >= 0)) {
      return pairs(agentsFrom(v, agent), [poss], { type: h >= 0 ? 'hardware_purchase' : 'compute_purchase', sentence: s, trigger: k, amount: amountIn(v, k + 1, p.prep, c.taken), strength: 0.75 });
    }
  }
  const obj = second?.mentions.length ? second : on;
  if (!obj?.mentions.length) return [];
  const amount = amountIn(v, k + 1, obj.prep, c.taken);
  const frames = [];
  for (const to of obj.mentions) {
    frames.push(...pairs(agentsFrom(v, agent), [to], { type: purchaseTypeFor(v, to), sentence: s, trigger: k, amount, strength: 0.75 }));
  }
  return frames;
};

const UNDER_DEAL = words('deal contract agreement pact arrangement');

/**
 * "Google Cloud supplies capacity under a deal whose value was never disclosed": a seller with no
 * buyer in a sentence about a deal sells to the paragraph's dominant company, if it is a customer.
 */
function topicBuyer(c: FrameContext, k: number, seller: Mention): Mention[] {
  const { v, s } = c;
  // NOTE: "Under an agreement signed on Monday, AMD will supply ...": the deal may come first.
  if (findWord(v, v.sentTok[s]!, v.sentTok[s + 1]!, UNDER_DEAL) < 0 && !hasWord(v, v.sentTok[s]!, v.sentTok[s + 1]!, words('jointly two'))) return [];
  const other = soleOther(c, seller);
  if (other) return [other];
  const topic = topicAt(v, s);
  return topic && !sameParty(topic, seller) && providerScore(v, topic) < providerScore(v, seller) ? [topic] : [];
}

/** The one other company of the sentence, when it looks like a customer ("accelerators designed by OpenAI, the two companies said"). */
function soleOther(c: FrameContext, seller: Mention): Mention | null {
  const { v, s } = c;
  let found: Mention | null = null;
  for (const m of mentionsIn(v, s)) {
    if (!usable(m) || m.kind === 'pronoun' || m.role === 'modifier' || m.possessive || sameParty(m, seller)) continue;
    if (found && !sameParty(found, m)) return null;
    found = m;
  }
  return found && providerScore(v, found) < providerScore(v, seller) ? found : null;
}

/**
 * "Microsoft, Oracle and CoreWeave already supply the ChatGPT maker": a supply verb with a company as
 * its object and no goods named; every subject that sells more than the object buys from it.
 */
function supplyParty(c: FrameContext, k: number) {
  const { v, s } = c;
  if (!/^suppl/.test(v.tokens[k]!.lower)) return [];
  const buyer = directObject(v, s, k, 5)[0];
  const subject = subjectOf(v, s, k);
  if (!buyer || !subject) return [];
  const sellers = agentsFrom(v, subject).filter((m) => providerScore(v, m) > providerScore(v, buyer) && !sameParty(m, buyer));
  return sellers.flatMap((m) => pairs([buyer], [m], { type: purchaseTypeFor(v, m), sentence: s, trigger: k, amount: null, strength: 0.55 }));
}

/** "X sells chips to Y", "X will supply Y with GPUs", "X provides compute to Y". */
export const sell: FrameHandler = (c, k) => {
  const { v, s } = c;
  const end = Math.min(v.sentTok[s + 1]!, k + 14);
  const h = findHardware(v, k + 1, end);
  const comp = findWord(v, k + 1, end, COMPUTE);
  if (h < 0 && comp < 0) return supplyParty(c, k);
  const noun = h >= 0 ? h : comp;
  const seller = subjectOf(v, s, k);
  if (!seller) return [];
  let buyers = directObject(v, s, k, 2);
  if (!buyers.length) buyers = objectAfter(v, s, noun, words('to for'), { maxGap: 6, fallback: true });
  // NOTE: "Nvidia, which supplies Lambda's chips": whose chips they become.
  const owner = buyers.length ? null : possessorBefore(v, noun, 3);
  if (usable(owner) && owner.kind !== 'pronoun' && !sameParty(owner, seller)) buyers = [owner];
  if (!buyers.length) buyers = topicBuyer(c, k, seller);
  if (!buyers.length) return [];
  const amount = amountIn(v, k + 1, Math.max(buyers[0]!.npTok, noun), c.taken) ?? trailingAmount(v, noun, c.taken) ?? dealAmountFor(v, s, k, c.taken);
  // NOTE: a cloud or neocloud supplying chips rents them out: that is compute.
  return pairs(buyers, [seller], { type: h >= 0 && !isCloud(v, seller) ? 'hardware_purchase' : 'compute_purchase', sentence: s, trigger: k, amount, strength: 0.75 });
};

/** "X has made commitments to Nvidia and AMD", "SoftBank's commitments to OpenAI". */
export const commitments: FrameHandler = (c, k) => {
  const { v, s } = c;
  const tos = objectAfter(v, s, k, words('to'), { maxGap: 2 });
  if (!tos.length) return [];
  const poss = possessorBefore(v, k, 4);
  const agent = poss?.kind === 'pronoun' ? alternativeTo(c, poss, tos[0]!) : poss ?? subjectOf(v, s, k);
  if (!agent) return [];
  const investor = sectorOf(v, agent) === 'investor';
  const frames = [];
  for (const to of tos) frames.push(...pairs([agent], [to], { type: investor ? 'equity_investment' : purchaseTypeFor(v, to), sentence: s, trigger: k, amount: amountIn(v, Math.max(v.sentTok[s]!, k - 5), k, c.taken), strength: 0.6 }));
  return frames;
};


/** "Nvidia has placed an order of at least $6.3 billion for CoreWeave's cloud capacity", "an order from Y for chips". */
export const order: FrameHandler = (c, k) => {
  const { v, s } = c;
  // NOTE: "with an order book near $88bn": the demand for a bond, no order placed.
  if (modifiesNextNoun(v, k)) return [];
  const end = Math.min(v.sentTok[s + 1]!, k + 12);
  const h = findHardware(v, k + 1, end);
  const comp = findWord(v, k + 1, end, COMPUTE);
  const noun = h >= 0 ? h : comp;
  const seller = noun >= 0 ? possessorBefore(v, noun, 3) ?? modifierBefore(v, noun, 2) : null;
  // NOTE: "That takes Cohere's orders from the chipmaker to $21 billion": the possessor ordered from the seller.
  const poss = possessorBefore(v, k, 2);
  const from = usable(poss) && !seller ? objectAfter(v, s, k, words('from with'), { maxGap: 2 })[0] : undefined;
  if (poss && from && usable(from) && !sameParty(poss, from)) {
    const amount = amountIn(v, from.tokEnd, Math.min(v.sentTok[s + 1]!, from.tokEnd + 4), c.taken);
    return pairs([poss], [from], { type: purchaseTypeFor(v, from), sentence: s, trigger: k, amount, strength: 0.7 });
  }
  const agent = subjectOf(v, s, k);
  if (!agent) return [];
  const amount = amountIn(v, Math.max(v.sentTok[s]!, k - 5), k, c.taken) ?? amountIn(v, k + 1, k + 6, c.taken);
  if (!seller || !usable(seller)) {
    // NOTE: "the start-up had since placed a further $11 billion order": more of a purchase already known.
    return amount ? pairs([agent], [], { type: 'hardware_purchase', sentence: s, trigger: k, amount, strength: 0.5, anyPurchase: true }) : [];
  }
  return pairs([agent], [seller], { type: noun === h ? 'hardware_purchase' : 'compute_purchase', sentence: s, trigger: k, amount, strength: 0.7 });
};

