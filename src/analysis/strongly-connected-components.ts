/** Strongly connected components (iterative Tarjan): the groups of companies money can circle in. */
import { InputError } from '../core/errors.js';
import type { EntityId } from '../core/ids.js';
import type { GraphView } from './graph-view.js';
import { pairGraph } from './pair-graph.js';

export interface SccOptions {
  /** Leave out components smaller than this; 2 keeps only those that contain a loop. */
  readonly minSize?: number;
}

/**
 * The strongly connected components of a view, largest first, each sorted by id.
 * @example stronglyConnectedComponents(view, { minSize: 2 }) // [['amd','openai','oracle',...], ...]
 */
export function stronglyConnectedComponents(view: GraphView, options: SccOptions = {}): EntityId[][] {
  const minSize = options.minSize ?? 1;
  if (!Number.isInteger(minSize) || minSize < 1) {
    throw new InputError(`components: minSize ${String(minSize)} must be a positive integer`, { option: 'minSize', value: minSize });
  }
  const pg = pairGraph(view);
  const { comp, count } = sccIndex(pg.n, pg.outStart, pg.pairTo);
  const groups: EntityId[][] = Array.from({ length: count }, () => []);
  for (let u = 0; u < pg.n; u++) groups[comp[u]!]!.push(pg.ids[u]!);
  return groups
    .filter((g) => g.length >= minSize)
    .map((g) => g.sort())
    .sort((a, b) => b.length - a.length || (a[0]! < b[0]! ? -1 : 1));
}

/**
 * Component index per node for a CSR graph (`adj[start[u] .. start[u+1]]` are u's successors).
 * Components are numbered in reverse topological order (Tarjan's order).
 */
export function sccIndex(n: number, start: Int32Array, adj: Int32Array): { comp: Int32Array; count: number } {
  const index = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const comp = new Int32Array(n).fill(-1);
  const stack = new Int32Array(n);
  const callNode = new Int32Array(n);
  const callEdge = new Int32Array(n);
  let sp = 0;
  let counter = 0;
  let count = 0;
  for (let root = 0; root < n; root++) {
    if (index[root] !== -1) continue;
    let depth = 0;
    callNode[0] = root;
    callEdge[0] = start[root]!;
    index[root] = low[root] = counter++;
    stack[sp++] = root;
    while (depth >= 0) {
      const v = callNode[depth]!;
      const e = callEdge[depth]!;
      if (e < start[v + 1]!) {
        callEdge[depth] = e + 1;
        const w = adj[e]!;
        if (index[w] === -1) {
          index[w] = low[w] = counter++;
          stack[sp++] = w;
          depth++;
          callNode[depth] = w;
          callEdge[depth] = start[w]!;
        } else if (comp[w] === -1 && index[w]! < low[v]!) {
          low[v] = index[w]!;
        }
        continue;
      }
      if (low[v] === index[v]) {
        let w: number;
        do {
          w = stack[--sp]!;
          comp[w] = count;
        } while (w !== v);
        count++;
      }
      depth--;
      if (depth >= 0) {
        const parent = callNode[depth]!;
        if (low[v]! < low[parent]!) low[parent] = low[v]!;
      }
    }
  }
  return { comp, count };
}
