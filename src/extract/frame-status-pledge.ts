/** Money promised but not yet put in: a ceiling in the progressive ("is putting up to $10bn into"), a pledge named as a thing. */

/**
 * "is putting up to $10bn into X", "are investing as much as $5bn": a ceiling cannot have been paid
 * or fixed yet, so the progressive tells of a commitment announced, not one signed.
 * "added a pledge of up to $10bn for X", "its pledge to invest": a pledge is an announcement whatever
 * the verb that brings it ("added", "made").
 */
export const PLEDGED = /\b(?:(?:is|are) (?:also |now |still )?(?:putting|investing|committing|providing|contributing|lending|injecting) (?:up to|as much as)|(?:a|an|its|their|the|this|that) (?:[\w-]+ )?pledge (?:of|to|for))\b/;

/** True when the words around a frame's trigger (lower-cased, space-joined) tell of money only pledged. */
export function onlyPledged(words: string): boolean {
  return (words.includes('pledge') || words.includes(' up to') || words.includes(' as much as')) && PLEDGED.test(words);
}
