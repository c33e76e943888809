// Benchmark section: offline extractor throughput (MB/s, articles/s) on a generated corpus of >= 1,000 articles.
//
// The corpus repeats the gold fixtures (test/fixtures/articles) with companies, figures and dates
// varied so no two articles are the same text. Runs on one core, after a warm-up pass.
//   npm run bench -- --only extract            (through bench/run.js)
//   npm run build && node bench/extract.js     (standalone, from dist/)
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

async function load() {
  // NOTE: bench/run.js mirrors src/ beside bench/; standalone runs use the compiled dist/.
  try {
    return await import('../src/extract/index.js');
  } catch {
    return await import('../dist/extract/index.js');
  }
}

/** Company names to rotate through, so the corpus is not the fixtures verbatim. */
const SWAPS = [
  ['OpenAI', 'Anthropic'], ['Microsoft', 'Amazon'], ['Nvidia', 'AMD'], ['Oracle', 'CoreWeave'], ['SoftBank', 'MGX'],
  ['Google', 'Meta'], ['Broadcom', 'Intel'], ['Nebius', 'Lambda'],
];

function vary(text, i) {
  let out = text;
  const [a, b] = SWAPS[i % SWAPS.length];
  if (i % 2 === 1) out = out.split(a).join('\u0000').split(b).join(a).split('\u0000').join(b);
  // Nudge every figure so amounts differ between copies.
  out = out.replace(/\$(\d+)(?=\s?(?:billion|bn|million|m)\b)/g, (_, n) => `$${Number(n) + (i % 9)}`);
  return out;
}

/** Build the corpus: `count` documents cycling over the fixtures, each one varied. */
export function corpus(root, extract, count) {
  const dir = join(root, 'test/fixtures/articles');
  const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
  const docs = [];
  for (let i = 0; i < count; i++) {
    const name = files[i % files.length];
    const content = readFileSync(join(dir, name), 'utf8');
    docs.push(extract.documentFromArticle(`bench-${i}`, vary(content, Math.floor(i / files.length) + i)));
  }
  return docs;
}

export function gazetteer(root, extract) {
  const raw = JSON.parse(readFileSync(join(root, 'data/entities.json'), 'utf8'));
  return extract.buildGazetteer(raw.map((r) => extract.entityFromRecord(r)));
}

/**
 * Measure the rules extractor on one core.
 * @returns rows of { metric, value, unit }
 */
export async function run(ctx = {}) {
  const root = ctx.root ?? join(dirname(fileURLToPath(import.meta.url)), '..');
  const extract = await load();
  const count = ctx.quick ? 200 : 2000;
  const g = gazetteer(root, extract);
  const docs = corpus(root, extract, count);
  const bytes = docs.reduce((n, d) => n + Buffer.byteLength(d.text, 'utf8'), 0);
  // Cold pass: the first run through the corpus, JIT compilation included.
  const cold = measure(extract, g, docs);
  // Steady passes: what a long ingest sees once the code is warm. One more warm-up pass, then five
  // measured passes; the best is the cost of the code itself (a busy machine only ever adds time),
  // the median says how much the machine moved it.
  measure(extract, g, docs);
  const passes = Array.from({ length: PASSES }, () => measure(extract, g, docs)).sort((a, b) => a.cpuSeconds - b.cpuSeconds);
  const { claims, seconds, cpuSeconds } = passes[0];
  const median = passes[PASSES >> 1];
  const rows = [
    { metric: 'articles', value: docs.length, unit: '' },
    { metric: 'cold pass', value: +(bytes / 1e6 / cold.cpuSeconds).toFixed(2), unit: 'MB/s (cpu, first pass)' },
    { metric: 'corpus size', value: +(bytes / 1e6).toFixed(2), unit: 'MB' },
    { metric: 'claims', value: claims, unit: '' },
    { metric: 'wall time', value: +seconds.toFixed(2), unit: 's' },
    { metric: 'cpu time', value: +cpuSeconds.toFixed(2), unit: 's' },
    { metric: 'throughput', value: +(bytes / 1e6 / seconds).toFixed(2), unit: 'MB/s (wall)' },
    { metric: 'throughput', value: +(bytes / 1e6 / cpuSeconds).toFixed(2), unit: `MB/s (cpu, best of ${PASSES} passes)` },
    { metric: 'throughput', value: +(bytes / 1e6 / median.cpuSeconds).toFixed(2), unit: `MB/s (cpu, median of ${PASSES} passes)` },
    { metric: 'throughput', value: Math.round(docs.length / cpuSeconds), unit: 'articles/s (cpu, best pass)' },
  ];
  for (const r of rows) console.log(`  ${r.metric.padEnd(12)} ${String(r.value).padStart(10)} ${r.unit}`);
  return rows;
}

/** Measured steady passes after the warm-up. */
const PASSES = 5;

/** One pass over the corpus: claims found, wall and CPU seconds. */
function measure(extract, g, docs) {
  let claims = 0;
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  for (const d of docs) claims += extract.extractWithRules(d, { gazetteer: g }).claims.length;
  const cpu = process.cpuUsage(c0);
  // NOTE: CPU time is what one core spends; wall time also counts other processes on a busy machine.
  return { claims, seconds: (performance.now() - t0) / 1000, cpuSeconds: (cpu.user + cpu.system) / 1e6 };
}

export default run;

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  await run({ quick: process.argv.includes('--quick') });
}
