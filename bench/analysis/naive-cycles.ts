/** The exhaustive oracle and naive peer for cycles: canonical-minimum-start DFS, no blocking, no pruning. */

/**
 * Every elementary cycle of at most `maxLength` arcs in a simple digraph given as successor
 * lists, each found once from its smallest vertex. Exponential on purpose: trusted, not fast.
 */
export function naiveCycles(succ: readonly (readonly number[])[], maxLength: number, onCycle: (path: readonly number[]) => void): number {
  const n = succ.length;
  const onPath = new Uint8Array(n);
  const path: number[] = [];
  let count = 0;
  const dfs = (s: number, v: number): void => {
    for (const w of succ[v]!) {
      if (w === s) {
        count++;
        onCycle(path);
      } else if (w > s && !onPath[w] && path.length < maxLength) {
        onPath[w] = 1;
        path.push(w);
        dfs(s, w);
        path.pop();
        onPath[w] = 0;
      }
    }
  };
  for (let s = 0; s < n; s++) {
    path.push(s);
    onPath[s] = 1;
    dfs(s, s);
    onPath[s] = 0;
    path.pop();
  }
  return count;
}

/** A cycle as a string in canonical rotation (smallest vertex first), for comparing sets. */
export function canonicalCycle(path: readonly (number | string)[]): string {
  let best = 0;
  for (let i = 1; i < path.length; i++) if (path[i]! < path[best]!) best = i;
  return [...path.slice(best), ...path.slice(0, best)].join('>');
}
