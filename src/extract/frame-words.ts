/** Word tests frames run over token ranges: word sets, and the nouns that name hardware. */
import type { DocView } from './doc-view.js';
import { describesCompany } from './hardware-modifier.js';

/** True when any of the words occurs in [from, to). */
export function hasWord(v: DocView, from: number, to: number, words: ReadonlySet<string>): boolean {
  for (let j = Math.max(0, from); j < to && j < v.tokens.length; j++) if (words.has(v.tokens[j]!.lower)) return true;
  return false;
}

/** Index of the first of the words in [from, to), or -1. */
export function findWord(v: DocView, from: number, to: number, words: ReadonlySet<string>): number {
  for (let j = Math.max(0, from); j < to && j < v.tokens.length; j++) if (words.has(v.tokens[j]!.lower)) return j;
  return -1;
}

/** Like `findWord`, but a word inside a company's name does not count ("Google Cloud" is no "cloud"). */
export function findPlainWord(v: DocView, from: number, to: number, words: ReadonlySet<string>): number {
  for (let j = Math.max(0, from); j < to && j < v.tokens.length; j++) if (words.has(v.tokens[j]!.lower) && !v.mentionAt[j]) return j;
  return -1;
}

const WORD_SETS = new Map<string, ReadonlySet<string>>();

/** A set of words from a space-separated list (memoised: handlers call it inline). */
export function words(s: string): ReadonlySet<string> {
  let set = WORD_SETS.get(s);
  if (!set) {
    set = new Set(s.split(/\s+/).filter(Boolean));
    WORD_SETS.set(s, set);
  }
  return set;
}

/** The forms of "be" a passive stands on ("is bought by", "was to be bought by", "has been bought by"). */
export const BE_FORMS = words('be been being is was are were');

const HARDWARE_WORDS = words('chips chip gpus gpu processors processor accelerators accelerator semiconductors tpus tpu hardware superchips racks superchip');

/** True when token j names hardware: "chips", "GPUs", "tensor processing units", "Nvidia systems". */
export function isHardwareAt(v: DocView, j: number): boolean {
  const w = v.tokens[j]?.lower ?? '';
  // NOTE: "the chip start-up's capacity": a hardware word describing a company names no goods.
  if (HARDWARE_WORDS.has(w)) return !describesCompany(v, j);
  if (w === 'units' && v.tokens[j - 1]?.lower === 'processing') return true;
  if (w === 'systems' || w === 'servers') {
    // NOTE: "Nvidia's systems": the possessive's "'" and "s" are tokens of their own.
    const m = v.mentionAt[j - 1] ?? v.mentionAt[j - 2] ?? (v.tokens[j - 1]?.lower === 's' ? v.mentionAt[j - 3] : undefined);
    const e = m?.entityId ? v.gazetteer.entities.get(m.entityId) : undefined;
    return !!e && (e.sector === 'chips' || e.sector === 'hardware');
  }
  return false;
}

/** Index of the first hardware noun in [from, to), or -1. */
export function findHardware(v: DocView, from: number, to: number): number {
  for (let j = Math.max(0, from); j < to && j < v.tokens.length; j++) if (isHardwareAt(v, j)) return j;
  return -1;
}
