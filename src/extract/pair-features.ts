/** The sparse features the learned back-off reads for one candidate pair: words, places, roles, sectors, values. */
import type { DocView, Mention } from './doc-view.js';
import { sectorOf, type Frame } from './frame.js';
import type { PairCandidate } from './pair-candidates.js';

/** The between-words read at most: this many after the first mention and as many before the second. */
const REACH = 8;

const PREPOSITIONS = new Set(['from', 'with', 'to', 'by', 'in', 'for', 'into', 'of', 'on', 'at', 'between', 'and', 'as']);
const HEDGES = new Set(['reportedly', 'talks', 'considering', 'could', 'may', 'might', 'plans', 'planning', 'exploring', 'weighing', 'rumored', 'rumoured', 'sources', 'would']);
const FUNCTION_WORDS = new Set([
  'the', 'a', 'an', 'its', 'their', 'his', 'her', 'this', 'that', 'these', 'those', ',', '.', '"', "'", '(', ')', '-', '—', '–',
  'and', 'or', 'of', 'to', 'in', 'on', 'for', 'with', 'by', 'from', 'at', 'as', 'is', 'was', 'are', 'were', 'be', 'been', 'has',
  'have', 'had', 'will', 'would', 'which', 'who', 'it', 'also', 'said', 'says', ';', ':', "'s", 's',
]);

/** A crude stem so that "invests", "invested" and "investing" share a feature. */
export function stem(w: string): string {
  if (w.length > 5 && w.endsWith('ing')) return w.slice(0, -3);
  if (w.length > 4 && w.endsWith('ed')) return w.slice(0, -2);
  if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss')) return w.slice(0, -1);
  return w;
}

function kindOf(m: Mention): string {
  if (m.kind === 'pronoun' || m.kind === 'nominal' || m.kind === 'unknown') return m.kind;
  return m.kind === 'descriptor' ? 'nominal' : 'name';
}

function distanceBucket(d: number): string {
  if (d <= 1) return '1';
  if (d <= 3) return '3';
  if (d <= 6) return '6';
  if (d <= 10) return '10';
  return d <= 20 ? '20' : 'far';
}

/** The word of token j as the models read it: "ORG" inside a company mention, lower case elsewhere. */
export function wordAt(v: DocView, j: number): string {
  return v.mentionAt[j] ? 'ORG' : v.tokens[j]!.lower;
}

/**
 * The two words before token `left` and the two from token `right` on, within the sentence's tokens
 * [lo, hi), as features l1, l2, r1, r2 (sentence edges read "<s>" and "</s>").
 */
export function windowFeatures(v: DocView, left: number, right: number, lo: number, hi: number): string[] {
  const l1 = left - 1 >= lo ? wordAt(v, left - 1) : '<s>';
  const l2 = left - 2 >= lo ? wordAt(v, left - 2) : '<s>';
  const r1 = right < hi ? wordAt(v, right) : '</s>';
  const r2 = right + 1 < hi ? wordAt(v, right + 1) : '</s>';
  return [`l1:${l1}`, `l2:${l2}_${l1}`, `r1:${r1}`, `r2:${r1}_${r2}`];
}

/**
 * The features of a candidate, as strings (the weights table maps them to ids). Frames of the rules
 * in the same sentence add what kind of deal the sentence already carries.
 * @example pairFeatures(v, cand, framesInSentence) // ["bias", "w:invest", "b:ORG_invest", ...]
 */
export function pairFeatures(v: DocView, c: PairCandidate, sentenceFrames: readonly Frame[]): string[] {
  const t = v.tokens;
  const f: string[] = ['bias'];
  const a = c.first;
  const b = c.second;
  const lo = v.sentTok[c.sentence]!;
  const hi = v.sentTok[c.sentence + 1]!;
  const from = a.tokEnd;
  const to = b.npTok > a.tokEnd ? b.npTok : b.tok;
  const gap = to - from;
  f.push(`d:${distanceBucket(gap)}`);
  // Words between the two mentions: the first REACH after A and the last REACH before B.
  let prev = 'A';
  let orgs = 0;
  let firstContent = '';
  let lastContent = '';
  for (let j = from; j < to; j++) {
    if (gap > 2 * REACH && j === from + REACH) {
      j = to - REACH;
      prev = '…';
    }
    const w = wordAt(v, j);
    if (w === 'ORG') {
      if (v.mentionAt[j] !== v.mentionAt[j - 1]) orgs++;
      if (prev === 'ORG') continue;
    } else if (!FUNCTION_WORDS.has(w)) {
      if (!firstContent) firstContent = w;
      lastContent = w;
      f.push(`ws:${stem(w)}`);
    }
    f.push(`w:${w}`, `b:${prev}_${w}`);
    prev = w;
  }
  f.push(`b:${prev}_B`, `orgs:${Math.min(orgs, 2)}`);
  if (firstContent) f.push(`fc:${stem(firstContent)}`, `lc:${stem(lastContent)}`);
  else f.push('fc:none');
  // Context outside the pair.
  f.push(...windowFeatures(v, a.npTok, b.tokEnd, lo, hi));
  let lastBefore = '';
  for (let j = a.npTok - 1; j >= lo && j >= a.npTok - 6; j--) {
    const w = wordAt(v, j);
    if (w !== 'ORG' && !FUNCTION_WORDS.has(w)) {
      lastBefore = w;
      break;
    }
  }
  if (lastBefore) f.push(`lb:${stem(lastBefore)}`);
  let firstAfter = '';
  for (let j = b.tokEnd; j < hi && j < b.tokEnd + 6; j++) {
    const w = wordAt(v, j);
    if (w !== 'ORG' && !FUNCTION_WORDS.has(w)) {
      firstAfter = w;
      break;
    }
  }
  if (firstAfter) f.push(`fa:${stem(firstAfter)}`);
  const pa = a.npTok - 1 >= lo ? t[a.npTok - 1]!.lower : '';
  const pb = b.npTok - 1 >= lo ? t[b.npTok - 1]!.lower : '';
  f.push(`pa:${PREPOSITIONS.has(pa) ? pa : '-'}`, `pb:${PREPOSITIONS.has(pb) ? pb : '-'}`);
  // The mentions themselves.
  f.push(`ra:${a.role}`, `rb:${b.role}`, `rr:${a.role}_${b.role}`, `ka:${kindOf(a)}`, `kb:${kindOf(b)}`);
  if (a.possessive) f.push('posa');
  if (b.possessive) f.push('posb');
  const sa = sectorOf(v, a) ?? 'none';
  const sb = sectorOf(v, b) ?? 'none';
  f.push(`sa:${sa}`, `sb:${sb}`, `ss:${sa}_${sb}`);
  // Values in the sentence and where they sit.
  let money = 'none';
  for (const am of v.amounts) {
    if (am.sentence !== c.sentence) continue;
    const where = am.tok < a.tok ? 'before' : am.tok < b.tok ? 'between' : 'after';
    money = money === 'none' ? where : 'many';
  }
  f.push(`$:${money}`);
  for (const q of v.quantities) {
    if (q.sentence !== c.sentence) continue;
    f.push(`q:${q.value.unit}`);
  }
  for (let j = lo; j < hi; j++) if (HEDGES.has(t[j]!.lower)) f.push(`h:${t[j]!.lower}`);
  if (v.sentences[c.sentence]!.heading) f.push('heading');
  for (const fr of sentenceFrames) f.push(`fr:${fr.type}`);
  if (!sentenceFrames.length) f.push('fr:none');
  return f;
}
