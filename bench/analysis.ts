/**
 * The analysis benchmark: our loops, clearing and stress beside NetworkX, LEMON, JGraphT and SciPy on
 * the same generated edge lists. Prints a table and writes bench/out/analysis.json.
 * OR-Tools is not run: it has no Debian package and PyPI is not reachable from this machine.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import {
  analyseAll,
  buildGraphView,
  circularVolume,
  debtRank,
  eisenbergNoe,
  findLoops,
  graphFromEdgeList,
  type GraphView,
  parseEdgeCsv,
} from '../src/analysis/index.js';
import { entityId } from '../src/core/ids.js';
import {
  aiIndustry,
  chungLu,
  diamondChain,
  type GenGraph,
  plantedLoops,
  reciprocal,
  temporal,
  toCsv,
} from './analysis/generators.js';
import { naiveCycles } from './analysis/naive-cycles.js';
import {
  jgraphtRun,
  lemonClear,
  networkxClear,
  networkxCycles,
  networkxVersion,
  type PeerRun,
  scipyEisenbergNoePicard,
} from './analysis/peers.js';
import { loadBundled } from './analysis/bundled.js';
import { measure, peerRow as addPeerRow, printTable, type Row } from './analysis/table.js';

export interface BenchContext {
  readonly quick: boolean;
  readonly args: readonly string[];
  readonly root: string;
  readonly outDir: string;
}

function viewOf(g: GenGraph): GraphView {
  const dated = g.day !== undefined;
  return graphFromEdgeList(
    parseEdgeCsv(toCsv(g)).map((r) => (dated ? r : { from: r.from, to: r.to, amount: r.amount })),
  );
}

function label(g: GenGraph): string {
  return `${g.name.split('-').slice(0, -2).join('-') || g.name} ${fmtSize(g.n)}/${fmtSize(g.from.length)}`;
}

function fmtSize(x: number): string {
  return x >= 1000 && x % 1000 === 0
    ? `${x / 1000}k`
    : x >= 1000
      ? `${(x / 1000).toFixed(1)}k`
      : String(x);
}

const TASKS = ['loops', 'diamond', 'temporal', 'clearing', 'stress', 'dataset'] as const;

export async function run(ctx: BenchContext): Promise<void> {
  const rows: Row[] = [];
  const extra: Record<string, unknown>[] = [];
  const peerRow = (
    ...args: Parameters<typeof addPeerRow> extends [Row[], ...infer R] ? R : never
  ) => addPeerRow(rows, ...args);
  const started = performance.now();
  // `--tasks clearing,stress` runs some of the tasks.
  const i = ctx.args.indexOf('--tasks');
  const chosen = i >= 0 ? (ctx.args[i + 1] ?? '').split(',') : [...TASKS];
  const unknown = chosen.filter((t) => !(TASKS as readonly string[]).includes(t));
  if (unknown.length)
    throw new Error(`unknown task ${unknown.join(', ')}; tasks are ${TASKS.join(', ')}`);
  const want = (t: (typeof TASKS)[number]) => chosen.includes(t);
  const dir = join(ctx.outDir, 'graphs');
  mkdirSync(dir, { recursive: true });
  const nxTimeout = ctx.quick ? 30 : 120;
  const peerTimeout = ctx.quick ? 60 : 300;
  const csvOf = new Map<GenGraph, string>();
  const csv = (g: GenGraph) => {
    let path = csvOf.get(g);
    if (!path) {
      path = join(dir, `${g.name}.csv`);
      writeFileSync(path, toCsv(g));
      csvOf.set(g, path);
    }
    return path;
  };
  const nx = networkxVersion();
  console.log(
    `peers: NetworkX ${nx ?? 'missing'}, LEMON (liblemon-dev), JGraphT 1.5.1 (libjgrapht-java), SciPy; OR-Tools not run (no Debian package, PyPI unreachable)`,
  );

  // --- Loops: bounded elementary cycles ---
  if (want('loops')) {
    const loopCases: [GenGraph, number[], string?][] = ctx.quick
      ? [
          [chungLu(1000, 5000, 1), [4, 6]],
          [reciprocal(1000, 5000, 0.4, 2), [4]],
        ]
      : [
          [chungLu(1000, 5000, 1), [4, 6]],
          [reciprocal(1000, 5000, 0.4, 2), [6]],
          [chungLu(10_000, 50_000, 1), [4, 6], '≤ 500 ms at k ≤ 6'],
          [chungLu(100_000, 500_000, 1), [4, 6], '≤ 2 s at k = 4'],
        ];
    for (const [g, ks, target] of loopCases) {
      const build = measure(() => viewOf(g));
      extra.push({ task: 'build view from CSV', graph: label(g), ms: build.ms });
      const view = build.value;
      const succ: number[][] = Array.from({ length: g.n }, () => []);
      g.from.forEach((f, i) => succ[f]!.push(g.to[i]!));
      for (const k of ks) {
        const task = `loops k≤${k}`;
        const ours = measure(() => findLoops(view, { maxLength: k, maxCycles: 10_000_000 }));
        const count = ours.value.length;
        extra.push({ task, graph: label(g), cycles: count });
        const big = g.n >= 100_000;
        if (!big || k <= 4) {
          peerRow(
            task,
            label(g),
            ours,
            'NetworkX',
            networkxCycles(csv(g), k, { timeoutMs: nxTimeout * 1000 }),
            (r: { count: number }) => r.count === count,
            nxTimeout,
            target,
          );
        }
        peerRow(
          task,
          label(g),
          ours,
          'JGraphT HJ',
          jgraphtRun('cycles', csv(g), k, peerTimeout * 1000),
          (r: { count: number }) => r.count === count,
          peerTimeout,
        );
        const naive = measure(() => naiveCycles(succ, k, () => {}));
        rows.push({
          task,
          graph: label(g),
          ours: ours.ms,
          cold: ours.cold,
          peer: 'naive JS DFS',
          peerMs: naive.ms,
          note: '',
          check: naive.value === count ? 'ok' : 'MISMATCH',
        });
        console.log(`  ${task} ${label(g)}: ${count} loops, ours ${ours.ms.toFixed(1)} ms`);
      }
    }
  }

  // --- Adversarial: the diamond chain of NetworkX #8737 ---
  if (want('diamond')) {
    for (const t of [14, 18, 22]) {
      const g = diamondChain(t);
      const view = viewOf(g);
      const ours = measure(() => findLoops(view, { maxLength: 2 * t }));
      const succ: number[][] = Array.from({ length: g.n }, () => []);
      g.from.forEach((f, i) => succ[f]!.push(g.to[i]!));
      const task = `diamond chain k=${2 * t}`;
      const target = t === 22 ? '< 10 ms' : undefined;
      peerRow(
        task,
        `t=${t} ${g.n}/${g.from.length}`,
        ours,
        'NetworkX',
        networkxCycles(csv(g), 2 * t, { timeoutMs: nxTimeout * 1000 }),
        (r: { count: number }) => r.count === ours.value.length,
        nxTimeout,
        target,
      );
      peerRow(
        task,
        `t=${t} ${g.n}/${g.from.length}`,
        ours,
        'JGraphT HJ',
        jgraphtRun('cycles', csv(g), 2 * t, peerTimeout * 1000),
        (r: { count: number }) => r.count === ours.value.length,
        peerTimeout,
      );
      const naive = measure(() => naiveCycles(succ, 2 * t, () => {}));
      rows.push({
        task,
        graph: `t=${t} ${g.n}/${g.from.length}`,
        ours: ours.ms,
        peer: 'naive JS DFS',
        peerMs: naive.ms,
        note: '',
        check: naive.value === ours.value.length ? 'ok' : 'MISMATCH',
      });
    }
  }

  // --- Temporal loops (ours only: no peer implements them on this input) ---
  if (want('temporal')) {
    {
      const g = temporal(ctx.quick ? 1000 : 10_000, ctx.quick ? 5000 : 50_000, 20, 90, 5);
      const view = viewOf(g);
      const ours = measure(() => findLoops(view, { maxLength: 6, temporal: { windowDays: 90 } }));
      const all = findLoops(view, { maxLength: 6, maxCycles: 10_000_000 }).length;
      rows.push({
        task: 'temporal loops k≤6, 90 d',
        graph: label(g),
        ours: ours.ms,
        peer: '—',
        peerMs: null,
        note: `${ours.value.length} of ${all} static loops`,
        check: '',
      });
    }
  }

  // --- Clearing: maximum circulation, exact ---
  if (want('clearing')) {
    const clearCases: [GenGraph, string?][] = ctx.quick
      ? [
          [chungLu(1000, 5000, 1)],
          [reciprocal(1000, 5000, 0.4, 2)],
          [aiIndustry(500, 3)],
          [plantedLoops(1000, 4000, 50, 4)],
        ]
      : [
          [chungLu(1000, 5000, 1)],
          [reciprocal(1000, 5000, 0.4, 2)],
          [aiIndustry(500, 3)],
          [plantedLoops(1000, 4000, 50, 4)],
          [chungLu(10_000, 30_000, 1)],
          [chungLu(10_000, 50_000, 1), '≤ 1 s, ≤ 2× LEMON NS'],
          [reciprocal(10_000, 50_000, 0.4, 2)],
          [chungLu(100_000, 500_000, 1), '≤ 30 s'],
        ];
    for (const [g, target] of clearCases) {
      const view = viewOf(g);
      const ours = measure(() => circularVolume(view));
      const cleared = ours.value.cleared;
      const share = (100 * ours.value.circularShare).toFixed(2);
      console.log(
        `  clearing ${label(g)}: cleared ${cleared} (${share} % of gross), ours ${ours.ms.toFixed(1)} ms`,
      );
      extra.push({
        task: 'clearing',
        graph: label(g),
        cleared: String(cleared),
        circularShare: ours.value.circularShare,
      });
      type Solve = { cleared: number; ms: number; ok: boolean };
      // Each solver in its own process and time limit; on big graphs only the faster formulation
      // of each (supplies for NetworkSimplex, circulation for CostScaling).
      const pick = (
        a: string,
        b: string,
      ): PeerRun<{ ms: number; cleared: number; formulation: string }> => {
        const keys = g.n > 10_000 ? [a] : [a, b];
        let best: (Solve & { formulation: string }) | null = null;
        for (const key of keys) {
          const lemon = lemonClear(csv(g), peerTimeout * 1000, [key]);
          if (!lemon.ok) return lemon as PeerRun<never>;
          const r = lemon.result![key] as Solve;
          if (!best || r.ms < best.ms) best = { ...r, formulation: key };
        }
        return { ok: true, result: best! };
      };
      const same = (r: { cleared: number }) => BigInt(r.cleared) === cleared;
      peerRow(
        'clearing',
        label(g),
        ours,
        'LEMON NS',
        pick('ns', 'ns_circ'),
        same,
        peerTimeout,
        target,
      );
      peerRow('clearing', label(g), ours, 'LEMON CS', pick('cs', 'cs_sup'), same, peerTimeout);
      if (g.n <= 10_000)
        peerRow(
          'clearing',
          label(g),
          ours,
          'NetworkX NS',
          networkxClear(csv(g), nxTimeout * 1000),
          same,
          nxTimeout,
        );
    }
  }

  // --- Stress: Eisenberg–Noe and DebtRank, a shock to the largest debtor ---
  if (want('stress')) {
    for (const [n, m] of ctx.quick
      ? [[10_000, 50_000]]
      : ([
          [10_000, 50_000],
          [100_000, 500_000],
        ] as const)) {
      const g = chungLu(n, m, 7);
      const view = viewOf(g);
      const owed = new Map<string, number>();
      for (const e of view.edges) owed.set(e.from, (owed.get(e.from) ?? 0) + Number(e.amount));
      const hub = [...owed].sort((a, b) => b[1] - a[1])[0]![0];
      const shocks = new Map([[entityId(hub), 0.5]]);
      const en = measure(() => eisenbergNoe(view, shocks));
      const spec = join(dir, `${g.name}-shock.json`);
      writeFileSync(spec, JSON.stringify({ shocks: { [hub]: 0.5 } }));
      const target = n >= 100_000 ? '≤ 200 ms' : undefined;
      peerRow(
        'Eisenberg–Noe',
        label(g),
        en,
        'SciPy Picard',
        scipyEisenbergNoePicard(csv(g), spec, peerTimeout * 1000),
        (r: { defaulted: number }) => r.defaulted === en.value.defaulted.length,
        peerTimeout,
        target,
      );
      extra.push({
        task: 'Eisenberg–Noe',
        graph: label(g),
        defaulted: en.value.defaulted.length,
        rounds: en.value.rounds,
        iterations: en.value.iterations,
      });
      const dr = measure(() => debtRank(view, shocks));
      rows.push({
        task: 'DebtRank',
        graph: label(g),
        ours: dr.ms,
        peer: '—',
        peerMs: null,
        note: `${dr.value.steps} steps (R NetworkRiskMeasures not packaged)`,
        check: '',
        ...(target ? { target } : {}),
      });
    }
  }

  // --- The bundled dataset, and an AI-industry-like graph: everything the map recomputes ---
  if (want('dataset')) {
    const bundled = await loadBundled(ctx.root);
    for (const [name, view] of [
      [
        `${bundled.name} (${bundled.deals.length} deals)`,
        buildGraphView(bundled.deals, bundled.entities),
      ],
      [
        `${bundled.name}, value view`,
        buildGraphView(bundled.deals, bundled.entities, { view: 'value' }),
      ],
    ] as const) {
      const a = measure(() => analyseAll(view));
      const build = measure(() => buildGraphView(bundled.deals, bundled.entities, view.options));
      rows.push({
        task: 'full analysis',
        graph: name,
        ours: a.ms,
        peer: '—',
        peerMs: null,
        note: `${a.value.loops.length} loops, ${(100 * a.value.volume.circularShare).toFixed(1)} % circular; view ${build.ms.toFixed(2)} ms`,
        check: '',
        target: '< 50 ms',
      });
    }
    {
      const g = aiIndustry(500, 9);
      const view = viewOf(g);
      const a = measure(() => analyseAll(view, { maxLength: 4 }));
      rows.push({
        task: 'full analysis k≤4',
        graph: label(g),
        ours: a.ms,
        peer: '—',
        peerMs: null,
        note: `${a.value.loops.length} loops`,
        check: '',
      });
    }
  }

  printTable(rows);
  const seconds = (performance.now() - started) / 1000;
  const out = {
    quick: ctx.quick,
    seconds,
    node: process.version,
    cpus: cpus().length,
    cpu: cpus()[0]?.model,
    loadAverage: loadavg(),
    networkx: nx,
    rows: rows.map((r) => ({ ...r, ratio: r.peerMs === null ? null : r.peerMs / r.ours })),
    details: extra,
  };
  mkdirSync(ctx.outDir, { recursive: true });
  writeFileSync(join(ctx.outDir, 'analysis.json'), JSON.stringify(out, null, 2) + '\n');
  console.log(
    `\nwrote ${join(ctx.outDir, 'analysis.json')} (${seconds.toFixed(0)} s; load average ${loadavg()
      .map((x) => x.toFixed(1))
      .join(' ')})`,
  );
  if (rows.some((r) => r.check === 'MISMATCH'))
    throw new Error('a peer disagrees with our result (see MISMATCH rows)');
}
