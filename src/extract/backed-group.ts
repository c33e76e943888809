/** A group noun right before "backed by" ("a consortium backed by A and B"): the backers fund that group, not the party before it. */
import type { DocView } from './doc-view.js';

/** Nouns for a buying or investing group that the text does not name. */
// NOTE: "group" alone is left out: "the Japanese group backed by X" is usually a company's descriptor.
const GROUP_NOUNS = new Set(['consortium', 'consortia', 'syndicate', 'club', 'investors', 'vehicle', 'spv', 'partnership', 'coalition', 'alliance']);
const GROUP_OF = new Set(['investor', 'investment', 'buyout', 'buyer', 'bidding']);

/**
 * True when the word before the trigger at k ("backed", "funded") is an unnamed group noun ("a consortium backed by
 * BlackRock and Microsoft", "an investor group funded by ..."), so the backers back that group and no party named
 * earlier in the sentence ("agreed to sell Aligned to a consortium backed by ...").
 */
export function backsUnnamedGroup(v: DocView, k: number): boolean {
  const prev = v.tokens[k - 1];
  if (!prev || v.mentionAt[k - 1]) return false;
  if (GROUP_NOUNS.has(prev.lower)) return true;
  return prev.lower === 'group' && GROUP_OF.has(v.tokens[k - 2]?.lower ?? '');
}
