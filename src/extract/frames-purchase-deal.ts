/** Trigger handler for deals named by a noun: "X signed a $300bn cloud deal with Y", "a pact between X and Y". */
import type { DealType } from '../core/deal-type.js';
import { modifiesNextNoun } from './trigger-compound.js';
import { agentBefore, agentsFrom, directObject, listFrom, objectAfter, possessorBefore, prepObject } from './frame-args.js';
import { amountIn, trailingAmount } from './frame-values.js';
import { findWord, hasWord, words } from './frame-words.js';
import { alternativeTo } from './frames-funding.js';
import { COMPUTE } from './frames-purchase.js';
import { pairs, providerScore, purchaseTypeFor, sameParty, usable, type FrameContext, type FrameHandler } from './frame.js';

const TYPE_WORDS: ReadonlyArray<readonly [ReadonlySet<string>, DealType | 'purchase']> = [
  [words('cloud computing compute capacity infrastructure server servers data-center datacenter hosting'), 'compute_purchase'],
  [words('chip chips gpu gpus hardware semiconductor'), 'hardware_purchase'],
  [words('licensing license licence'), 'licence'],
  [words('investment funding equity'), 'equity_investment'],
  [words('revenue-sharing revenue-share'), 'revenue_share'],
  [words('loan credit debt lending'), 'loan'],
  [words('supply purchase procurement'), 'purchase'],
];
const ABOUT = words('on over for through involving covering');

/** The deal type named in an "on/through the investment" phrase right after the parties. */
function typeAfter(c: FrameContext, from: number): DealType | 'purchase' | null {
  const { v, s } = c;
  const t = v.tokens;
  const end = v.sentTok[s + 1]!;
  if (!ABOUT.has(t[from]?.lower ?? '')) return null;
  for (let j = from + 1; j < Math.min(end, from + 10); j++) {
    if (/^[;:]$/.test(t[j]!.text) || v.mentionAt[j]) return null;
    for (const [set, ty] of TYPE_WORDS) if (set.has(t[j]!.lower)) return ty;
  }
  return null;
}

const SIGNING_OR_ANNOUNCING = words('signed struck inked reached announced unveiled agreed sealed have had');
/** Verbs that report what another company did: "Nebius said Meta had signed a contract". */
const REPORTING = words('said says announced disclosed revealed confirmed');
const SIGNING = words('signed sign signs signing struck strike strikes inked ink reached reach sealed');

/** Amounts listed for list members, in order, when the sentence says "respectively". */
function respectively(c: FrameContext, n: number, from: number) {
  const { v, s } = c;
  if (!hasWord(v, from, v.sentTok[s + 1]!, words('respectively'))) return null;
  const found = v.amounts.filter((a) => a.sentence === s && a.tok >= from && !c.taken.has(a));
  return found.length === n ? found : null;
}

/**
 * "X signed a $300 billion cloud deal with Y", "a five-year contract worth up to $11.9 billion with
 * CoreWeave", "its cloud contracts with Oracle and Microsoft, to which it has pledged $300bn and
 * $250bn respectively", "a cloud contract Anthropic signed with Google".
 */
export const dealNoun: FrameHandler = (c, k) => {
  const { v, s } = c;
  const t = v.tokens;
  // NOTE: "Foxconn, the contract manufacturer": the noun describes a company, no deal.
  if (modifiesNextNoun(v, k)) return [];
  const first = v.sentTok[s]!;
  let type: DealType | 'purchase' | null = null;
  for (let j = Math.max(first, k - 4); j < k && !type; j++) {
    for (const [set, ty] of TYPE_WORDS) if (set.has(t[j]!.lower)) type = ty;
  }
  const withObj = prepObject(v, s, k, words('with between'), { maxGap: 10, fallback: true });
  // NOTE: "a contract to provide Microsoft with Nvidia capacity": a "with" inside the infinitive is not the partner.
  const inner = withObj ? findWord(v, k + 1, withObj.prep, words('to')) : -1;
  let others = withObj && (inner < 0 || v.amountAt[inner]) ? withObj.mentions : [];
  // NOTE: "a pact between Cohere and Oracle": both parties follow.
  const between = withObj && v.tokens[withObj.prep]!.lower === 'between' && others.length === 2 ? others.shift()! : null;
  // NOTE: "to OpenAI, whose agreements with CoreWeave add up to $22.4 billion": the company before "whose".
  const whose = t[k - 1]?.lower === 'whose' && t[k - 2]?.text === ',' ? v.mentionAt[k - 3] : undefined;
  const poss = between ? null : usable(whose) && !whose.possessive ? whose : possessorBefore(v, k, 5);
  let agent = between ?? (poss?.kind === 'pronoun' && others[0] ? alternativeTo(c, poss, others[0]) : poss);
  // NOTE: "the $11.9 billion agreement that OpenAI and CoreWeave announced": the pair after "that".
  const rel = v.mentionAt[k + 1] ?? (/^(that|which)$/.test(v.tokens[k + 1]?.lower ?? '') ? v.mentionAt[k + 2] : undefined);
  if (!poss && !others.length && usable(rel) && !rel.possessive) {
    const pair = listFrom(v, rel);
    if (pair.length === 2 && SIGNING_OR_ANNOUNCING.has(v.tokens[pair[1]!.tokEnd]?.lower ?? '')) [agent, others] = [pair[0]!, [pair[1]!]];
  }
  agent ??= agentBefore(v, s, k);
  if (!others.length && agent) {
    // NOTE: "Oracle is in talks with Meta over a cloud agreement", "Oracle and Meta discuss a cloud deal".
    const before = objectAfter(v, s, agent.tokEnd - 1, words('with'), { maxGap: Math.max(1, k - agent.tokEnd) })[0];
    const pair = agentsFrom(v, agent);
    if (before && before.tok < k) others = [before];
    else if (pair.length === 2) [agent, others] = [pair[0]!, [pair[1]!]];
    // NOTE: "Nebius said Meta had signed a contract for capacity": the company reporting its own deal is the other side.
    else if (pair.length === 1 && REPORTING.has(t[agent.npTok - 1]?.lower ?? '') && hasWord(v, k + 1, Math.min(v.sentTok[s + 1]!, k + 8), COMPUTE)) {
      const reporter = agentBefore(v, s, agent.npTok - 1);
      if (reporter && !sameParty(reporter, agent)) others = [reporter];
    }
  }
  // NOTE: reduced relative clause: "a cloud contract Anthropic signed with Google".
  if (!agent) {
    const m = v.mentionAt[k + 1];
    if (usable(m) && !m.possessive && SIGNING.has(t[m.tokEnd]?.lower ?? '')) agent = m;
  }
  if (!others.length && agent) {
    // NOTE: "a contract to give Microsoft access to Nvidia chips": the agent supplies the buyer.
    const give = findWord(v, k + 1, k + 4, words('give provide supply offer'));
    const buyer = give >= 0 ? directObject(v, s, give, 2)[0] : undefined;
    if (buyer) {
      const amount = amountIn(v, Math.max(first, k - 6), k, c.taken);
      return pairs([buyer], [agent], { type: purchaseTypeFor(v, agent), sentence: s, trigger: k, amount, strength: 0.65 });
    }
  }
  if (!others.length || !agent) return [];
  const last = others.at(-1)!;
  // NOTE: "an agreement with OpenAI on the investment", "its partnership with X through a multibillion-dollar investment".
  type ??= typeAfter(c, last.tokEnd);
  const amount = amountIn(v, Math.max(first, k - 6), Math.max(others[0]!.npTok, k), c.taken) ?? trailingAmount(v, Math.max(last.tokEnd, k + 1), c.taken);
  if (!type) {
    if (providerScore(v, agent) === providerScore(v, others[0]!)) return [];
    // NOTE: "the contracts it signed last quarter are with Meta": a reduced relative clause signs too.
    if (!amount && !poss && findWord(v, Math.max(first, k - 8), Math.min(v.sentTok[s + 1]!, k + 4), SIGNING) < 0) return [];
    type = 'purchase';
  }
  const each = respectively(c, others.length, last.tokEnd);
  const frames = [];
  for (const [i, other] of others.entries()) {
    const base = { sentence: s, trigger: k, amount: each ? each[i]! : amount, strength: 0.7 };
    if (type === 'licence' || type === 'equity_investment' || type === 'loan' || type === 'revenue_share') {
      frames.push(...pairs([agent], [other], { ...base, type }));
      continue;
    }
    const [buyer, seller] = providerScore(v, other) >= providerScore(v, agent) ? [agent, other] : [other, agent];
    frames.push(...pairs([buyer], [seller], { ...base, type: type === 'purchase' ? purchaseTypeFor(v, seller) : type }));
  }
  return frames;
};

