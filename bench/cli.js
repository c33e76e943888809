// Benchmark section: how long a user waits for one CLI command, start-up included (wall time of a
// fresh process, median of several runs): --help, extract of a seed article, and three ledger reads
// on a SQLite file seeded beforehand.
//   npm run bench -- --only cli [--quick]     (through bench/run.js)
//   npm run build && node bench/cli.js        (standalone, from dist/)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The CLI entry to time: the mirrored build when run through bench/run.js (its bundled-data folder
 * is linked in, since the CLI looks for it beside its own source), else the compiled dist/.
 */
function entry(root) {
  const mirrored = fileURLToPath(new URL('../src/cli/main.js', import.meta.url));
  if (existsSync(mirrored)) {
    const data = fileURLToPath(new URL('../data', import.meta.url));
    if (!existsSync(data)) symlinkSync(join(root, 'data'), data, 'dir');
    return mirrored;
  }
  return join(root, 'dist', 'cli', 'main.js');
}

/** Run the CLI once in a new process; the wall time in milliseconds. (`--` keeps node from reading `--help` as its own.) */
function once(main, args, env) {
  const script = `const { run } = await import(${JSON.stringify(main)}); process.exitCode = await run(process.argv.slice(1));`;
  const t0 = performance.now();
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', script, '--', ...args], { env, encoding: 'utf8' });
  const ms = performance.now() - t0;
  if (r.status !== 0) throw new Error(`roundtrip ${args.join(' ')} exited ${r.status}: ${r.stderr.trim().split('\n')[0]}`);
  return ms;
}

export async function run(ctx = {}) {
  const root = ctx.root ?? join(dirname(fileURLToPath(import.meta.url)), '..');
  const main = entry(root);
  if (!existsSync(main)) {
    console.log('  cli: no build to time (run `npm run build` first, or go through `npm run bench`)');
    return [];
  }
  const runs = ctx.quick ? 3 : 7;
  const dir = mkdtempSync(join(tmpdir(), 'roundtrip-bench-cli-'));
  const env = { ...process.env, ROUNDTRIP_DB: join(dir, 'ledger.sqlite') };
  const seed = join(root, '..', 'shared', 'seeds', '000_eed718c4fe97638e.txt');
  const article = existsSync(seed) ? seed : join(root, 'test', 'fixtures', 'articles', readFirstFixture(root));
  const commands = [
    ['--help'],
    ['extract', article, '--json'],
    ['deals', '--json'],
    ['loops', '--json'],
    ['companies', '--json'],
  ];
  const rows = [];
  try {
    // NOTE: the first ledger command seeds the file with the bundled dataset; that is a one-off, not timed.
    once(main, ['deals', '--json'], env);
    for (const args of commands) {
      once(main, args, env);
      const times = Array.from({ length: runs }, () => once(main, args, env)).sort((a, b) => a - b);
      const name = args[0] === 'extract' ? 'extract' : args[0];
      rows.push({ metric: name, value: Math.round(times[runs >> 1]), unit: `ms (wall, median of ${runs}, best ${Math.round(times[0])})` });
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  for (const r of rows) console.log(`  ${r.metric.padEnd(12)} ${String(r.value).padStart(10)} ${r.unit}`);
  return rows;
}

/** Without ../shared beside the project, the first gold article stands in for the seed. */
function readFirstFixture(root) {
  return readdirSync(join(root, 'test', 'fixtures', 'articles')).filter((f) => f.endsWith('.txt')).sort()[0];
}

export default run;
