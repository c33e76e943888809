/** Wording that says a deal already exists: a commitment already made, a contract already announced or signed. */

/**
 * "has committed to spend $10bn", "have also committed to buy": a commitment in the perfect is one made
 * and binding (signed); the bare "committed to buy" of a plan stays announced (frame-status COMMITTED_TO).
 */
export const HAS_COMMITTED = /\b(?:has|have|had|having) (?:also |already |now )?(?:been )?committed to (?:buy|spend|purchase|use|rent|pay|take|lease|deploy)\b/;

/**
 * "the contract announced on Monday: X will pay Y", "Under agreements announced on Tuesday, X owns":
 * a named deal noun with a past participle, then a colon or comma that opens the deal's terms.
 * The terms that follow perform a deal already made.
 */
export const MADE_DEAL_OPENER = /\b(?:contract|contracts|agreement|agreements|deal|deals|pact|pacts) (?:(?:first |formally |publicly )?(?:announced|unveiled|disclosed|signed|struck|agreed|sealed|inked))(?: (?:on|last|this|earlier|in|at) [^ ]+(?: [^ ]+)?)? [:,]/;

/**
 * True when the words before a frame's trigger (lower-cased, space-joined, sentence start to trigger)
 * say the deal it performs was already made: "has committed to spend", "the contract announced on Monday:".
 * `pending` is true when the document says its deals still await definitive terms: then nothing here counts.
 */
export function dealAlreadyMade(before: string, pending: boolean): boolean {
  if (pending) return false;
  if (before.includes('committed') && HAS_COMMITTED.test(before)) return true;
  return MADE_DEAL_OPENER.test(before);
}

/** "ordered 18,000 processors from X": a purchase order placed is a contract made, its delivery still to come. */
const ORDER_VERBS = new Set(['ordered', 'orders']);

/** True when a purchase frame's trigger word (lower case) is a placed order. */
export function orderPlaced(trigger: string): boolean {
  return ORDER_VERBS.has(trigger);
}

/** "the two have formed a 50-50 venture", "has set up a joint venture": a venture already formed exists (signed). */
export const VENTURE_FORMED = /\b(?:has|have|had) (?:already |now |also |jointly )?(?:formed|set up|created|established)\b/;
