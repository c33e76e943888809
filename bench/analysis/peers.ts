/** Peers and oracles outside Node: NetworkX (python3), LEMON (g++ harness) and JGraphT (java harness). */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));

/** The repository root: the nearest folder above this file with a package.json (works from bench/out/build too). */
export function repoRoot(): string {
  let dir = here;
  while (!existsSync(join(dir, 'package.json'))) {
    const up = dirname(dir);
    if (up === dir) throw new Error(`no package.json above ${here}`);
    dir = up;
  }
  return dir;
}

/** The harness sources in the repository (not the bench mirror, whose copies are new on every run). */
const peers = (file: string) => join(repoRoot(), 'bench', 'analysis', 'peers', file);
const binDir = () => join(repoRoot(), 'bench', 'out', 'bin');

export interface PeerRun<T> {
  readonly ok: boolean;
  readonly result?: T;
  readonly timedOut?: boolean;
  readonly error?: string;
}

function run<T>(cmd: string, args: readonly string[], timeoutMs: number, input?: string): PeerRun<T> {
  const r = spawnSync(cmd, args, { encoding: 'utf8', timeout: timeoutMs, maxBuffer: 512 * 1024 * 1024, ...(input !== undefined ? { input } : {}) });
  if (r.error && (r.error as NodeJS.ErrnoException).code === 'ETIMEDOUT') return { ok: false, timedOut: true };
  if (r.signal === 'SIGTERM') return { ok: false, timedOut: true };
  if (r.error) return { ok: false, error: r.error.message };
  if (r.status !== 0) return { ok: false, error: (r.stderr || r.stdout).trim().slice(-2000) };
  try {
    return { ok: true, result: JSON.parse(r.stdout.trim().split('\n')[0]!) as T };
  } catch {
    return { ok: false, error: `unreadable output: ${r.stdout.slice(0, 200)}` };
  }
}

/** The NetworkX version importable by `python3`, or null. */
export function networkxVersion(): string | null {
  const r = spawnSync('python3', ['-c', 'import networkx; print(networkx.__version__)'], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : null;
}

export interface NxCycles {
  readonly count: number;
  readonly ms: number;
  readonly cycles?: string[];
}

/** NetworkX `simple_cycles(G, length_bound=k)` on a CSV edge list (k = 0: unbounded). */
export function networkxCycles(csv: string, k: number, options: { list?: boolean; timeoutMs?: number } = {}): PeerRun<NxCycles> {
  const args = [peers('networkx-peer.py'), 'cycles', csv, String(k), ...(options.list ? ['--list'] : [])];
  return run<NxCycles>('python3', args, options.timeoutMs ?? 120_000);
}

/** NetworkX `network_simplex` maximum circulation. */
export function networkxClear(csv: string, timeoutMs = 120_000): PeerRun<{ cleared: number; gross: number; ms: number }> {
  return run('python3', [peers('networkx-peer.py'), 'clear', csv], timeoutMs);
}

/** Greatest Eisenberg–Noe clearing vector by SciPy's LP (HiGHS), as an oracle. */
export function scipyEisenbergNoe(csv: string, spec: string, timeoutMs = 120_000): PeerRun<{ payments: Record<string, number>; ms: number; status: number }> {
  return run('python3', [peers('networkx-peer.py'), 'en', csv, spec], timeoutMs);
}

/** Eisenberg–Noe by Picard iteration with SciPy sparse matrices (a timing peer). */
export function scipyEisenbergNoePicard(csv: string, spec: string, timeoutMs = 120_000): PeerRun<{ defaulted: number; iterations: number; ms: number }> {
  return run('python3', [peers('networkx-peer.py'), 'en-picard', csv, spec], timeoutMs);
}

/** Compile a peer harness once into bench/out/bin (again when its source is newer). Null when the compiler fails. */
function compiled(name: string, source: string, build: (out: string) => { cmd: string; args: string[] }): string | null {
  mkdirSync(binDir(), { recursive: true });
  const out = join(binDir(), name);
  if (existsSync(out) && statSync(out).mtimeMs >= statSync(source).mtimeMs) return out;
  const { cmd, args } = build(out);
  const r = spawnSync(cmd, args, { encoding: 'utf8' });
  if (r.status !== 0) {
    lastBuildError = (r.stderr || r.error?.message || '').slice(0, 2000);
    return null;
  }
  return out;
}

let lastBuildError = '';
/** Why the last harness build failed (compiler output). */
export function peerBuildError(): string {
  return lastBuildError;
}

/** The LEMON clearing harness, compiled with g++ against Debian's liblemon-dev headers. */
export function lemonBinary(): string | null {
  const src = peers('lemon-clear.cc');
  return compiled('lemon-clear', src, (out) => ({ cmd: 'g++', args: ['-O2', '-std=c++17', '-o', out, src] }));
}

export interface LemonResult {
  readonly n: number;
  readonly m: number;
  readonly gross: number;
  readonly [solver: string]: number | { readonly cleared: number; readonly ms: number; readonly ok: boolean };
}

/**
 * LEMON NetworkSimplex and CostScaling on both formulations: `ns`/`cs_sup` with net positions as
 * supplies, `ns_circ`/`cs` as a circulation. Pick solvers to run (default all four).
 */
export function lemonClear(csv: string, timeoutMs = 300_000, solvers: readonly string[] = ['ns', 'ns_circ', 'cs', 'cs_sup']): PeerRun<LemonResult> {
  const bin = lemonBinary();
  if (!bin) return { ok: false, error: `could not build the LEMON harness: ${lastBuildError}` };
  return run<LemonResult>(bin, [csv, solvers.join(',')], timeoutMs);
}

const JGRAPHT_JARS = ['/usr/share/java/jgrapht-core.jar', '/usr/share/java/jheaps.jar'];

/** The JGraphT harness (Debian libjgrapht-java), or null when java or the jars are missing. */
export function jgraphtClasses(): string | null {
  if (!JGRAPHT_JARS.every((j) => existsSync(j))) return null;
  const src = peers('JgraphtPeer.java');
  const out = compiled('JgraphtPeer.class', src, () => ({
    cmd: 'javac', args: ['-cp', JGRAPHT_JARS.join(':'), '-d', binDir(), src],
  }));
  return out ? binDir() : null;
}

/** JGraphT Hawick–James bounded cycles (`setPathLimit`) and capacity-scaling min-cost flow. */
export function jgraphtRun(task: 'cycles' | 'clear', csv: string, k: number, timeoutMs = 120_000): PeerRun<{ count?: number; cleared?: number; ms: number }> {
  const classes = jgraphtClasses();
  if (!classes) return { ok: false, error: `JGraphT harness unavailable ${lastBuildError}` };
  return run('java', ['-Xss64m', '-Xmx8g', '-cp', [classes, ...JGRAPHT_JARS].join(':'), 'JgraphtPeer', task, csv, String(k)], timeoutMs);
}
