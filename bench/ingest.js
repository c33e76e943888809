// Benchmark section: `roundtrip ingest FOLDER` over 10,000 generated articles (quick: 1,000) into a
// fresh SQLite ledger, in a child process: documents/s, MB/s, and the child's memory as it goes.
//
// The corpus varies the gold fixtures (test/fixtures/articles/*.txt): dates moved, figures nudged,
// companies swapped, so every file has its own content hash. The child seeds a fresh ledger with
// the bundled dataset (what a first run does), then runs the CLI's ingest command as a user would;
// after each of its progress lines (every 100 documents) it reports its resident set size.
//   npm run bench -- --only ingest [--quick] [--docs N]   (through bench/run.js)
//   npm run build && node bench/ingest.js [--quick]      (standalone, from dist/)
// The child inherits the environment: MALLOC_ARENA_MAX=2 before the command shows how much of the
// RSS growth is glibc arena fragmentation rather than memory the program holds (compare "live").
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** The compiled modules: bench/run.js mirrors src/ beside bench/; standalone runs use dist/. */
function modules() {
  const mirrored = new URL('../src/cli/main.js', import.meta.url);
  const base = existsSync(fileURLToPath(mirrored)) ? '../src/' : '../dist/';
  return {
    main: new URL(`${base}cli/main.js`, import.meta.url).href,
    io: new URL(`${base}cli/io.js`, import.meta.url).href,
    ledger: new URL(`${base}ledger/open-ledger.js`, import.meta.url).href,
  };
}

// NOTE: the ingest runs in its own process so its memory is measured alone (not the generator's,
// not the bench harness's). It seeds first with the data folder given, because the mirrored CLI
// looks for the bundled dataset beside the build folder, where there is none.
const CHILD_SCRIPT = `
const [mainUrl, ioUrl, ledgerUrl, dbPath, dataDir, corpus, gcEvery] = process.argv.slice(1);
const { openLedger } = await import(ledgerUrl);
const { run } = await import(mainUrl);
const { processIo } = await import(ioUrl);
const opened = await openLedger({ dbPath, datasetDir: dataDir, user: 'bench' });
await opened.ledger.store.close();
const mem = () => { const m = process.memoryUsage(); return m.rss + ' ' + m.heapUsed + ' ' + m.heapTotal + ' ' + m.external; };
process.stderr.write('bench-memory 0 ' + mem() + '\\n');
const base = processIo();
const stderr = {
  isTTY: false,
  write(s) {
    process.stderr.write(s);
    const m = /^ingest: (\\d+)/.exec(s);
    if (m) {
      process.stderr.write('bench-memory ' + m[1] + ' ' + mem() + '\\n');
      // The live heap: what a full collection leaves, sampled after the RSS so that stays unforced.
      if (Number(m[1]) % Number(gcEvery) === 0) { globalThis.gc(); process.stderr.write('bench-live ' + m[1] + ' ' + process.memoryUsage().heapUsed + '\\n'); }
    }
    return true;
  },
};
const code = await run(['ingest', corpus, '--db', dbPath], { ...base, stderr });
process.stderr.write('bench-peak ' + process.resourceUsage().maxRSS * 1024 + '\\n');
process.exitCode = code;
`;

/** Company pairs to swap, so copies of one article name other companies. */
const SWAPS = [
  ['OpenAI', 'Anthropic'], ['Microsoft', 'Amazon'], ['Nvidia', 'AMD'], ['Oracle', 'CoreWeave'],
  ['SoftBank', 'MGX'], ['Google', 'Meta'], ['Broadcom', 'Intel'], ['Nebius', 'Lambda'],
];

function swap(text, a, b) {
  return text.split(a).join('\u0000').split(b).join(a).split('\u0000').join(b);
}

function shiftDate(iso, days) {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Copy `copy` of a fixture: its dates moved by `copy` days, its figures nudged, companies swapped. */
export function vary(text, copy) {
  let out = text.replace(/\b(\d{4}-\d{2}-\d{2})\b/g, (_, iso) => shiftDate(iso, copy));
  const [a, b] = SWAPS[copy % SWAPS.length];
  if (copy % 3 === 1) out = swap(out, a, b);
  out = out.replace(/\$(\d+)(?=\s?(?:billion|bn|million|m)\b)/g, (_, n) => `$${Number(n) + (copy % 7)}`);
  // NOTE: a last line numbering the copy makes every content hash distinct even for a fixture without dates.
  return `${out.trimEnd()}\n\n(Copy ${copy}.)\n`;
}

/** Write `count` articles into `dir` (one folder per 1,000, as a crawl would shard them); returns their bytes. */
export function writeCorpus(root, dir, count) {
  const fixtures = join(root, 'test/fixtures/articles');
  const names = readdirSync(fixtures).filter((f) => f.endsWith('.txt')).sort();
  const texts = names.map((f) => readFileSync(join(fixtures, f), 'utf8'));
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const shard = join(dir, String(Math.floor(i / 1000)).padStart(3, '0'));
    if (i % 1000 === 0) mkdirSync(shard, { recursive: true });
    const k = i % names.length;
    const text = vary(texts[k], Math.floor(i / names.length));
    bytes += Buffer.byteLength(text);
    writeFileSync(join(shard, `${String(i).padStart(5, '0')}-${names[k]}`), text);
  }
  return bytes;
}

/** Run the child; collect its memory samples, its summary line and how long it took. */
function ingestInChild(root, dbPath, corpus, gcEvery) {
  const m = modules();
  const args = ['--expose-gc', '--input-type=module', '-e', CHILD_SCRIPT, m.main, m.io, m.ledger, dbPath, join(root, 'data'), corpus, String(gcEvery)];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    const samples = [];
    let peak = 0;
    let summary = '';
    let stdoutBytes = 0;
    let errText = '';
    let carry = '';
    const t0 = performance.now();
    let tIngest = null;
    child.stdout.on('data', (chunk) => {
      stdoutBytes += chunk.length;
      const text = chunk.toString();
      const found = /\n?(\d+ documents in [\d.]+ s:[^\n]*)/.exec(text);
      if (found) summary = found[1];
    });
    child.stderr.on('data', (chunk) => {
      const lines = (carry + chunk.toString()).split('\n');
      carry = lines.pop() ?? '';
      for (const line of lines) {
        const mem = /^bench-memory (\d+) (\d+) (\d+) (\d+) (\d+)$/.exec(line);
        const top = /^bench-peak (\d+)$/.exec(line);
        const live = /^bench-live (\d+) (\d+)$/.exec(line);
        if (mem) {
          const [docs, rss, heap, heapTotal, external] = mem.slice(1).map(Number);
          if (docs === 0) tIngest = performance.now();
          samples.push({ docs, rss, heap, heapTotal, external, at: performance.now() });
        } else if (live) {
          const s = samples.find((x) => x.docs === Number(live[1]));
          if (s) s.live = Number(live[2]);
        } else if (top) peak = Number(top[1]);
        else if (!/^ingest: \d+/.test(line)) errText += `${line}\n`;
      }
    });
    child.on('error', reject);
    child.on('exit', (code) => {
      const t1 = performance.now();
      if (code !== 0) reject(new Error(`ingest child exited with ${code}: ${errText.slice(-2000)}`));
      else resolve({ samples, peak, summary, stdoutBytes, seconds: (t1 - (tIngest ?? t0)) / 1000, totalSeconds: (t1 - t0) / 1000 });
    });
  });
}

/** Least-squares slope of y over x. */
function slope(points) {
  const n = points.length;
  if (n < 2) return 0;
  const mx = points.reduce((s, p) => s + p.x, 0) / n;
  const my = points.reduce((s, p) => s + p.y, 0) / n;
  const sxy = points.reduce((s, p) => s + (p.x - mx) * (p.y - my), 0);
  const sxx = points.reduce((s, p) => s + (p.x - mx) ** 2, 0);
  return sxx === 0 ? 0 : sxy / sxx;
}

const MB = 1024 * 1024;

/**
 * Generate the corpus, ingest it in a child process, print throughput and memory, clean up.
 * @returns rows of { metric, value, unit }
 */
export async function run(ctx = {}) {
  const root = ctx.root ?? join(dirname(fileURLToPath(import.meta.url)), '..');
  const outDir = ctx.outDir ?? join(root, 'bench', 'out');
  const args = ctx.args ?? [];
  const docsArg = args.indexOf('--docs');
  const count = docsArg >= 0 ? Number(args[docsArg + 1]) : ctx.quick ? 1000 : 10_000;
  mkdirSync(outDir, { recursive: true });
  const work = await mkdtemp(join(outDir, 'ingest-'));
  try {
    const corpus = join(work, 'corpus');
    const bytes = writeCorpus(root, corpus, count);
    // NOTE: a forced collection every twentieth of the run (at least 100 documents apart) measures the live heap without steering the RSS much.
    const gcEvery = Math.max(100, Math.round(count / 20 / 100) * 100);
    const r = await ingestInChild(root, join(work, 'ledger.sqlite'), corpus, gcEvery);
    const at = (docs) => r.samples.find((s) => s.docs >= docs);
    // NOTE: the first fifth warms up (JIT, SQLite page cache, V8 heap sizing); the slope is fitted after it.
    const warm = r.samples.filter((s) => s.docs >= count / 5);
    const rssSlope = slope(warm.map((s) => ({ x: s.docs / 1000, y: s.rss / MB })));
    const liveSlope = slope(warm.filter((s) => s.live !== undefined).map((s) => ({ x: s.docs / 1000, y: s.live / MB })));
    const rows = [
      { metric: 'documents', value: count, unit: `(${(bytes / 1e6).toFixed(2)} MB of text)` },
      { metric: 'ingest time', value: +r.seconds.toFixed(1), unit: `s (child total ${r.totalSeconds.toFixed(1)} s, with start-up and seeding)` },
      { metric: 'throughput', value: +(count / r.seconds).toFixed(1), unit: 'documents/s' },
      { metric: 'throughput', value: +(bytes / 1e6 / r.seconds).toFixed(3), unit: 'MB/s' },
    ];
    const first = r.samples[0];
    if (first) rows.push({ metric: 'RSS at start', value: +(first.rss / MB).toFixed(1), unit: 'MB (ledger seeded, before the first document)' });
    for (const f of [0.1, 0.25, 0.5, 0.75, 1]) {
      const s = at(Math.round(count * f));
      if (s) rows.push({ metric: `RSS @ ${s.docs}`, value: +(s.rss / MB).toFixed(1), unit: `MB (V8 heap ${(s.heap / MB).toFixed(1)} used of ${(s.heapTotal / MB).toFixed(1)} MB, native ${((s.rss - s.heapTotal) / MB).toFixed(1)} MB${s.live === undefined ? '' : `, live after a full GC ${(s.live / MB).toFixed(1)} MB`})` });
    }
    rows.push({ metric: 'peak RSS', value: +(r.peak / MB).toFixed(1), unit: 'MB' });
    rows.push({ metric: 'RSS slope', value: +rssSlope.toFixed(2), unit: `MB per 1,000 documents after ${Math.round(count / 5)}` });
    const heapTotalSlope = slope(warm.map((s) => ({ x: s.docs / 1000, y: s.heapTotal / MB })));
    const nativeSlope = slope(warm.map((s) => ({ x: s.docs / 1000, y: (s.rss - s.heapTotal) / MB })));
    rows.push({ metric: '  of which V8', value: +heapTotalSlope.toFixed(2), unit: 'MB per 1,000 documents (heap V8 has reserved, garbage included)' });
    rows.push({ metric: '  of which native', value: +nativeSlope.toFixed(2), unit: 'MB per 1,000 documents (RSS outside the V8 heap: SQLite, allocator, code)' });
    rows.push({ metric: 'live slope', value: +liveSlope.toFixed(2), unit: `MB per 1,000 documents (live heap after a full GC, every ${gcEvery} documents)` });
    rows.push({ metric: 'summary', value: '', unit: `${r.summary} (${(r.stdoutBytes / 1e6).toFixed(2)} MB on stdout)` });
    for (const row of rows) console.log(`  ${row.metric.padEnd(12)} ${String(row.value).padStart(10)} ${row.unit}`);
    return rows;
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

export default run;

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  await run({ quick: process.argv.includes('--quick'), args: process.argv.slice(2) });
}
