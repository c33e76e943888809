/** Paragraph labels: "- Fluidstack: the lab plans to spend $50bn with it" names the paragraph's counterparty up front. */
import type { DocView, Mention } from './doc-view.js';

const BULLETS = new Set(['-', '•', '*', '–', '—', '·']);
const cache = new WeakMap<DocView, Map<number, readonly Mention[]>>();

/**
 * The companies a paragraph is labelled with: the names before a colon that opens its first
 * sentence, after an optional bullet ("- Microsoft and Nvidia: …", "Oracle: …"). Empty when the
 * paragraph has no such label.
 * @example paragraphLabel(v, 9).map((m) => m.entityId) // ['fluidstack']
 */
export function paragraphLabel(v: DocView, s: number): readonly Mention[] {
  let byView = cache.get(v);
  if (!byView) {
    byView = new Map();
    cache.set(v, byView);
  }
  const para = v.sentences[s]?.paragraph;
  if (para === undefined) return [];
  let first = s;
  while (first > 0 && v.sentences[first - 1]!.paragraph === para) first--;
  const hit = byView.get(first);
  if (hit) return hit;
  const out = labelOf(v, first);
  byView.set(first, out);
  return out;
}

function labelOf(v: DocView, s: number): Mention[] {
  const t = v.tokens;
  const end = Math.min(v.sentTok[s + 1]!, v.sentTok[s]! + 12);
  let k = v.sentTok[s]!;
  while (k < end && BULLETS.has(t[k]!.text)) k++;
  const out: Mention[] = [];
  while (k < end) {
    const m = v.mentionAt[k];
    if (m && m.tok === k) {
      if (m.kind === 'pronoun' || m.kind === 'nominal' || m.outlet || m.possessive) return [];
      out.push(m);
      k = m.tokEnd;
      continue;
    }
    const w = t[k]!.text;
    if (w === ':') return out;
    if (!(out.length && /^(and|&|,)$/i.test(w))) return [];
    k++;
  }
  return [];
}

/** True when the mention is part of its paragraph's label (the words before the opening colon). */
export function isLabel(v: DocView, m: Mention): boolean {
  return paragraphLabel(v, m.sentence).includes(m);
}

/**
 * Give label names the oblique role: "Amazon: AWS remains its partner" does not make Amazon a
 * subject that "its" or a verb could take.
 */
export function markLabels(v: DocView): void {
  for (let s = 0; s < v.sentences.length; s++) {
    if (s > 0 && v.sentences[s - 1]!.paragraph === v.sentences[s]!.paragraph) continue;
    for (const m of paragraphLabel(v, s)) m.role = 'oblique';
  }
}
