/** Short names a document earns: "Vantage" after "Vantage Data Centers" (an alias too ambiguous to match on its own). */
import type { EntityId } from '../core/ids.js';
import type { DocView, Mention } from './doc-view.js';

/** A token span naming an entity by one of its unmatchable aliases. */
export interface ShortName {
  readonly from: number;
  readonly to: number;
  readonly sentence: number;
  readonly id: EntityId;
}

/**
 * Spans that use an unmatchable alias of an entity the document has already named in full
 * ("Fidelity" after "Fidelity Investments"), on tokens no other name covers.
 * @example shortNames(v, found, covered) // [{ from: 40, to: 41, sentence: 3, id: 'vantage-data-centers' }]
 */
export function shortNames(v: DocView, found: readonly Mention[], covered: readonly boolean[]): ShortName[] {
  const firstTok = new Map<EntityId, number>();
  for (const m of found) if (m.entityId && !m.outlet && !firstTok.has(m.entityId)) firstTok.set(m.entityId, m.tok);
  const byFirstWord = new Map<string, { words: string[]; id: EntityId; after: number }[]>();
  for (const [id, after] of firstTok) {
    for (const a of v.gazetteer.entities.get(id)?.aliases ?? []) {
      if (a.matchable) continue;
      const words = a.name.split(/\s+/).filter(Boolean);
      // NOTE: only capitalised aliases ("Vantage"), never lower-case words or one-letter names.
      if (!words.length || !/^\p{Lu}/u.test(words[0]!) || a.name.length < 3) continue;
      const list = byFirstWord.get(words[0]!) ?? [];
      list.push({ words, id, after });
      byFirstWord.set(words[0]!, list);
    }
  }
  if (!byFirstWord.size) return [];
  const t = v.tokens;
  const out: ShortName[] = [];
  for (let s = 0; s < v.sentences.length; s++) {
    const end = v.sentTok[s + 1]!;
    for (let i = v.sentTok[s]!; i < end; i++) {
      const cands = covered[i] ? undefined : byFirstWord.get(t[i]!.text);
      const hit = cands?.find((c) => i > c.after && c.words.every((w, j) => i + j < end && !covered[i + j] && t[i + j]!.text === w));
      if (!hit) continue;
      out.push({ from: i, to: i + hit.words.length, sentence: s, id: hit.id });
      i += hit.words.length - 1;
    }
  }
  return out;
}
