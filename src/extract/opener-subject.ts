/** The subject of a sentence-opening participle clause: "After agreeing to X, Nebius ..." → Nebius. */
import type { DocView, Mention } from './doc-view.js';
import { usable } from './frame.js';

/** Words that may stand before the participle: "Hours after", "Shortly before", "Just days after". */
const LEADS = new Set(['after', 'before', 'since', 'while', 'when', 'upon', 'on', 'by', 'hours', 'days', 'weeks', 'months', 'minutes', 'shortly', 'just', 'only', 'soon', 'a', 'day', 'week', 'month', 'two', 'three', 'few']);
const ARTICLES = new Set(['the', 'a', 'an']);

/**
 * When the verb at k sits in a participle clause that opens sentence s ("Hours after agreeing to
 * rent capacity to Cohere, Nebius ordered ..."), the mention right after the clause's closing comma;
 * else null. Only the leading words and the first comma after k are looked at.
 */
export function openerSubject(v: DocView, s: number, k: number): Mention | null {
  const t = v.tokens;
  const start = v.sentTok[s]!;
  const end = v.sentTok[s + 1]!;
  let p = start;
  while (p < k && p < start + 5 && LEADS.has(t[p]!.lower)) p++;
  // NOTE: a participle ("agreeing", "having") opens the clause; a bare "After the deal," is no participle clause.
  if (p >= k || !/^[a-z]+ing$/.test(t[p]!.lower) || v.mentionAt[p]) return null;
  for (let j = p + 1; j < k; j++) if (t[j]!.text === ',' || t[j]!.text === ';' || t[j]!.text === '.') return null;
  for (let j = k + 1; j < end; j++) {
    if (t[j]!.text === ';' || t[j]!.text === '.') return null;
    if (t[j]!.text !== ',') continue;
    const at = ARTICLES.has(t[j + 1]?.lower ?? '') ? j + 2 : j + 1;
    const m = v.mentionAt[at];
    return usable(m) && m.tok === at && !m.possessive && m.kind !== 'product' ? m : null;
  }
  return null;
}
