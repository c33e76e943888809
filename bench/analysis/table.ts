/** The benchmark table: our CPU time beside a peer's, with the check that both agree. */
import type { PeerRun } from './peers.js';

export interface Row {
  readonly task: string;
  readonly graph: string;
  /** Our median CPU time (ms), and the first, cold run's. */
  readonly ours: number;
  readonly cold?: number;
  readonly peer: string;
  /** Peer time in ms, or null with a note. */
  readonly peerMs: number | null;
  readonly note: string;
  /** Agreement on the result: "ok", "MISMATCH", or "" when there is nothing to compare. */
  readonly check: string;
  readonly target?: string;
}

/** CPU milliseconds of this process (main and GC threads) spent in fn. */
function cpu<T>(fn: () => T): { ms: number; value: T } {
  const t0 = process.cpuUsage();
  const value = fn();
  const used = process.cpuUsage(t0);
  return { ms: (used.user + used.system) / 1000, value };
}

/**
 * Median CPU time of fn in ms after JIT warm-up (about a second of runs, at least 3; a single run
 * for the slowest). CPU time, like every peer's figure, so other load on the machine does not
 * count; the first (cold) run is kept in the JSON.
 */
export function measure<T>(fn: () => T): { ms: number; cold: number; value: T } {
  const first = cpu(fn);
  if (first.ms >= 5000) return { ms: first.ms, cold: first.ms, value: first.value };
  const repeats = first.ms < 300 ? 9 : 3;
  const warmUntil = performance.now() + Math.min(1500, 3 * first.ms);
  for (let i = 0; i < 3 || performance.now() < warmUntil; i++) fn();
  const times: number[] = [];
  let value = first.value;
  for (let i = 0; i < repeats; i++) {
    const r = cpu(fn);
    times.push(r.ms);
    value = r.value;
  }
  times.sort((a, b) => a - b);
  return { ms: times[Math.floor(times.length / 2)]!, cold: first.ms, value };
}

export function peerRow(
  rows: Row[],
  task: string,
  graph: string,
  t: { ms: number; cold: number },
  peer: string,
  run: PeerRun<{ ms: number }>,
  same: (r: never) => boolean | null,
  timeoutS: number,
  target?: string,
): void {
  const agree = run.ok ? same(run.result as never) : null;
  rows.push({
    task,
    graph,
    ours: t.ms,
    cold: t.cold,
    peer,
    peerMs: run.ok ? run.result!.ms : null,
    note: run.ok ? '' : run.timedOut ? `> ${timeoutS} s` : `error: ${(run.error ?? '').split('\n').pop()?.slice(0, 60)}`,
    check: agree === null ? '' : agree ? 'ok' : 'MISMATCH',
    ...(target ? { target } : {}),
  });
}

export function printTable(table: readonly Row[]): void {
  const ms = (x: number) =>
    x >= 10_000
      ? `${(x / 1000).toFixed(1)} s`
      : x >= 100
        ? `${x.toFixed(0)} ms`
        : `${x.toFixed(x < 1 ? 3 : 1)} ms`;
  const lines = table.map((r) => [
    r.task,
    r.graph,
    ms(r.ours),
    r.peer,
    r.peerMs === null ? r.note : ms(r.peerMs),
    r.peerMs === null ? '' : `${(r.peerMs / r.ours).toFixed(r.peerMs / r.ours >= 10 ? 0 : 2)}×`,
    r.check,
    r.peerMs === null ? '' : r.note,
    r.target ?? '',
  ]);
  const head = [
    'task',
    'graph (n/m)',
    'ours',
    'peer',
    'peer time',
    'peer/ours',
    'check',
    '',
    'target',
  ];
  const width = head.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
  const fmt = (l: readonly string[]) =>
    l
      .map((c, i) => c.padEnd(width[i]!))
      .join('  ')
      .trimEnd();
  console.log('\n' + fmt(head));
  console.log(width.map((w) => '-'.repeat(w)).join('  '));
  for (const l of lines) console.log(fmt(l));
}
