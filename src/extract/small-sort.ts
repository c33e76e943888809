/** A stable in-place insertion sort for the short, nearly ordered lists the extractor sorts per document. */

/** Longest list sorted by insertion; longer ones use Array.prototype.sort. */
const SMALL = 64;

/**
 * Sort `list` in place by `compare` and return it, exactly as `list.sort(compare)` would (both are stable).
 * NOTE: Array.prototype.sort copies the list and pays a set-up cost per call that dominates on the
 * dozen-item, mostly ordered lists sorted for every document (mentions by token); insertion sort does
 * no allocation and about n comparisons on such lists.
 */
export function sortSmall<T>(list: T[], compare: (a: T, b: T) => number): T[] {
  // NOTE: a long list (a huge document's mentions) goes to the built-in sort, so no input makes this quadratic.
  if (list.length > SMALL) return list.sort(compare);
  for (let i = 1; i < list.length; i++) {
    const x = list[i]!;
    let j = i - 1;
    if (compare(list[j]!, x) <= 0) continue;
    while (j >= 0 && compare(list[j]!, x) > 0) {
      list[j + 1] = list[j]!;
      j--;
    }
    list[j + 1] = x;
  }
  return list;
}

/** Compare by first token (mentions, anaphors). */
export const byTok = (a: { readonly tok: number }, b: { readonly tok: number }): number => a.tok - b.tok;
