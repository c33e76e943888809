/** Future verbs that perform a deal already made: "As part of the agreement, X will run ...", "has signed a lease and will use it to supply Y". */

import type { DealStatus } from '../core/deal-status.js';

/** A fronted "As part of the agreement," / "Under the deal," that places the whole clause inside a deal. */
const FRONTED_PART = /^(?:[^ ]+ ){0,8}?(?:as part of|under) (?:a|an|the|its|their|this|that|that same|the same) (?:[^ ]+ ){0,4}?(?:deal|contract|agreement|pact|arrangement|partnership)s? ,/;
/** An earlier verb of the sentence that made the deal ("has signed a 15-year lease", "agreed to lease"). */
const MADE = /\b(?:has|have|had) (?:already )?(?:signed|agreed|struck|inked|sealed)\b/;
/** A coordinated future verb right before the trigger: "... and will use it to supply". */
const AND_WILL = /\band (?:will|would)(?: [^ ]+){0,4}$/;
/** Words that make the deal itself tentative, so its performance is no more than announced. */
const TENTATIVE = /\b(?:proposed|potential|possible|planned|would-be|expected|letter of intent|memorandum|non-binding|subject to)\b/;

/**
 * How a frame read from a future ("will") performs a deal: 'made' after "has signed" / "has agreed"
 * in the same sentence ("... and will use it to supply Y"), 'fronted' inside a fronted "as part of /
 * under the agreement," (its stage is that agreement's), else null. `sentence` is the lower-cased
 * words of the whole sentence, `before` those from the sentence start to the trigger.
 */
export function performsMadeDeal(sentence: string, before: string): 'made' | 'fronted' | null {
  if (!before.includes('will') && !before.includes('would')) return null;
  if (TENTATIVE.test(sentence)) return null;
  if (AND_WILL.test(before) && MADE.test(before.slice(0, before.lastIndexOf(' and ')))) return 'made';
  if (FRONTED_PART.test(sentence) && before.length > sentence.indexOf(' , ')) return 'fronted';
  return null;
}

/**
 * The stage a fronted "as part of the agreement" frame takes from the deal it performs (the latest
 * earlier frame sharing a party): a deal made or done is signed, one only announced or in talks
 * passes its stage on. Null when there is no such deal.
 */
export function performedStage(lead: DealStatus | null): DealStatus {
  if (!lead || lead === 'completed' || lead === 'signed' || lead === 'amended') return 'signed';
  return lead === 'announced' || lead === 'in_talks' || lead === 'rumoured' ? lead : 'signed';
}
