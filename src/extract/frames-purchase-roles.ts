/** Trigger handlers for relationships named by a role: "OpenAI's biggest backer", "Lambda's largest customer", "accounted for 62% of its revenue". */
import { mentionsIn, type Mention } from './doc-view.js';
import { agentBefore, agentsFrom, listFrom, mentionStartingNear, modifierBefore, objectAfter, possessorBefore, subjectOf } from './frame-args.js';
import { quantityIn } from './frame-values.js';
import { findWord, hasWord, words } from './frame-words.js';
import { alternativeTo } from './frames-funding.js';
import { COMPUTE, HARDWARE } from './frames-purchase.js';
import { pairs, providerScore, purchaseTypeFor, sameParty, usable, type Frame, type FrameContext, type FrameHandler } from './frame.js';
import { topicAt } from './topic.js';
import { whoseAntecedent } from './relative-whose.js';

type Role = 'invests' | 'buys' | 'sells' | 'lends';
const ROLE_KIND: Readonly<Record<string, Role>> = {
  backer: 'invests', backers: 'invests', investor: 'invests', investors: 'invests', shareholder: 'invests',
  shareholders: 'invests', funder: 'invests', funders: 'invests', customer: 'buys', customers: 'buys',
  client: 'buys', clients: 'buys', provider: 'sells', providers: 'sells', supplier: 'sells', suppliers: 'sells', vendor: 'sells', vendors: 'sells',
  lender: 'lends', lenders: 'lends', partner: 'sells',
};
const COPULA = words('is was are were be been remains remained became becomes become remain');

/**
 * "reduce its reliance on Amazon, its largest investor": an appositive "its ROLE" names the
 * company before the comma (the holder); "its" is the nearest other company before that.
 */
function appositiveRole(c: FrameContext, k: number): [Mention, Mention] | null {
  const { v, s } = c;
  const m = v.mentionAt[k];
  const holder = m?.antecedent;
  if (!m || m.kind !== 'nominal' || m.tokEnd !== k + 1 || v.tokens[m.tok]?.lower !== 'its' || !holder || holder.sentence !== s) return null;
  if (holder.tokEnd !== m.npTok - 1 || v.tokens[holder.tokEnd]?.text !== ',') return null;
  const before = mentionsIn(v, s).filter((x) => x.tok < holder.npTok && usable(x) && x.entityId !== holder.entityId);
  const owner = before.at(-1);
  return owner ? [owner, holder] : null;
}

const COLLECTIVE = words('list roster stable string group number range');
const INCLUDE = words('include includes included including among such');

/** The list a role noun introduces: "customers include A and B", "suppliers that already includes A", "customers, among them A". */
function includedList(c: FrameContext, k: number): Mention[] {
  const { v, s } = c;
  const t = v.tokens;
  const inc = findWord(v, k + 1, Math.min(v.sentTok[s + 1]!, k + 5), INCLUDE);
  if (inc < 0 || findWord(v, k + 1, inc, words('; : ( and or')) >= 0) return [];
  for (let j = k + 1; j < inc; j++) if (v.mentionAt[j]) return [];
  const w = t[inc]!.lower;
  const next = w === 'among' ? (t[inc + 1]?.lower === 'them' ? inc + 2 : -1) : w === 'such' ? (t[inc + 1]?.lower === 'as' ? inc + 2 : -1) : inc + 1;
  if (next < 0) return [];
  const m = mentionStartingNear(v, next, 1);
  return usable(m) && !m.possessive ? listFrom(v, m) : [];
}

/**
 * Who a listed role belongs to: "its customers", "OpenAI suppliers", the company whose product the
 * clause offers ("opening up its chips to outside customers, among them …"), else the topic.
 */
function listOwner(c: FrameContext, k: number, accept: (m: Mention) => boolean): Mention | null {
  const { v, s } = c;
  const own = possessorBefore(v, k, 4) ?? modifierBefore(v, k, 1) ?? whoseAntecedent(v, s, k);
  if (own) return usable(own) ? own : null;
  for (let j = k - 1; j >= Math.max(v.sentTok[s]!, k - 12); j--) {
    if (/^[,;:]$/.test(v.tokens[j]!.text)) break;
    const m = v.mentionAt[j];
    if (m?.kind === 'pronoun' && m.possessive && usable(m)) return m;
    // NOTE: "CoreWeave rents out chips to outside clients, among them …": the clause subject offers them.
    if (m && m.role === 'subject' && !m.possessive && usable(m) && accept(m)) return m;
    if (m) break;
  }
  // NOTE: only "a list of suppliers that includes …" leaves the owner wholly to the context.
  return COLLECTIVE.has(v.tokens[k - 2]?.lower ?? '') && v.tokens[k - 1]?.lower === 'of' ? topicAt(v, s, accept) : null;
}

/**
 * "its customers include Anthropic and Meta", "a list of suppliers that already includes CoreWeave",
 * "outside customers, among them A and B", "backers such as A": each member holds the role.
 * Purchases need the seller to look more like a provider than the buyer, so a topic guessed wrong stays silent.
 */
function roleList(c: FrameContext, k: number, role: Role): Frame[] | null {
  const { v, s } = c;
  if (role === 'lends') return null;
  const members = includedList(c, k);
  if (!members.length) return null;
  // NOTE: an owner guessed from the topic must fit the role: a customer's supplier provides more than it does.
  const first = members[0]!;
  const fits = (m: Mention) => role === 'invests' || (role === 'buys' ? providerScore(v, m) > providerScore(v, first) : providerScore(v, m) < providerScore(v, first));
  const owner = listOwner(c, k, fits);
  if (!owner) return [];
  const base = { sentence: s, trigger: k, amount: null, strength: 0.5 };
  const out: Frame[] = [];
  for (const m of members) {
    if (sameParty(m, owner)) continue;
    if (role === 'invests') out.push(...pairs([m], [owner], { ...base, type: 'equity_investment', status: 'completed' }));
    else if (role === 'buys' && providerScore(v, owner) > providerScore(v, m)) out.push(...pairs([m], [owner], { ...base, type: purchaseTypeFor(v, owner), status: 'signed' }));
    else if (role === 'sells' && providerScore(v, m) > providerScore(v, owner)) out.push(...pairs([owner], [m], { ...base, type: purchaseTypeFor(v, m), status: 'signed' }));
  }
  return out;
}

/**
 * "Microsoft, OpenAI's biggest backer", "making SoftBank one of OpenAI's largest customers",
 * "Azure becomes the lab's exclusive cloud provider", "OpenAI investor Thrive Capital".
 */
export const roleNoun: FrameHandler = (c, k) => {
  const { v, s } = c;
  const t = v.tokens;
  const role = ROLE_KIND[t[k]!.lower];
  if (!role) return [];
  if (t[k]!.lower === 'partner' && findWord(v, Math.max(v.sentTok[s]!, k - 3), k, words('cloud compute computing training infrastructure')) < 0) return [];
  if (companions(c, k)) return [];
  const listed = roleList(c, k, role);
  if (listed?.length) return listed;
  let owner = possessorBefore(v, k, 4);
  let holder: Mention | null = null;
  const app = appositiveRole(c, k);
  const whose = owner || app || !COPULA.has(t[k + 1]?.lower ?? '') ? null : whoseAntecedent(v, s, k);
  if (app) [owner, holder] = app;
  else if (whose) [owner, holder] = [whose, mentionStartingNear(v, k + 2, 1)];
  else if (owner) {
    let j = owner.npTok - 1;
    // NOTE: "counts Microsoft as its biggest customer", "with OpenAI lined up as its main customer".
    // NOTE: "Microsoft, for years CoreWeave's biggest customer,": a time adverbial may open the appositive.
    while (j > v.sentTok[s]! && /^(already|also|now|still|the|a|an|its|one|of|among|both|biggest|largest|main|major|key|as|lined|signed|up|for|years|long|once|formerly|previously|until|recently)$/.test(t[j]!.lower)) j--;
    if (t[j]?.text === ',' && usable(v.mentionAt[j - 1])) holder = v.mentionAt[j - 1]!;
    else if (usable(v.mentionAt[j]) && !v.mentionAt[j]!.possessive) holder = v.mentionAt[j]!;
    else if (COPULA.has(t[j]?.lower ?? '')) holder = agentBefore(v, s, j);
    if (!holder) {
      const subject = agentBefore(v, s, owner.npTok);
      if (subject && owner.npTok - subject.tokEnd <= 8 && hasWord(v, subject.tokEnd, owner.npTok, COPULA)) holder = subject;
    }
  } else {
    const mod = modifierBefore(v, k, 1);
    const named = mentionStartingNear(v, k, 0);
    const behind = t[k + 1]?.lower === 'behind' ? mentionStartingNear(v, k + 2, 2) : null;
    if (mod && usable(named) && named.tok > k) [owner, holder] = [mod, named];
    else if (usable(behind) && behind.possessive && behind.kind !== 'pronoun') {
      // NOTE: "it is the customer behind Oracle's mystery cloud deal".
      [owner, holder] = [{ ...behind, possessive: false }, agentBefore(v, s, k)];
    } else if (mod && usable(mod) && hasWord(v, Math.max(v.sentTok[s]!, k - 5), k, COPULA)) {
      // NOTE: "Disney to become major OpenAI customer".
      [owner, holder] = [mod, agentBefore(v, s, k)];
    } else {
      const of = objectAfter(v, s, k, words(role === 'invests' ? 'in of' : 'for of to'), { maxGap: role === 'invests' ? 1 : 5 })[0] ?? (role === 'sells' ? workloadOwner(c, k) : undefined);
      if (of) {
        owner = of;
        holder = agentBefore(v, s, k);
      }
    }
  }
  if (!owner || !holder) return [];
  // NOTE: "counts the Claude developer as its anchor customer": "its" is the subject of the verb before the holder.
  if (owner.kind === 'pronoun' && t[holder.tokEnd]?.lower === 'as' && /^[a-z]+$/.test(t[holder.npTok - 1]?.text ?? '')) {
    owner = subjectOf(v, s, holder.npTok - 1) ?? owner;
  }
  if (owner.kind === 'pronoun') owner = alternativeTo(c, owner, holder);
  if (!owner) return [];
  // NOTE: "X is Y's supplier" describes a relationship in force; "becomes", "will be" announce one.
  const future = findWord(v, Math.max(v.sentTok[s]!, k - 8), k, words('becomes become will would')) >= 0;
  const base = { sentence: s, trigger: k, amount: null, strength: 0.55, ...(future ? {} : { status: 'signed' as const }) };
  const hw = findWord(v, Math.max(v.sentTok[s]!, k - 3), k, HARDWARE) >= 0;
  const comp = findWord(v, Math.max(v.sentTok[s]!, k - 3), k, COMPUTE) >= 0;
  switch (role) {
    case 'invests':
      // NOTE: "Nvidia and AMD were among the investors in its Series C": every member of the subject list.
      return pairs(holder.kind === 'pronoun' ? [holder] : agentsFrom(v, holder), [owner], { ...base, type: 'equity_investment', status: 'completed' });
    case 'lends':
      return pairs([holder], [owner], { ...base, type: 'loan' });
    case 'buys':
      return pairs([holder], [owner], { ...base, type: purchaseTypeFor(v, owner) });
    case 'sells':
      return pairs([owner], [holder], { ...base, type: hw ? 'hardware_purchase' : comp ? 'compute_purchase' : purchaseTypeFor(v, holder) });
  }
};

const ALONGSIDE = words('alongside besides beside joining joined plus');

/**
 * "took part alongside financial investors including A and B", "invested with other backers such
 * as A": the role noun names the subject's fellow participants, not its investors or suppliers.
 */
function companions(c: FrameContext, k: number): boolean {
  const { v, s } = c;
  for (let j = k - 1; j >= Math.max(v.sentTok[s]!, k - 4); j--) {
    const w = v.tokens[j]!.lower;
    // NOTE: "together with" / "along with" only: "signed contracts with customers including A" is a sale.
    if (ALONGSIDE.has(w) || (w === 'with' && /^(together|along)$/.test(v.tokens[j - 1]?.lower ?? ''))) return true;
    // NOTE: only adjectives in between: "a placement with a group of investors that includes A" is not one.
    if (v.mentionAt[j] || !/^[a-z-]+$/.test(w) || /^(its|their|a|an|the|of|to|from|by|for)$/.test(w)) return false;
  }
  return false;
}

/** "the exclusive cloud provider for all of OpenAI's workloads": the possessor of what is provided for. */
function workloadOwner(c: FrameContext, k: number): Mention | undefined {
  const { v, s } = c;
  const t = v.tokens;
  if (t[k + 1]?.lower !== 'for') return undefined;
  for (let j = k + 2; j < Math.min(v.sentTok[s + 1]!, k + 6); j++) {
    const m = v.mentionAt[j];
    if (m) return m.possessive && usable(m) && m.kind !== 'pronoun' ? { ...m, possessive: false } : undefined;
    if (!/^(all|of|the|its|their|much|most)$/.test(t[j]!.lower)) return undefined;
  }
  return undefined;
}

/** True when a whole past year follows the revenue noun at r: "in 2024", "last year" (not "in the second quarter"). */
function pastYear(c: FrameContext, r: number): boolean {
  const { v, s } = c;
  for (let j = r + 1; j < Math.min(v.sentTok[s + 1]!, r + 5); j++) {
    const w = v.tokens[j]!.lower;
    if (/^(19|20)\d\d$/.test(w) || (w === 'year' && /^(last|previous|prior)$/.test(v.tokens[j - 1]?.lower ?? ''))) return true;
    if (/^[,;]$/.test(w)) return false;
  }
  return false;
}

/** "Microsoft, which accounted for 62% of CoreWeave's revenue": a customer. */
export const accounted: FrameHandler = (c, k) => {
  const { v, s } = c;
  const w = v.tokens[k]!.lower;
  // NOTE: "accounted for", "made up", "represented", "generated" a share of the revenue.
  const particle = /^account/.test(w) ? 'for' : /^(made|make|makes)$/.test(w) ? 'up' : null;
  if (particle && v.tokens[k + 1]?.lower !== particle) return [];
  if (!particle && !quantityIn(v, k + 1, k + 4, ['percent'])) return [];
  // NOTE: "for 62% of CoreWeave's $1.9 billion revenue": an amount's tokens stretch the window.
  const rev = findWord(v, k + 2, k + 14, words('revenue revenues sales'));
  if (rev < 0) return [];
  // NOTE: "62% of CoreWeave's $1.9 billion of revenue": the owner stands before the amount.
  const figure = v.tokens[rev - 1]?.lower === 'of' ? v.amountAt[rev - 2] : undefined;
  const poss = possessorBefore(v, rev, 5) ?? (figure ? possessorBefore(v, figure.tok, 3) : null);
  const buyer = agentBefore(v, s, k);
  const seller = poss && buyer && poss.kind === 'pronoun' ? alternativeTo(c, poss, buyer) : poss;
  if (!seller || !buyer) return [];
  // NOTE: a past share of revenue reports purchases made: "made up 62% of its revenue last year".
  const past = /ed$|^made$/.test(w) && !/^(has|have|is|are)$/.test(v.tokens[k - 1]?.lower ?? '') && pastYear(c, rev);
  return pairs([buyer], [seller], { type: purchaseTypeFor(v, seller), sentence: s, trigger: k, amount: null, strength: 0.55, ...(past ? { status: 'completed' as const } : {}) });
};

/**
 * "Its cloud revenue reached $114 million, about half of it from Amazon and Microsoft", "Oracle's
 * revenue from OpenAI": the payers named after "from" buy from the revenue's owner.
 */
export const revenueFrom: FrameHandler = (c, k) => {
  const { v, s } = c;
  const t = v.tokens;
  const owner = possessorBefore(v, k, 3);
  if (!usable(owner)) return [];
  let from = -1;
  if (t[k + 1]?.lower === 'from') from = k + 1;
  else {
    // NOTE: "…, about half of it from Amazon": the share phrase points back at the revenue.
    const of = findWord(v, k + 1, Math.min(v.sentTok[s + 1]!, k + 16), words('of'));
    if (of >= 0 && t[of + 1]?.lower === 'it' && t[of + 2]?.lower === 'from' && findWord(v, k + 1, of, words('; : and but')) < 0) from = of + 2;
  }
  if (from < 0) return [];
  const payers = objectAfter(v, s, from - 1, words('from'), { maxGap: 1 });
  const out: Frame[] = [];
  for (const p of payers) {
    if (sameParty(p, owner) || providerScore(v, p) > providerScore(v, owner)) continue;
    out.push(...pairs([p], [owner], { type: purchaseTypeFor(v, owner), sentence: s, trigger: k, amount: null, strength: 0.5, status: 'signed' }));
  }
  return out;
};
