/** Trigger handler for a licence handed over as a noun: "gives X a licence to Y's characters", "X gets a licence to Y models". */
import type { Mention } from './doc-view.js';
import { agentBefore, directObject, objectAfter, possessorBefore } from './frame-args.js';
import { findWord, words } from './frame-words.js';
import { pairs, partyOrProduct, sameParty, usable, type Frame, type FrameContext, type FrameHandler } from './frame.js';

/** Verbs that hand a licence to their indirect object ("gives OpenAI a licence"). */
const GIVE = words('give gives gave giving given grant grants granted granting award awards awarded');
/** Verbs whose subject receives the licence ("OpenAI gets a licence"). */
const GET = words('get gets got getting receive receives received receiving win wins won secure secures secured obtain obtains obtained');
/** What a licence covers, whose owner grants it. */
const LICENSED = words('models model technology technologies ip software patents characters content brands brand catalogue catalog library archive music images designs films shows');
/** Nouns for a deal, which gives nothing itself: its owner side is read from what is licensed. */
const DEAL_NOUNS = words('agreement deal pact contract arrangement partnership');
const STOPS = words(', ; which that');
const CLAUSE_BREAKS = words('; which that');

/**
 * "The agreement gives Acme a three-year licence to more than 100 Globex characters", "Acme got a licence
 * to Globex's models": the one who receives the licence is the licensee and pays; the owner of what it covers
 * (else the giver) is the licensor. Money in a licence runs licensee → licensor.
 */
export const licenceGiven: FrameHandler = (c, k) => {
  const { v, s } = c;
  const t = v.tokens;
  const first = v.sentTok[s]!;
  // NOTE: the noun after an article or a term ("a licence", "a three-year licence"); the verb sits a few words before.
  let verb = -1;
  for (let j = k - 1; j >= Math.max(first, k - 10); j--) {
    const w = t[j]!.lower;
    if (GIVE.has(w) || GET.has(w)) {
      verb = j;
      break;
    }
    if (STOPS.has(w)) break;
  }
  if (verb < 0) return licensedFor(c, k);
  const giving = GIVE.has(t[verb]!.lower);
  let licensee: Mention | null;
  let giver: Mention | null;
  if (giving) {
    licensee = directObject(v, s, verb, 2)[0] ?? null;
    giver = agentBefore(v, s, verb);
    // NOTE: "the agreement gives X a licence": a deal noun as subject names no giver.
    if (DEAL_NOUNS.has(t[verb - 1]?.lower ?? '')) giver = null;
  } else {
    licensee = agentBefore(v, s, verb);
    giver = objectAfter(v, s, k, words('from'), { maxGap: 8 })[0] ?? null;
  }
  if (!usable(licensee) || licensee.possessive) return [];
  const licensor = ownerOfCovered(c, k) ?? giver;
  if (!usable(licensor) || sameParty(licensor, licensee)) return [];
  return pairs([licensee], [licensor], { type: 'licence', sentence: s, trigger: k, amount: null, strength: 0.75 });
};

/** The owner of what the licence at k covers: "to Y's models", "to more than 200 Y characters". */
function ownerOfCovered(c: FrameContext, k: number): Mention | null {
  const { v, s } = c;
  const end = Math.min(v.sentTok[s + 1]!, k + 18);
  const to = findWord(v, k + 1, Math.min(end, k + 3), words('to for over on covering'));
  if (to < 0) return null;
  const noun = findWord(v, to + 1, end, LICENSED);
  // NOTE: commas may list the brands ("to Globex, Initech and Acme characters"); a clause break may not.
  if (noun < 0 || findWord(v, to + 1, noun, CLAUSE_BREAKS) >= 0) return null;
  const m = possessorBefore(v, noun, 4);
  if (m) return usable(m) && m.kind !== 'pronoun' ? m : null;
  // NOTE: "to 200 Globex, Initech and Acme characters": the first brand before the noun.
  for (let j = to + 1; j < noun; j++) {
    const x = v.mentionAt[j];
    if (usable(x) && x.kind !== 'pronoun' && !x.possessive) return x;
  }
  return null;
}

/**
 * "a deal that licenses 200 of the studio's characters for Acme's video app", "licensed Globex's catalogue to Acme":
 * the owner of what is licensed is the licensor, the company (or product's maker) it is licensed for is the licensee.
 */
function licensedFor(c: FrameContext, k: number): Frame[] {
  const { v, s } = c;
  if (!/^licen[cs](es|ed|ing)$/.test(v.tokens[k]!.lower)) return [];
  const end = Math.min(v.sentTok[s + 1]!, k + 12);
  const noun = findWord(v, k + 1, end, LICENSED);
  if (noun < 0 || findWord(v, k + 1, noun, STOPS) >= 0) return [];
  const owner = possessorBefore(v, noun, 4);
  if (!usable(owner) || owner.kind === 'pronoun') return [];
  const licensee = objectAfter(v, s, noun, words('for to'), { maxGap: 1, products: true })[0] ?? null;
  if (!partyOrProduct(licensee) || sameParty(owner, licensee)) return [];
  return pairs([licensee], [{ ...owner, possessive: false }], { type: 'licence', sentence: s, trigger: k, amount: null, strength: 0.75 });
}
