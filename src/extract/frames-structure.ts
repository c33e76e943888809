/** Trigger handlers for deal structure: site leases, guarantees, distributions, bought debt, lender groups, acquisitions made through a vehicle. */
import type { Mention } from './doc-view.js';
import { agentBefore, agentsFrom, listFrom, mentionStartingNear, modifierBefore, objectAfter, possessorBefore, prepObject, subjectOf } from './frame-args.js';
import { amountIn, trailingAmount } from './frame-values.js';
import { findHardware, findWord, words } from './frame-words.js';
import { pairs, usable, type Frame, type FrameContext, type FrameHandler } from './frame.js';
import { acquire } from './frames-rights.js';
import { isVehicle, ventureAt } from './frames-venture-ref.js';
import { ventureNamedByOwners } from './context-venture.js';
import { mentionsIn } from './doc-view.js';

/** Real estate a lease covers (a site lease is typed "other", not a compute purchase). */
const PROPERTY = words('site sites building buildings campus campuses facility facilities space land premises property properties centre centres center centers data-centre data-center datacenter datacenters');
const LEASE_VERBS = words('lease leases leased leasing');
/** Verbs that name who develops or owns a site: "developed by Crusoe", "run by two miners". */
const SITE_OWNER_VERBS = words('developed built owned run operated constructed managed');
const BUILDING = words('building builds build developing develops develop constructing constructs owns own operating operates');

/** The company or venture right after a preposition at p: a name, "the venture", "its developer, a joint venture of A and B". */
function partyAfter(c: FrameContext, p: number): Mention[] {
  const { v, s } = c;
  const jv = ventureNamedByOwners(v, s, p + 1) ?? ventureAt(v, s, p + 1);
  if (jv) return [jv];
  const named = mentionStartingNear(v, p + 1, 1);
  if (usable(named) && !named.possessive) return listFrom(v, named);
  // NOTE: "from its developer, a joint venture of Crusoe and Blue Owl": the appositive names the party.
  for (let j = p + 1; j < Math.min(v.sentTok[s + 1]!, p + 5); j++) {
    if (v.tokens[j]!.text !== ',') continue;
    const app = ventureAt(v, s, j + 1) ?? mentionStartingNear(v, j + 1, 1);
    return usable(app) && !app.possessive ? [app] : [];
  }
  return [];
}

/** The owner named by "run by A and B", "developed by Y" within a few words after token k. */
export function siteOwners(c: FrameContext, from: number, to: number): Mention[] {
  const { v, s } = c;
  for (let j = from; j < Math.min(to, v.sentTok[s + 1]!); j++) {
    if (!SITE_OWNER_VERBS.has(v.tokens[j]!.lower) || v.tokens[j + 1]?.lower !== 'by') continue;
    const first = partyAfter(c, j + 1);
    if (first.length) return first;
    // NOTE: "run by two former bitcoin miners, TeraWulf Inc. and Cipher Mining Inc.": the list after the comma.
    for (let e = j + 2; e < Math.min(v.sentTok[s + 1]!, j + 9); e++) {
      if (v.tokens[e]!.text !== ',') continue;
      const m = mentionStartingNear(v, e + 1, 0);
      return usable(m) ? listFrom(v, m) : [];
    }
  }
  return [];
}

/**
 * Site leases, typed "other": "X agreed to lease the site from its developer, a joint venture of A and
 * B", "X will lease all the buildings from the venture", "the site, developed by Y and leased by X",
 * "campuses that Y is building for X to lease", "X signed long-term leases for capacity at sites run
 * by A and B", "X signed leases with other developers, including Y".
 */
export const leaseSite: FrameHandler = (c, k) => {
  const { v, s } = c;
  const t = v.tokens;
  const first = v.sentTok[s]!;
  const end = v.sentTok[s + 1]!;
  const base = { type: 'other' as const, sentence: s, trigger: k, strength: 0.65 };
  // "leased by X": the lessee follows; the lessor is whoever developed or owns the site.
  if (t[k]!.lower === 'leased' && t[k + 1]?.lower === 'by') {
    const lessees = objectAfter(v, s, k, words('by'), { maxGap: 1 });
    const lessors = siteOwners(c, Math.max(first, k - 8), k);
    return lessees.length && lessors.length ? pairs(lessees, lessors, { ...base, amount: null, status: 'signed' }) : [];
  }
  // "campuses that Y is building for X to lease".
  if (t[k - 1]?.lower === 'to' && v.mentionAt[k - 2] && t[v.mentionAt[k - 2]!.npTok - 1]?.lower === 'for') {
    const lessee = v.mentionAt[k - 2]!;
    const build = findWord(v, Math.max(first, lessee.npTok - 4), lessee.npTok, BUILDING);
    const lessor = build >= 0 ? agentBefore(v, s, build) : null;
    if (!usable(lessee) || !lessor || findWord(v, Math.max(first, lessor.npTok - 8), lessor.npTok, PROPERTY) < 0) return [];
    return pairs([lessee], [lessor], { ...base, amount: null, status: 'signed' });
  }
  const noun = /^leases?$/.test(t[k]!.lower) && !/^(to|will|would|could|may|might|must|should)$/.test(t[k - 1]?.lower ?? '') && findWord(v, Math.max(first, k - 4), k, words('signed sign signs struck agreed new long-term')) >= 0;
  const lessee = subjectOf(v, s, k);
  if (!lessee) return [];
  if (noun) {
    const withs = objectAfter(v, s, k, words('with'), { maxGap: 6 });
    const incl = withs.length ? [] : (() => {
      const p = prepObject(v, s, k, words('with'), { maxGap: 6 });
      const inc = p ? findWord(v, p.prep + 1, p.prep + 6, words('including')) : -1;
      const m = inc >= 0 ? mentionStartingNear(v, inc + 1, 1) : null;
      return usable(m) ? listFrom(v, m) : [];
    })();
    const lessors = withs.length ? withs : incl.length ? incl : siteOwners(c, k + 1, k + 12);
    return pairs([lessee], lessors, { ...base, amount: amountIn(v, Math.max(first, k - 5), k, c.taken) });
  }
  if (!LEASE_VERBS.has(t[k]!.lower)) return [];
  const from = prepObject(v, s, k, words('from'), { maxGap: 12 });
  // NOTE: "a site leased from the bitcoin miner X": the property may stand before a participle.
  if (!from || (findWord(v, k + 1, from.prep, PROPERTY) < 0 && !(t[k]!.lower === 'leased' && PROPERTY.has(t[k - 1]?.lower ?? '')))) return [];
  // NOTE: "from the A-B joint venture": the owners' names stand for the venture they own.
  const owned = ventureNamedByOwners(v, s, from.prep + 1);
  const lessors = owned ? [owned] : from.mentions.length ? from.mentions.filter((m) => !m.possessive) : partyAfter(c, from.prep);
  const amount = amountIn(v, k + 1, from.prep, c.taken) ?? trailingAmount(v, Math.min(end - 1, from.prep + 2), c.taken);
  // NOTE: "will use a site leased from X": the participle names a lease already in force.
  const participle = t[k]!.lower === 'leased' && PROPERTY.has(t[k - 1]?.lower ?? '');
  return pairs([lessee], lessors, { ...base, amount, ...(participle ? { status: 'signed' as const } : {}) });
};

/**
 * "X rents much of Y's data-centre capacity": space in a data-centre operator's buildings, a site lease
 * ("other"), not computing power.
 */
export const rentSpace: FrameHandler = (c, k) => {
  const { v, s } = c;
  const t = v.tokens;
  const noun = findWord(v, k + 1, Math.min(v.sentTok[s + 1]!, k + 12), words('capacity space'));
  const dc = t[noun - 1]?.lower === 'datacenter' ? noun - 1 : /^cent(re|er)$/.test(t[noun - 1]?.lower ?? '') && t[noun - 2]?.text === '-' && t[noun - 3]?.lower === 'data' ? noun - 3 : -1;
  if (noun < 0 || dc < 0) return [];
  const owner = possessorBefore(v, dc, 2);
  const lessee = agentBefore(v, s, k);
  if (!owner || !lessee || !usable(owner)) return [];
  return pairs([lessee], [owner], { type: 'other', sentence: s, trigger: k, amount: null, strength: 0.6 });
};

const OBLIGATIONS = words('payments payment obligations obligation rent lease leases debt loan loans bonds');

/** "Google agreed to backstop part of Fluidstack's lease payments", "X guarantees Y's debt": a guarantee ("other"). */
export const backstop: FrameHandler = (c, k) => {
  const { v, s } = c;
  const t = v.tokens;
  if (/^guarantee/.test(t[k]!.lower) && /^(a|the|loan|government|no)$/.test(t[k - 1]?.lower ?? '')) return [];
  const ob = findWord(v, k + 1, Math.min(v.sentTok[s + 1]!, k + 8), OBLIGATIONS);
  if (ob < 0 || findWord(v, k + 1, ob, words(', ; which that')) >= 0) return [];
  let obligor: Mention | null = null;
  for (let j = ob - 1; j > k && !obligor; j--) if (v.mentionAt[j]?.possessive && usable(v.mentionAt[j])) obligor = v.mentionAt[j]!;
  const guarantor = gerundSubject(c, k) ?? agentBefore(v, s, k);
  if (!obligor || !guarantor) return [];
  return pairs([guarantor], [obligor], { type: 'other', sentence: s, trigger: k, amount: amountIn(v, k + 1, ob, c.taken), strength: 0.65 });
};

function gerundSubject(c: FrameContext, k: number): Mention | null {
  const m = c.v.mentionAt[k - 1] ?? (/^(to|agreeing|agreed)$/.test(c.v.tokens[k - 1]?.lower ?? '') ? c.v.mentionAt[k - 2] ?? c.v.mentionAt[k - 3] : undefined);
  return usable(m) && !m.possessive ? m : null;
}

/** How many sentences back a venture is looked for when a payment names no payer. */
const VENTURE_WINDOW = 3;

/** The last venture or partnership vehicle named or described in the sentences up to s. */
export function recentVenture(c: FrameContext, k: number): Mention | null {
  const { v, s } = c;
  for (let i = s; i >= Math.max(0, s - VENTURE_WINDOW); i--) {
    const named = mentionsIn(v, i).filter((m) => (i < s || m.tok < k) && isVehicle(v, m)).at(-1);
    if (named) return named;
    for (let j = i === s ? k - 1 : v.sentTok[i + 1]! - 1; j >= v.sentTok[i]!; j--) {
      if (!/^(venture|jv)$/.test(v.tokens[j]!.lower)) continue;
      let d = j;
      while (d > v.sentTok[i]! && /^(the|a|an|joint|new)$/.test(v.tokens[d - 1]!.lower)) d--;
      const jv = ventureAt(v, i, d);
      if (jv) return jv;
    }
  }
  return null;
}

/** "Meta will receive a one-time distribution of about $3 billion" from the venture in context: the venture pays ("other"). */
export const distribution: FrameHandler = (c, k) => {
  const { v, s } = c;
  const noun = findWord(v, k + 1, Math.min(v.sentTok[s + 1]!, k + 8), words('distribution distributions dividend payout'));
  if (noun < 0) return [];
  const payee = agentBefore(v, s, k);
  if (!payee) return [];
  const from = prepObject(v, s, noun, words('from'), { maxGap: 6 });
  // NOTE: a payout from the venture in context goes only to one of its owners ("from its investments" is no payer).
  const ctx = from ? null : recentVenture(c, k);
  const owners = ctx?.entityId ? v.gazetteer.entities.get(ctx.entityId)?.parents.map((p) => p.id) ?? [] : [];
  const payer = from?.mentions[0] ?? (ctx && payee.entityId && owners.includes(payee.entityId) ? ctx : null);
  if (!payer) return [];
  const amount = amountIn(v, k + 1, noun, c.taken) ?? (v.tokens[noun + 1]?.lower === 'of' ? amountIn(v, noun + 2, noun + 5, c.taken) : null);
  return pairs([payer], [payee], { type: 'other', sentence: s, trigger: k, amount, strength: 0.6 });
};

const BUY = words('buy buys bought buying purchase purchases purchased purchasing');

/**
 * Debt bought is a loan from the buyer to the issuer: "Google plans to buy $750 million of
 * Anthropic's convertible debt", "bonds issued by the venture, the bulk of which were bought by Pimco".
 */
export const debtBuy: FrameHandler = (c, k) => {
  const { v, s } = c;
  const t = v.tokens;
  const first = v.sentTok[s]!;
  let issuer: Mention | null = possessorBefore(v, k, 3);
  if (!issuer && t[k + 1]?.lower === 'issued' && t[k + 2]?.lower === 'by') issuer = partyAfter(c, k + 2)[0] ?? null;
  if (!issuer && t[k + 1]?.lower === 'of') issuer = objectAfter(v, s, k, words('of'), { maxGap: 1 })[0] ?? null;
  if (!issuer || !usable(issuer)) return [];
  const base = { type: 'loan' as const, sentence: s, trigger: k, strength: 0.7 };
  const verb = findLastWord(c, Math.max(first, k - 9), issuer.npTok < k ? issuer.npTok : k, BUY);
  if (verb >= 0) {
    const buyer = subjectOf(v, s, verb);
    return buyer ? pairs([buyer], [issuer], { ...base, amount: amountIn(v, verb + 1, k, c.taken) }) : [];
  }
  // NOTE: passive after the paper: "..., the bulk of which were bought by Pimco".
  for (let j = k + 1; j < Math.min(v.sentTok[s + 1]!, k + 16); j++) {
    if (!BUY.has(t[j]!.lower) || t[j + 1]?.lower !== 'by' || !/^(were|was|are|is|been)$/.test(t[j - 1]?.lower ?? '')) continue;
    const buyers = objectAfter(v, s, j, words('by'), { maxGap: 1 });
    return pairs(buyers, [issuer], { ...base, amount: null });
  }
  return [];
};

function findLastWord(c: FrameContext, from: number, to: number, set: ReadonlySet<string>): number {
  for (let j = to - 1; j >= from; j--) if (set.has(c.v.tokens[j]!.lower)) return j;
  return -1;
}

const LENDER_GROUPS = words('banks lenders group syndicate consortium');

/**
 * "banks led by JPMorgan and MUFG were arranging $38 billion of loans for campuses that Vantage is
 * building": the named banks lend to the builder.
 */
export const lenderGroup: FrameHandler = (c, k) => {
  const { v, s } = c;
  const t = v.tokens;
  const first = v.sentTok[s]!;
  let led = -1;
  for (let j = k - 1; j > Math.max(first, k - 24); j--) {
    if (t[j]!.lower === 'led' && t[j + 1]?.lower === 'by' && LENDER_GROUPS.has(t[j - 1]?.lower ?? '')) {
      led = j;
      break;
    }
  }
  if (led < 0) return [];
  const head = mentionStartingNear(v, led + 2, 1);
  if (!usable(head)) return [];
  const lenders = withSuffixes(c, listFrom(v, head));
  const p = prepObject(v, s, k, words('for to'), { maxGap: 2 });
  if (!p) return [];
  let borrowers = p.mentions;
  if (!borrowers.length) {
    // NOTE: "for two data-centre campuses that Vantage is building": the builder borrows.
    const rel = findWord(v, p.prep + 1, Math.min(v.sentTok[s + 1]!, p.prep + 7), words('that which'));
    const m = rel >= 0 ? v.mentionAt[rel + 1] : undefined;
    const verb = m ? findWord(v, m.tokEnd, m.tokEnd + 3, BUILDING) : -1;
    if (usable(m) && verb >= 0) borrowers = [m];
  }
  const amount = amountIn(v, Math.max(first, k - 6), k, c.taken);
  return pairs(lenders, borrowers, { type: 'loan', sentence: s, trigger: k, amount, strength: 0.7 });
};

/** "JPMorgan Chase & Co. and MUFG": a list `listFrom` stops at a legal suffix, continued across it. */
function withSuffixes(c: FrameContext, list: Mention[]): Mention[] {
  const { v, s } = c;
  const last = list.at(-1)!;
  const all = mentionsIn(v, s);
  const next = all[all.indexOf(last) + 1];
  if (!usable(next) || next.possessive) return list;
  const between = v.tokens.slice(last.tokEnd, next.npTok).map((x) => x.lower);
  const suffix = /^(&|co|inc|corp|llc|lp|ltd|plc|ag|sa|nv|\.|,|and)$/;
  return between.includes('and') && between.every((w) => suffix.test(w)) ? [...list, next] : list;
}

/**
 * "The purchase is being made by the AI Infrastructure Partnership", "the acquisition will be carried
 * out through X": X is the acquirer of the target the document's latest acquisition names.
 */
export const acquisitionBy: FrameHandler = (c, k) => {
  const { v, s } = c;
  const t = v.tokens;
  if (!/^(the|this|that)$/.test(t[k - 1]?.lower ?? '')) return [];
  const verb = findWord(v, k + 1, k + 5, words('made done carried completed conducted executed'));
  if (verb < 0) return [];
  const by = prepObject(v, s, verb, words('by through via'), { maxGap: 2 });
  const acquirer = by?.mentions[0];
  if (!acquirer) return [];
  const target = earlierTarget(c);
  return target ? pairs([acquirer], [target], { type: 'acquisition', sentence: s, trigger: k, amount: null, strength: 0.7 }) : [];
};

/** The target of the last acquisition in the few sentences before this one. */
function earlierTarget(c: FrameContext): Mention | null {
  const { v, s } = c;
  for (let i = s - 1; i >= Math.max(0, s - 2); i--) {
    let found: Frame | undefined;
    for (let j = v.sentTok[i]!; j < v.sentTok[i + 1]!; j++) {
      if (!/^(buy|buys|bought|buying|acquire|acquires|acquired|acquiring|acquisition|takeover|purchase)$/.test(v.tokens[j]!.lower)) continue;
      found = acquire({ ...c, s: i }, j).find((f) => f.to) ?? found;
    }
    if (found?.to) return found.to;
  }
  return null;
}

/** The start of a venture phrase whose head noun is at k ("a special purpose vehicle" → "a"). */
function phraseStart(c: FrameContext, k: number): number {
  let j = k;
  while (j > c.v.sentTok[c.s]! && /^(the|a|an|this|that|its|their|new|joint|special|purpose|special-purpose|financing|-)$/.test(c.v.tokens[j - 1]!.lower)) j--;
  return j;
}

/**
 * A financing vehicle that buys hardware and rents it out: "a special purpose vehicle that will use the
 * money to buy Nvidia processors and then rent them to xAI", "an SPV which purchases the chips from AMD
 * and leases them to Acme". The vehicle buys the hardware and sells compute to the tenant.
 */
export const vehicleLease: FrameHandler = (c, k) => {
  const { v, s } = c;
  const t = v.tokens;
  if (!/^(that|which)$/.test(t[k + 1]?.lower ?? '')) return [];
  const spv = ventureAt(v, s, phraseStart(c, k));
  if (!spv) return [];
  const end = Math.min(v.sentTok[s + 1]!, k + 24);
  const buy = findWord(v, k + 2, Math.min(end, k + 10), BUY);
  const rent = findWord(v, Math.max(buy, k + 2), end, words('rent rents renting lease leases leasing'));
  if (buy < 0 || rent < 0) return [];
  const hw = findHardware(v, buy + 1, rent);
  const seller = hw >= 0 ? possessorBefore(v, hw, 3) ?? modifierBefore(v, hw, 2) ?? objectAfter(v, s, hw, words('from'), { maxGap: 3 })[0] ?? null : null;
  const tenants = objectAfter(v, s, rent, words('to'), { maxGap: 3 });
  const base = { sentence: s, trigger: k, amount: null, strength: 0.65, ...raisingStatus(c, s) };
  return [
    ...(seller && usable(seller) ? pairs([spv], [seller], { ...base, type: 'hardware_purchase' }) : []),
    ...pairs(tenants, [spv], { ...base, type: 'compute_purchase' }),
  ];
};

const DEBT_WORDS = words('debt loans loan borrowing borrowings bonds notes');
/** How many sentences back the holder of a deal's debt is looked for. */
const DEBT_WINDOW = 3;

/** The vehicle "the debt will sit in" / "the loans are held by" in the last few sentences. */
function debtHolder(c: FrameContext): Mention | null {
  const { v, s } = c;
  for (let i = s; i >= Math.max(0, s - DEBT_WINDOW); i--) {
    for (let j = v.sentTok[i]!; j < v.sentTok[i + 1]!; j++) {
      if (!DEBT_WORDS.has(v.tokens[j]!.lower)) continue;
      const p = findWord(v, j + 1, Math.min(v.sentTok[i + 1]!, j + 6), words('in by through'));
      if (p < 0 || findWord(v, j + 1, p, words('sit sits held housed placed kept issued raised')) < 0) continue;
      const jv = ventureAt(v, i, p + 1);
      if (jv) return jv;
    }
  }
  return null;
}

/** The amount of debt a financing in the last few sentences names ("up to $12.5 billion of debt"). */
function debtAmount(c: FrameContext, s: number) {
  const { v } = c;
  for (let i = s; i >= Math.max(0, s - DEBT_WINDOW); i--) {
    for (const a of v.amounts) {
      if (a.sentence === i && /^(of|in)$/.test(v.tokens[a.tokEnd]?.lower ?? '') && DEBT_WORDS.has(v.tokens[a.tokEnd + 1]?.lower ?? '')) return a;
    }
  }
  return null;
}

/**
 * A financing still being raised ("xAI is raising about $20 billion"): the details the next sentences
 * give of it (its vehicle, its lenders) are in talks too.
 */
function raisingStatus(c: FrameContext, s: number): { status?: 'in_talks' } {
  const { v } = c;
  for (let i = s; i >= Math.max(0, s - DEBT_WINDOW); i--) {
    const text = v.sentences[i]!.text;
    if (/\b(?:closed|completed|finali[sz]ed)\b/i.test(text)) return {};
    if (/\b(?:is|are) (?:raising|seeking|arranging|in talks)\b/i.test(text)) return { status: 'in_talks' };
  }
  return {};
}

/** "Apollo and Diameter Capital are among the lenders": lenders to the vehicle that holds the debt, or to the company named. */
export const lendersAmong: FrameHandler = (c, k) => {
  const { v, s } = c;
  const t = v.tokens;
  if (!/^(the|its)$/.test(t[k - 1]?.lower ?? '') || !/^(among|are|is|were|was|of)$/.test(t[k - 2]?.lower ?? '')) return [];
  const agent = agentBefore(v, s, k);
  if (!agent || findWord(v, agent.tokEnd, k, words('are is were was')) < 0) return [];
  const borrower = objectAfter(v, s, k, words('to for of'), { maxGap: 2 })[0] ?? debtHolder(c);
  if (!borrower) return [];
  // NOTE: the financing is described around the sentence that names the borrower.
  const at = borrower.sentence;
  // NOTE: lenders "among" a debt package each carry the package's amount (the gold convention for shared amounts).
  return pairs(agentsFrom(v, agent), [borrower], { type: 'loan', sentence: s, trigger: k, amount: debtAmount(c, at), strength: 0.6, ...raisingStatus(c, at) });
};
