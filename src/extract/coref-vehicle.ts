/** Vehicles and ventures named by a description ("the vehicle", "a special purpose vehicle", "their joint venture") made deal parties. */
import { addMention, type DocView } from './doc-view.js';
import { VENTURE_HEADS, ventureAt } from './frames-venture-ref.js';
import { words } from './frame-words.js';
import { roleOf } from './mention-roles.js';
import { inClass, wordClass } from './word-class.js';

/** Words a venture description may start with, walked left from its head noun. */
const LEAD_WORDS = words('the a an this that its their new joint special purpose special-purpose financing 50-50 50/50 -');
/** Words that make an indefinite description a vehicle or venture ("a special purpose vehicle", "a joint venture"). */
const KIND_WORDS = words('joint special purpose special-purpose financing');
/** Determiners and possessives that may open a description. */
const OPENERS = words('the a an this that its their');

// NOTE: every token is asked whether it heads a venture: a bit test on its shared Word.
const C_VENTURE_HEADS = wordClass(VENTURE_HEADS);

/**
 * Adds a mention for each description of a vehicle or joint venture that resolves to one known entity
 * (by the owners or sponsor named around it, or the last venture the text named), so every frame handler
 * can read it as a party, not only the few that look for vehicles themselves. Runs after coreference:
 * pronouns keep their antecedents.
 * @example "X lined up $5bn through a special purpose vehicle that will buy Y's chips." → "a special purpose vehicle" is X's SPV
 */
export function addVehicleMentions(v: DocView): void {
  const t = v.tokens;
  for (let s = 0; s < v.sentences.length; s++) {
    const end = v.sentTok[s + 1]!;
    for (let k = v.sentTok[s]!; k < end; k++) {
      if (!inClass(t[k]!.word, C_VENTURE_HEADS)) continue;
      const at = v.mentionAt[k];
      // NOTE: a resolved mention already covers it ("the venture" resolved by coreference, a gazetteer name).
      if (at && at.entityId !== null) continue;
      // NOTE: "venture capital", "joint-venture partner": the head must end the noun phrase.
      const next = t[k + 1]?.lower ?? '';
      if (next === 'capital' || next === 'capitalist' || next === 'capitalists' || next === 'partner' || next === 'partners') continue;
      let j = k;
      while (j > v.sentTok[s]! && k - j < 4 && LEAD_WORDS.has(t[j - 1]!.lower) && !v.mentionAt[j - 1]) j--;
      // NOTE: "Acme's joint venture with Beta": the owner's possessive opens the phrase; ventureAt reads the words from the head side.
      if (!OPENERS.has(t[j]!.lower) && !(t[j - 1]?.lower === 's' && t[j - 2]?.norm === "'")) continue;
      // NOTE: "bought a vehicle": an indefinite description is a vehicle only with a word that says so ("special purpose", "joint").
      if ((t[j]!.lower === 'a' || t[j]!.lower === 'an') && !saysVehicle(v, j + 1, k)) continue;
      const m = ventureAt(v, s, j);
      if (!m || m.tokEnd !== k + 1) continue;
      if (at) {
        // NOTE: an unresolved nominal over the same words: resolve it in place.
        at.entityId = m.entityId;
        at.candidates = m.candidates;
        at.name = m.name;
        continue;
      }
      m.role = roleOf(v, m);
      addMention(v, m);
    }
  }
}

function saysVehicle(v: DocView, from: number, to: number): boolean {
  for (let j = from; j < to; j++) if (KIND_WORDS.has(v.tokens[j]!.lower)) return true;
  return false;
}
