// Eisenberg–Noe against the greatest clearing vector from SciPy's LP solver (HiGHS) on generated graphs.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, it, expect } from 'vitest';
import { aiIndustry, chungLu, type GenGraph, reciprocal, toCsv } from '../bench/analysis/generators.js';
import { scipyEisenbergNoe } from '../bench/analysis/peers.js';
import { graphFromEdgeList } from '../src/analysis/edge-list.js';
import { eisenbergNoe } from '../src/analysis/eisenberg-noe.js';
import { entityId } from '../src/core/ids.js';

const dir = mkdtempSync(join(tmpdir(), 'roundtrip-stress-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('eisenbergNoe against an LP oracle', () => {
  it('matches the greatest clearing vector under shocks', () => {
    const cases: [GenGraph, Record<string, number>][] = [
      [reciprocal(60, 240, 0.5, 41), { '0': 0.2, '7': 0.6 }],
      [chungLu(150, 600, 42), { '3': 0 }],
      [aiIndustry(80, 43), { '0': 0.5 }],
      [reciprocal(200, 900, 0.4, 44), { '1': 0.1, '2': 0.9, '5': 0.4 }],
    ];
    for (const [g, shocks] of cases) {
      const csv = join(dir, `${g.name}.csv`);
      const spec = join(dir, `${g.name}.json`);
      writeFileSync(csv, toCsv(g));
      writeFileSync(spec, JSON.stringify({ shocks }));
      const oracle = scipyEisenbergNoe(csv, spec);
      expect(oracle.ok, `scipy on ${g.name}: ${oracle.error ?? ''}`).toBe(true);
      expect(oracle.result!.status).toBe(0);
      const view = graphFromEdgeList(Array.from(g.from, (f, i) => ({ from: String(f), to: String(g.to[i]), amount: BigInt(g.amount[i]!) })));
      const ours = eisenbergNoe(view, new Map(Object.entries(shocks).map(([k, v]) => [entityId(k), v])), { tolerance: 1e-7, maxIterations: 1_000_000 });
      expect(ours.converged).toBe(true);
      let scale = 0;
      for (const a of g.amount) scale = Math.max(scale, a);
      for (const c of ours.companies) {
        expect(Math.abs(c.paid - oracle.result!.payments[c.id]!), `${g.name} ${c.id}`).toBeLessThanOrEqual(1e-6 * scale + 1e-3);
      }
      expect(ours.defaulted.length).toBeGreaterThan(0);
    }
  });
});
