import { it } from 'vitest';
import { minCostCirculation } from './network-simplex.js';
import { chungLu } from '../../bench/analysis/generators.js';
it('perf', () => {
  for (const [n, m] of [[1000, 5000], [10000, 30000]] as const) {
    const g = chungLu(n, m, 1);
    (globalThis as any).__scan = 0; (globalThis as any).__s = 0;
    const t0 = performance.now();
    const s = minCostCirculation({ n: g.n, from: g.from, to: g.to, cap: g.amount, cost: new Float64Array(g.from.length).fill(-1) });
    console.log(g.name, -s.cost, s.pivots, 'scan/pivot', ((globalThis as any).__scan / s.pivots).toFixed(0), 'S/pivot', ((globalThis as any).__s / s.pivots).toFixed(0), (performance.now() - t0).toFixed(1) + 'ms');
  }
}, 600000);
