/** Whether a claim reports a change to an earlier deal ("expanded", "additional", "increased to"). */
import type { Claim, ClaimRelation } from '../core/claim.js';
import type { DealStatus } from '../core/deal-status.js';

const MONEY = String.raw`(?:US)?[$€£]?\s?\d`;
const CUES: readonly [RegExp, ClaimRelation][] = [
  [
    new RegExp(
      String.raw`\b(?:increas|rais|boost|lift|upsiz|bump)\w*\s+(?:\w+\s+){0,3}?to\s+${MONEY}`,
      'i',
    ),
    'amends',
  ],
  [
    /\b(?:amend|revis|renegotiat|restructur)\w*\s+(?:(?:its|their|the|an?|existing)\s+)?(?:\w+\s+){0,2}?(?:deal|agreement|contract|partnership|pact|terms)\b/i,
    'amends',
  ],
  [new RegExp(String.raw`\badditional\s+${MONEY}`, 'i'), 'expands'],
  [/\b(?:an?|the)\s+additional\s+(?:investment|commitment|purchase|order|tranche)\b/i, 'expands'],
  [
    /\bexpand\w*\s+(?:(?:its|their|the|an?|existing)\s+)?(?:\w+\s+){0,2}?(?:deal|agreement|contract|partnership|pact|commitment)\b/i,
    'expands',
  ],
  [
    /\b(?:deal|agreement|contract|partnership|commitment)\s+(?:was\s+|is\s+|has\s+been\s+)?(?:expanded|extended)\b/i,
    'expands',
  ],
  [
    new RegExp(
      String.raw`\bon top of\s+(?:its|their|the|an?)?\s*(?:earlier|previous|existing|prior)?\s*${MONEY}`,
      'i',
    ),
    'expands',
  ],
];

/** The relation a claim's own words cue, read from its amount phrase and evidence quotes. */
export function relationCue(claim: Claim): ClaimRelation | null {
  const texts = [claim.amount?.text ?? '', ...claim.evidence.map((e) => e.quote)];
  for (const [re, relation] of CUES) if (texts.some((t) => re.test(t))) return relation;
  return null;
}

/** The claim's relation: the explicit field, else its text cue. */
export function claimRelation(claim: Claim): ClaimRelation | null {
  return claim.relation ?? relationCue(claim);
}

/** Statuses after which a new amount or term is a new, linked deal rather than a conflicting value. */
export const FIRM_STATUSES: ReadonlySet<DealStatus> = new Set([
  'announced',
  'signed',
  'completed',
  'amended',
]);
