/** The status a sentence gives a deal frame, and the hedging words around it. */
import type { DealStatus } from '../core/deal-status.js';
import type { DocView } from './doc-view.js';
import type { Frame } from './frame.js';
import { governingDeal } from './context-deal-head.js';
import { ARRANGING, paragraphStillOpen, raisingUnderWay } from './frame-status-context.js';
import { HAS_COMMITTED, MADE_DEAL_OPENER, orderPlaced, VENTURE_FORMED } from './frame-status-made.js';
import { performsMadeDeal } from './frame-status-performed.js';
import { onlyPledged, PLEDGED } from './frame-status-pledge.js';
import { span } from './frame-span.js';
import { cueMask } from './status-cues.js';
import { GateTable } from './regex-gate.js';

export interface StatusReading {
  readonly status: DealStatus;
  readonly hedges: readonly string[];
  /** How firmly the wording decided it: 2 explicit cue, 1 tense or modal, 0 default. */
  readonly weight: number;
  /** Decided only by a plan ("plans to", "intends to"): the document's talks may override it. */
  readonly planOnly: boolean;
  /** Read inside a fronted "as part of the agreement": the stage is that of the deal it performs. */
  readonly performs?: boolean;
}

const CANCEL = /\b(no longer|walked away|walks away|walk away|pulled out|pulls out|called off|calls off|scrapped|scraps|abandoned|abandons|collapsed|collapses|terminated|terminates|cancell?ed|cancels|broke off|breaks off|fell through|falls through|dropped out|drops out|drop out|backed out|backs out|shelved|ended talks|ended the talks|chose not to|decided not to|decided against|opted against|declined to exercise|not to exercise|passed on (?:an|the|its|their|a) (?:\w+ )?(?:option|opportunity|offer|chance)|passes on (?:an|the|its|their|a) (?:\w+ )?(?:option|opportunity|offer|chance)|voted against|votes against|vote against|voted down|killing|killed|blocked)\b/;
const CANCEL_LATER = /\b(?:the|its|their|\w+'s) (?:talks|deal|negotiations|discussions|agreement|bid|offer|plan|takeover|attempt|effort|merger|proposal)\b[^.;]{0,40}\b(?:has |have |had )?(?:collapsed|ended|broke down|fell through|fallen through|called off|scrapped|failed|terminated|abandoned)\b/;
/** "X's plan to invest ... has stalled", "the talks have been put on hold": a deal neither dead nor moving. */
const STALLED = /\b(?:(?:has|have|had) (?:since )?(?:stalled|been (?:put )?on hold|been paused|been frozen)|(?:is|are|was|were) (?:now )?(?:stalled|on hold|paused))\b/;
const AMENDED = /\bno longer (?:be )?(?:the |its |their |\w+'s )?(?:exclusive|sole|only)\b|\b(?:amended|renegotiated|restructured|revised) (?:the |its |their )?(?:deal|agreement|contract|terms|partnership|pact)\b|\bunder (?:the|its|their) (?:revised|amended|renegotiated|restructured) (?:deal|agreement|contract|terms|partnership|pact)\b/;
const DENY = /\b(denied|denies|deny|refuted|refutes|not in talks|no plans to|knows? of no|not aware of any|no such (?:talks|deal|discussions)|dismissed (?:the |a )?reports?)\b/;
const TALKS = /\b(in talks|holding talks|held talks|talks|negotiat\w*|in discussions?|discussions?|discussing|discussed|under discussion|considering|exploring|weighing|weighs|mulling|nearing|in early talks|arranging|term sheet|proposed|potential|possible|possibility)\b/;
const SIGN = /\b(signed|signs|sign|struck|strikes|inked|inks|agreed|agrees|agreeing|reached (?:an?|the) (?:deal|agreement)|sealed|entered into|secured|secures|has (?:an?) (?:deal|agreement|contract)|maintains|maintain|under the (?:deal|agreement|terms|partnership|new agreement)|remain|remains|gets|has the right|committed|commits|keeps? (?:paying|sharing|buying|renting|using)|contracted|has named|named|continues|continue|placed|promised|promises|due to|(?:is|are) (?:also |now |still |already )?(?:putting|investing|spending|paying|providing|contributing|committing|renting|lending|leasing|supplying|financing))\b/;
const COMPLETE = /\b(completed|completes|closed|finali[sz]ed|invested|made|acquired|bought|raised|took part|added|poured|injected|backed|funded|led|owns|holds|owned|held|uses|already|contributed|put|received|got|took|taken (?:a|an) (?:[\w-]+ ){0,2}(?:stake|holding)|purchased|accounted|has been|after raising|after investing|keeps|relies|fills)\b/;
const ANNOUNCE = /\b(announced|announces|announce|unveiled|unveils|unveil|will|to invest|to buy|to acquire|to spend|to put|to take|to provide|plans? to|planned|planning to|intends? to|expects? to|is set to|are set to|set to|pledged|pledges|confirmed|confirms|letter of intent|memorandum of understanding|launch|launched|form|set up)\b/;
/** "ended up not investing", "opted not to join": the party stayed out. */
const NOT_DONE = /\b(?:ended up not|opted not to|did not end up|declined to (?:invest|join|participate|take part)|did not (?:invest|join|participate|take part))\b/;
/** Unconfirmed reports that state no stage: "is said to be considering", "some analysts believe". */
const SAID_WEIGHING = /\b(?:is|are) (?:said|reported|believed|thought|understood) to be (?:considering|weighing|exploring|mulling|eyeing|studying)\b/;
const WEIGHING = /\b(?:is|are|was|were|has been|have been) (?:also |now |still )?(?:considering|weighing|exploring|mulling|eyeing)\b/;
const RUMOUR = /\b(?:analysts? (?:believe|believes|think|thinks|suspect|suspects|speculate|speculates|estimate that)|speculation|speculated|rumou?r(?:s|ed)?)\b/;
/** A stage still under way: "is said to be investing", "is leading the round", "are co-leading". */
const UNDER_WAY = /\b(?:is|are) (?:said|reported|understood|believed) to be \w+ing\b|\b(?:is|are) (?:co-)?leading\b/;
/** "committed to buy $30 billion of capacity": a commitment to act later is announced. */
const COMMITTED_TO = /\b(?:committed|commits|commit) to (?:buy|buying|use|using|spend|spending|purchase|purchasing|rent|renting|take|taking|invest|investing|pay|paying|deploy|deploying|acquire|acquiring)\b|\b(?:committed|commits) to$/;
/** "are committing to invest", "has promised to invest": money promised for later is announced. */
const PROMISED_MONEY = /\b(?:committing|promised|promises|promising) to (?:invest|put|inject|provide)\b/;
/** "under a five-year contract", "under the terms of a deal": a purchase made under an existing deal. */
const UNDER_DEAL = /\bunder (?:(?:a|an|the|its|their|this|that) (?:[^ ]+ ){0,5}?(?:deal|contract|agreement|pact|arrangement)s?|(?:contracts|agreements|deals))\b/;
const PURCHASE_LIKE = new Set<Frame['type']>(['compute_purchase', 'hardware_purchase', 'service_purchase', 'licence', 'revenue_share', 'other']);
const PENDING = /\bsubject to (?:definitive|final|a definitive|the signing)\b/i;
const PENDING_CACHE = new WeakMap<DocView, boolean>();

/** True when the document says its deals still await definitive agreements. */
function pendingTerms(v: DocView): boolean {
  let p = PENDING_CACHE.get(v);
  if (p === undefined) PENDING_CACHE.set(v, (p = PENDING.test(v.text)));
  return p;
}
const NOT_SIGNED = /\b(?:not|never|yet to) (?:yet |still )?(?:reached|reach|signed|sign|struck|strike|finali[sz]ed|finali[sz]e|sealed|seal|concluded|conclude)\b|\bno (?:definitive|final|binding) (?:agreement|contract|deal)\b/;
const AUXILIARY = /^(?:is|are|was|were|be|been|being|has|have|had)$/;
const SUPPLIER_NOUN = /^(?:supplier|suppliers|vendor|vendors)$/;
/** "X said Y would ...", "the FT reported that Y would spend ...": reported speech puts "will" back a tense; the plan is announced. */
const SAID_WOULD = /\b(?:said|says|announced|confirmed|reported (?:\w+ ){0,3}that)\b[^.;]{0,60}\b(?:would|will)\b/;
const AWAITS_CLOSING = /\b(?:completion|closing) (?:is|was) (?:expected|due|scheduled)|\bexpected to (?:close|complete)\b|\bsubject to (?:regulatory|shareholder|antitrust) (?:approvals?|review)\b|\brequires? (?:regulatory|shareholder) approval\b/;
const PLAN = /\b(plans? to|planned|planning to|intends? to|expects? to)\b/;
const MODAL = /\b(could|may|might|would)\b/;
/** Deal types that stay in force rather than complete: a past report of them means "signed". */
// NOTE: a loan made is complete (the money moved); a lease, guarantee or venture partnership stays in force.
const ONGOING = new Set<Frame['type']>(['compute_purchase', 'service_purchase', 'share_grant', 'revenue_share', 'licence', 'other', 'joint_venture']);
const DEAL_NOUNS = new Set(['contract', 'contracts', 'agreement', 'agreements', 'deal', 'deals', 'pact', 'commitment', 'commitments', 'partnership']);
const PRESENT = /^(accounts|represents|relies|fills|uses|rents|runs|trains|operates|depends|buys|pays|keeps|owns|holds|continues|supplies|provides|hosts|serves)$/;
const HEDGES = /\b(could|may|might|would|plans? to|intends? to|expects? to|proposed|potential|possible|reportedly|is said to|are said to|declined to comment|did not respond|people familiar|person familiar|sources? familiar|remains? unclear|very fluid|uncertain)\b/g;

const INVESTMENT_NOUN = /^investments?$/;
/** Words that leave a named investment still to come. */
const NOT_MADE = /\b(?:will|would|could|may|might|plans?|planned|proposed|potential|possible|talks|negotiat\w*|new|future|intended|expected|pledged?)\b/;

/**
 * True when a possessive company ("X's", "its") stands at most two words (five tokens) before token k ("X's small investment").
 * NOTE: not frame-args' possessorBefore, which wants a party it can name: here a pronoun "its" counts too.
 */
function possessiveJustBefore(v: DocView, k: number): boolean {
  for (let j = k - 1; j >= Math.max(0, k - 5); j--) {
    const m = v.mentionAt[j];
    if (m) return m.possessive && m.tokEnd >= j;
  }
  return false;
}

/**
 * What readStatus reads from a whole sentence: its words (joined on first read), its hedges, whether it tells of a deal
 * ending, and which gated patterns its tokens (and the one after it) hold the required words of.
 * NOTE: the view is passed to `text`, not kept: a cache value that points at its own WeakMap key makes an ephemeron
 * cycle, which every garbage collection then has to walk again.
 */
class SentenceWords {
  #text: string | undefined;
  readonly hedges: readonly string[];
  readonly ending: boolean;
  constructor(v: DocView, readonly from: number, readonly to: number, readonly cues: number) {
    this.hedges = GATES.mayMatch(HEDGES, cues) ? hedgesIn(this.text(v)) : [];
    this.ending = GATES.mayMatch(ENDING, cues) && ENDING.test(this.text(v));
  }

  /** The sentence's words (`span` of the whole sentence). */
  text(v: DocView): string {
    this.#text ??= span(v, this.from, this.to);
    return this.#text;
  }
}

const SENTENCE_WORDS = new WeakMap<DocView, Map<number, SentenceWords>>();
const ENDING = /collaps|ended|broke|fell|fallen|called|scrapped|failed|terminated|abandoned|stalled|on hold|paused|frozen/;
const LETTER_OF_INTENT = /\b(letter of intent|memorandum of understanding|non-binding|preliminary agreement)\b/;

/**
 * The patterns readStage tests (exported for the gate tests), each skipped in a sentence without one of the words it needs.
 * NOTE: the needed words are read off each pattern's source (regex-gate.ts), so editing a pattern keeps
 * its gate right; a pattern missing from this list is simply always tested.
 */
export const GATED_STATUS_PATTERNS: readonly RegExp[] = [
  AMENDED, CANCEL, CANCEL_LATER, NOT_DONE, DENY, STALLED, SAID_WEIGHING, RUMOUR, WEIGHING, TALKS, UNDER_WAY, COMMITTED_TO,
  PROMISED_MONEY, LETTER_OF_INTENT, NOT_SIGNED, SIGN, COMPLETE, ANNOUNCE, SAID_WOULD, PLAN, MODAL, UNDER_DEAL, HEDGES, ENDING,
  AWAITS_CLOSING, HAS_COMMITTED, MADE_DEAL_OPENER, ARRANGING, VENTURE_FORMED, PLEDGED,
];
const GATES = new GateTable(GATED_STATUS_PATTERNS);

/** The words of sentence s (`span` of the whole sentence) and what they say, cached per document. */
function sentenceWords(v: DocView, s: number): SentenceWords {
  let cache = SENTENCE_WORDS.get(v);
  if (!cache) SENTENCE_WORDS.set(v, (cache = new Map()));
  let found = cache.get(s);
  if (!found) {
    const from = v.sentTok[s]!;
    const to = v.sentTok[s + 1]!;
    // NOTE: one token past the sentence: a frame's window runs to its trigger + 2.
    found = new SentenceWords(v, from, to, cueMask(GATES, v, from, to + 1));
    cache.set(s, found);
  }
  return found;
}

/**
 * The distinct hedge words of a text, first occurrence first (as `[...new Set([...text.matchAll(HEDGES)].map((m) => m[1]))]`).
 * NOTE: exec from lastIndex, reset after: matchAll clones the pattern and walks an iterator (about 2.4x slower here).
 */
function hedgesIn(text: string): string[] {
  const out: string[] = [];
  HEDGES.lastIndex = 0;
  for (let m = HEDGES.exec(text); m; m = HEDGES.exec(text)) if (!out.includes(m[1]!)) out.push(m[1]!);
  HEDGES.lastIndex = 0;
  return out;
}

/** True when a token in [from, to) has `a` or `b` in its lower-case text. */
function anyTokenHolds(v: DocView, from: number, to: number, a: string, b: string): boolean {
  for (let j = Math.max(0, from); j < to && j < v.tokens.length; j++) {
    const w = v.tokens[j]!.lower;
    if (w.includes(a) || w.includes(b)) return true;
  }
  return false;
}

/** The last n space-separated words of s (all of s when it has fewer), as `s.split(' ').slice(-n).join(' ')`. */
function lastWords(s: string, n: number): string {
  let cut = s.length;
  for (let k = 0; k < n; k++) {
    cut = cut > 0 ? s.lastIndexOf(' ', cut - 1) : -1;
    if (cut < 0) return s;
  }
  return s.slice(cut + 1);
}

/**
 * Read a frame's status from the words just before its trigger (back to the previous trigger in
 * the sentence, at most ten words), then from the whole sentence for talks and cancellations.
 */
export function readStatus(v: DocView, f: Frame, previousTrigger: number, asHead = false): StatusReading {
  const r = readStage(v, f, previousTrigger, asHead);
  // NOTE: a stake is a holding, held (completed) or gone, never a contract in force: "under the recapitalisation agreed on Tuesday, X holds 27%".
  if (r.status === 'signed' && f.type === 'stake') return { ...r, status: 'completed' };
  // NOTE: "has snapped up Aligned ... Completion is expected next year": agreed, not yet closed.
  if (r.status === 'completed' && f.type === 'acquisition' && awaitsClosing(v, f.sentence)) return { ...r, status: 'signed' };
  // NOTE: "... led by X. The terms are still being finalised": a stage read from tense alone yields to the paragraph.
  if (r.weight < 2 && (r.status === 'completed' || r.status === 'signed' || r.status === 'announced') && paragraphStillOpen(v, f.sentence)) return { ...r, status: 'in_talks' };
  return r;
}

/** True when the sentence or the next one says the deal has yet to close. */
function awaitsClosing(v: DocView, s: number): boolean {
  const has = (w: SentenceWords) => GATES.mayMatch(AWAITS_CLOSING, w.cues) && AWAITS_CLOSING.test(w.text(v));
  return has(sentenceWords(v, s)) || (s + 1 < v.sentences.length && has(sentenceWords(v, s + 1)));
}

function readStage(v: DocView, f: Frame, previousTrigger: number, asHead: boolean): StatusReading {
  const first = v.sentTok[f.sentence]!;
  // NOTE: "has a $38 billion agreement to supply OpenAI", "the contract under which X will supply Y": the deal's own stage.
  const head = governingDeal(v, f.sentence, f.trigger);
  if (head >= 0) {
    const r = readStatus(v, { ...f, trigger: head }, -1, true);
    if (r.weight === 2 || (r.weight === 1 && (r.status === 'signed' || r.status === 'completed'))) return r;
  }
  const from = Math.max(first, previousTrigger + 1, f.trigger - 10);
  const whole = sentenceWords(v, f.sentence);
  const hedges = whole.hedges;
  const cues = whole.cues;
  // NOTE: the window's cue classes gate every pattern tested on it, and its words are joined only when one passes:
  // most frames are decided by a pattern whose words the window lacks, and then never need the window as a string.
  const localCues = cueMask(GATES, v, from, f.trigger + 2);
  let localWords: string | undefined;
  /** The window's words; "the talks collapsed and Meta instead invested $14 billion in Scale": what came instead has its own stage. */
  const local = (): string => {
    if (localWords === undefined) {
      const words = span(v, from, f.trigger + 2);
      localWords = words.includes('instead') ? words.replace(/^.*\binstead\b/, '') : words;
    }
    return localWords;
  };
  /** `re.test(text)`, skipped when the sentence lacks every word the pattern needs (text lies within it). */
  const has = (re: RegExp, text: string): boolean => GATES.mayMatch(re, cues) && re.test(text);
  /** `re.test` on the whole sentence's words, skipped (the words never joined) when the sentence lacks the pattern's words. */
  const hasWhole = (re: RegExp): boolean => GATES.mayMatch(re, cues) && re.test(whole.text(v));
  /** `re.test(local())`, skipped when the window lacks every word the pattern needs. */
  const hasLocal = (re: RegExp): boolean => GATES.mayMatch(re, localCues) && re.test(local());
  /** `re.test` on the words of tokens [a, b) of the sentence, skipped (the span never joined) when the sentence lacks them. */
  const hasSpan = (re: RegExp, a: number, b: number): boolean => GATES.mayMatch(re, cues) && re.test(span(v, a, b));
  const read = (status: DealStatus, weight: number, planOnly = false): StatusReading => ({ status, hedges, weight, planOnly });
  const after = (): string => `${span(v, Math.max(first, previousTrigger + 1, f.trigger - 6), f.trigger).replace(/^.*\binstead\b/, '')} ${span(v, f.trigger, v.sentTok[f.sentence + 1]!)}`;
  const w = v.tokens[f.trigger]!.lower;
  if (hasLocal(AMENDED)) return read('amended', 2);
  // NOTE: `after` is read only in a sentence that tells of a deal ending (empty otherwise, where neither pattern matches).
  if (hasLocal(CANCEL) || (whole.ending && has(CANCEL_LATER, after())) || hasLocal(NOT_DONE)) return read('cancelled', 2);
  if (hasLocal(DENY)) return read('denied', 2);
  if (hasLocal(STALLED) || (whole.ending && has(STALLED, after()))) return read('stalled', 2);
  // NOTE: weighing, considering, exploring: a stage before talks.
  if (hasLocal(SAID_WEIGHING) || hasLocal(RUMOUR) || hasLocal(WEIGHING)) return read('rumoured', 2);
  if (hasLocal(TALKS)) return read('in_talks', 2);
  if (hasLocal(UNDER_WAY)) return read('in_talks', 2);
  // NOTE: "X is raising about $20 billion, including $2 billion from Y": the round is still being gathered.
  if (f.type === 'equity_investment' && raisingUnderWay(span(v, first, f.trigger))) return read('in_talks', 2);
  // NOTE: "a funding round of up to $40 billion led by X" while the company negotiates: the round's stage.
  if (/^(?:led|co-led)$/.test(w) && !AUXILIARY.test(v.tokens[f.trigger - 1]?.lower ?? '') && hasSpan(TALKS, first, f.trigger) && !hasWhole(CANCEL)) return read('in_talks', 2);
  // NOTE: "will supply X with capacity under a five-year contract worth $17.4bn": the contract exists.
  if (PURCHASE_LIKE.has(f.type) && hasWhole(UNDER_DEAL) && !pendingTerms(v)) {
    const m = UNDER_DEAL.exec(span(v, f.trigger, v.sentTok[f.sentence + 1]!));
    if (m && !/\b(?:proposed|potential|possible|planned|new)\b/.test(m[0])) return read('signed', 2);
  }
  // NOTE: "As part of the agreement, X will run its services on Y", "has signed a lease and will use it to supply Y".
  // NOTE: performsMadeDeal needs "will" or "would" before the trigger; letters lie within one token, so a token holds it.
  const performs = PURCHASE_LIKE.has(f.type) && !pendingTerms(v) && anyTokenHolds(v, first, f.trigger, 'will', 'would') ? performsMadeDeal(whole.text(v), span(v, first, f.trigger)) : null;
  if (performs === 'made') return read('signed', 2);
  if (performs === 'fronted' && !hasLocal(SIGN)) return { ...read('signed', 1), performs: true };
  // NOTE: "the two have formed a 50-50 venture": a venture already formed exists.
  if (f.type === 'joint_venture' && hasLocal(VENTURE_FORMED)) return read('signed', 2);
  // NOTE: "is putting up to $10bn into X", "added a pledge of up to $10bn": money promised, not yet put in (frame-status-pledge.ts).
  // NOTE: onlyPledged holds only where PLEDGED matches, so the words are joined only when the tokens hold its words.
  if (GATES.mayMatch(PLEDGED, cueMask(GATES, v, from, f.trigger + 4)) && onlyPledged(span(v, from, f.trigger + 4))) return read('announced', 2);
  // NOTE: "has committed to spend $10bn", "the contract announced on Monday: X will pay Y": a deal already made (frame-status-made.ts).
  if (!pendingTerms(v) && (hasLocal(HAS_COMMITTED) || hasSpan(MADE_DEAL_OPENER, first, f.trigger))) return read('signed', 2);
  if (hasLocal(COMMITTED_TO) || hasLocal(PROMISED_MONEY)) return read('announced', 2);
  if (f.type === 'hardware_purchase' && SUPPLIER_NOUN.test(w) && !hasLocal(MODAL) && !/\bwill\b/.test(local())) return read('completed', 1);
  if (hasLocal(LETTER_OF_INTENT)) return read('announced', 2);
  // NOTE: "has still not reached a definitive agreement": the stage before signing.
  if (hasLocal(NOT_SIGNED)) return read(hasWhole(TALKS) ? 'in_talks' : 'announced', 2);
  if (hasLocal(SIGN) && !/\b(would|could|may|might) (?:\w+ )?(sign|agree)/.test(local())) {
    // NOTE: "remains its biggest backer", "remains its largest shareholder": a holding still held is complete.
    const onlyRemain = SIGN.exec(local())![1]!.startsWith('remain') && !SIGN.test(local().replace(/\bremains?\b/g, ''));
    return read(onlyRemain && !ONGOING.has(f.type) ? 'completed' : 'signed', 2);
  }
  // NOTE: "announced an agreement under which X will invest": an announcement, not yet a signature; but "announced a
  // $2bn agreement to supply X" is a purchase contract made, unless the document says terms are still pending.
  if (DEAL_NOUNS.has(w) && !hasLocal(MODAL)) return read(asHead && /\bannounc/.test(local()) && (pendingTerms(v) || !PURCHASE_LIKE.has(f.type)) ? 'announced' : 'signed', 2);
  if (/^(after|since)$/.test(v.tokens[f.trigger - 1]?.lower ?? '')) return read('completed', 2);
  if (hasLocal(COMPLETE) && !/\b(will|would|could|may|might|to|being)\b/.test(lastWords(local(), 4))) {
    return read(ONGOING.has(f.type) && f.status !== 'completed' ? 'signed' : 'completed', 1);
  }
  if (f.status) return read(f.status, 1);
  // NOTE: "the financing is being arranged through a vehicle that will buy ...": what it pays for is still in talks.
  if (hasWhole(ARRANGING)) return read('in_talks', 2);
  if (hasLocal(ANNOUNCE)) return read('announced', hasLocal(PLAN) ? 1 : 2, hasLocal(PLAN) && !/\bannounc/.test(local()));
  if (hasSpan(SAID_WOULD, first, f.trigger + 1)) return read('announced', 1);
  if (hasLocal(MODAL)) return read('in_talks', 1);
  // NOTE: "X is weighing spending billions on Y's chips, first renting them ...": weighing is before talks.
  if (hasWhole(TALKS) && !hasWhole(CANCEL)) return read(hasWhole(WEIGHING) && !/\b(?:in talks|negotiat|discussions?)\b/.test(whole.text(v)) ? 'rumoured' : 'in_talks', 1);
  if (hasWhole(CANCEL)) return read('cancelled', 1);
  if (PURCHASE_LIKE.has(f.type) && orderPlaced(w)) return read('signed', 1);
  if (PRESENT.test(w)) return read(ONGOING.has(f.type) ? 'signed' : 'completed', 1);
  if (/ed$|^(made|bought|took|led|held|put|got|sold|lent|paid|spent)$/.test(w)) return read(ONGOING.has(f.type) ? 'signed' : 'completed', 1);
  // NOTE: "the regulator cleared X's small investment in Y": an investment named as a thing, with nothing to come, was made.
  if (f.type === 'equity_investment' && INVESTMENT_NOUN.test(w) && possessiveJustBefore(v, f.trigger) && !NOT_MADE.test(whole.text(v))) return read('completed', 1);
  return read('announced', 0);
}
