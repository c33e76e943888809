/** A description in object position is not its own clause's subject: "Nvidia will invest $5bn in the chipmaker" means another chipmaker. */
import type { EntityId } from '../core/ids.js';
import type { DocView, Mention } from './doc-view.js';

/**
 * The entity of the nearest resolved subject before description `m` in its sentence, when `m`
 * is not a subject itself ("after Nvidia said it would invest $5 billion in the struggling
 * chipmaker" → nvidia); null for a subject or a possessive, or when no subject comes before it.
 * @example clauseSubjectOf(v, m) // m = "the chipmaker" in "Nvidia will invest in the chipmaker"
 */
export function clauseSubjectOf(v: DocView, m: Mention): EntityId | null {
  if (m.role === 'subject' || m.possessive) return null;
  const first = v.sentTok[m.sentence]!;
  for (let j = m.npTok - 1; j >= first; j--) {
    if (v.tokens[j]!.text === ';') return null;
    const h = v.mentionAt[j];
    if (!h || h === m || h.tok !== j) continue;
    if (h.role === 'subject' && !h.possessive && h.entityId) return h.entityId;
  }
  return null;
}
