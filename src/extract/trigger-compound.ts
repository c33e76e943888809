/** A deal noun that only modifies the noun after it ("an order book near $88bn", "a contract manufacturer"): no deal. */
import type { DocView } from './doc-view.js';

/** For each deal noun, the nouns after it that make the pair name something else. */
const COMPOUNDS = new Map<string, ReadonlySet<string>>([
  ['order', new Set(['book', 'books', 'intake'])],
  ['orders', new Set(['book', 'books'])],
  ['contract', new Set(['manufacturer', 'manufacturers', 'manufacturing', 'research'])],
  ['deal', new Set(['flow', 'making', 'maker', 'makers'])],
]);

/**
 * True when the deal noun at token k is the first half of a compound that names no deal: "printed $18bn of notes,
 * with an order book near $88bn" (the demand for the bonds), "Foxconn, the contract manufacturer".
 */
export function modifiesNextNoun(v: DocView, k: number): boolean {
  const next = COMPOUNDS.get(v.tokens[k]?.lower ?? '');
  return !!next && next.has(v.tokens[k + 1]?.lower ?? '');
}
