/** A hardware word used to describe a company ("the chip start-up", "a GPU cloud"), which names no goods bought. */
import type { DocView } from './doc-view.js';

/** Nouns for a company that a hardware word before them describes. */
const COMPANY_NOUNS = new Set([
  'start', 'startup', 'designer', 'designers', 'maker', 'makers', 'company', 'companies', 'firm', 'firms', 'giant', 'giants',
  'group', 'cloud', 'clouds', 'specialist', 'rival', 'rivals', 'supplier', 'suppliers', 'vendor', 'vendors', 'unit', 'challenger',
]);

/**
 * True when the hardware word at token j only describes the company named by the next word ("take 750 megawatts of
 * the chip start-up's capacity", "the GPU cloud will deploy"), so it is no good the sentence's buyer acquires.
 * NOTE: a plural before the noun ("chips maker") is rare and left as goods; a company noun must follow at once.
 */
export function describesCompany(v: DocView, j: number): boolean {
  const next = v.tokens[j + 1]?.lower;
  return next !== undefined && COMPANY_NOUNS.has(next);
}
