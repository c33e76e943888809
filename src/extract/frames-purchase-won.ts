/** Contracts named by their other side: "CoreWeave wins Meta contract", "won a contract from Meta", "its Microsoft contract". */
import type { Mention } from './doc-view.js';
import { agentBefore, objectAfter, possessorBefore } from './frame-args.js';
import { amountIn, trailingAmount } from './frame-values.js';
import { findWord, words } from './frame-words.js';
import { alternativeTo } from './frames-funding.js';
import { pairs, providerScore, purchaseTypeFor, sameParty, usable, type FrameContext, type FrameHandler } from './frame.js';

/** Verbs of a seller getting business. */
const WIN = words('won win wins winning land lands landed landing secured secures secure securing bagged bag bags clinched clinch clinches nabbed');
const KINDS = words('cloud computing compute capacity infrastructure gpu ai hosting multiyear multi-year five-year six-year seven-year');

/** A company named right before the deal noun at k, past size and kind words: "Meta contract", "a $14bn OpenAI cloud deal". */
function namedBefore(c: FrameContext, k: number): Mention | null {
  const { v } = c;
  for (let j = k - 1; j >= Math.max(v.sentTok[c.s]!, k - 3); j--) {
    const m = v.mentionAt[j];
    if (m) return usable(m) && !m.possessive && m.tokEnd === j + 1 && m.kind !== 'pronoun' ? m : null;
    if (!KINDS.has(v.tokens[j]!.lower)) return null;
  }
  return null;
}

/** The seller holding the deal: "its Microsoft contract" (possessor), or the subject of a win verb just before. */
function holderOf(c: FrameContext, k: number, start: number): { holder: Mention; won: boolean } | null {
  const { v, s } = c;
  // NOTE: "Before its Microsoft contract, IREN …": an opener's unresolved "its" is the main clause's subject.
  const its = v.mentionAt[start - 1];
  const opener = its?.kind === 'pronoun' && its.possessive && !its.entityId ? openerSubject(c, k) : null;
  if (opener) return { holder: opener, won: false };
  const poss = possessorBefore(v, start, 4);
  if (poss && usable(poss)) return { holder: poss, won: false };
  const verb = findWord(v, Math.max(v.sentTok[s]!, start - 6), start, WIN);
  if (verb < 0 || findWord(v, verb + 1, start, words(', ; which that')) >= 0) return null;
  const subject = agentBefore(v, s, verb);
  return subject ? { holder: subject, won: true } : null;
}

/** The subject right after the comma that closes a sentence opener holding token k. */
function openerSubject(c: FrameContext, k: number): Mention | null {
  const { v, s } = c;
  const comma = findWord(v, k + 1, Math.min(v.sentTok[s + 1]!, k + 8), words(','));
  const m = comma >= 0 ? v.mentionAt[comma + 1] : undefined;
  return usable(m) && !m.possessive && m.role === 'subject' ? m : null;
}

/**
 * "CoreWeave wins Meta contract worth up to $14.2bn", "Google Cloud has won a contract from Meta",
 * "Before its Microsoft contract, IREN …": the named company buys from the holder when the holder
 * won the deal or looks more like a provider.
 */
export const wonContract: FrameHandler = (c, k) => {
  const { v, s } = c;
  const named = namedBefore(c, k);
  const from = named ? null : objectAfter(v, s, k, words('from'), { maxGap: 6 })[0] ?? null;
  const buyer0 = named ?? from;
  if (!buyer0) return [];
  const start = named ? named.npTok : k;
  const found = holderOf(c, k, start);
  if (!found) return [];
  let seller = found.holder;
  if (seller.kind === 'pronoun') seller = alternativeTo(c, seller, buyer0) ?? seller;
  if (sameParty(seller, buyer0)) return [];
  // NOTE: "its Microsoft contract" with no verb says nothing of direction ("Cohere's orders from the
  // chipmaker" buys): the provider sells.
  if (!found.won && providerScore(v, seller) <= providerScore(v, buyer0)) return [];
  const amount = amountIn(v, Math.max(v.sentTok[s]!, start - 6), k, c.taken) ?? trailingAmount(v, Math.max(k + 1, from?.tokEnd ?? 0), c.taken);
  return pairs([buyer0], [seller], { type: purchaseTypeFor(v, seller), sentence: s, trigger: k, amount, strength: 0.65 });
};

const BACKLOG = words('backlog backlogs rpo obligations book revenue revenues');

/**
 * "Oracle's $455 billion backlog ... now includes cloud contracts with OpenAI, Meta and xAI": the
 * backlog's owner sells to each company its contracts are with.
 */
export const backlogContracts: FrameHandler = (c, k) => {
  const { v, s } = c;
  const buyers = objectAfter(v, s, k, words('with'), { maxGap: 2 });
  if (!buyers.length || findWord(v, Math.max(v.sentTok[s]!, k - 3), k, words('includes include included including')) < 0) return [];
  const noun = findWord(v, v.sentTok[s]!, k, BACKLOG);
  const seller = noun >= 0 ? possessorBefore(v, noun, 5) : null;
  if (!usable(seller) || seller.kind === 'pronoun') return [];
  const out = [];
  for (const b of buyers) {
    if (sameParty(b, seller) || providerScore(v, seller) <= providerScore(v, b)) continue;
    out.push(...pairs([b], [seller], { type: purchaseTypeFor(v, seller), sentence: s, trigger: k, amount: null, strength: 0.55, status: 'signed' as const }));
  }
  return out;
};
