// Benchmark section: offline extractor throughput (MB/s, articles/s) on a generated corpus of >= 1,000 articles.
//
// The corpus repeats the gold fixtures (test/fixtures/articles) with companies, figures and dates
// varied so no two articles are the same text. Runs on one core, after a warm-up pass.
// Beside it runs the reference peer, wink-nlp's full pipeline (tokens, sentences, POS, entities,
// negation, sentiment) on the same corpus, pass for pass, so machine speed cancels out of the ratio.
//   npm run bench -- --only extract            (through bench/run.js)
//   npm run bench -- --only extract --no-peer  (roundtrip alone)
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
  const peer = (ctx.args ?? []).includes('--no-peer') ? null : await loadWink();
  // Cold pass: the first run through the corpus, JIT compilation included.
  const cold = measure(() => extractAll(extract, g, docs));
  // Steady passes: what a long ingest sees once the code is warm. One more warm-up pass, then five
  // measured passes; the best is the cost of the code itself (a busy machine only ever adds time),
  // the median says how much the machine moved it. The peer's passes alternate with ours, so a
  // machine that slows down mid-run slows both.
  measure(() => extractAll(extract, g, docs));
  if (peer) for (let i = 0; i < 2; i++) measure(() => peer(docs));
  const ours = [];
  const theirs = [];
  for (let i = 0; i < PASSES; i++) {
    ours.push(measure(() => extractAll(extract, g, docs)));
    if (peer) theirs.push(measure(() => peer(docs)));
  }
  const ratios = theirs.map((t, i) => t.cpuSeconds / ours[i].cpuSeconds).sort((a, b) => a - b);
  const byCpu = (a, b) => a.cpuSeconds - b.cpuSeconds;
  ours.sort(byCpu);
  theirs.sort(byCpu);
  const { count: claims, seconds, cpuSeconds } = ours[0];
  const median = ours[PASSES >> 1];
  const mbps = (cpu) => +(bytes / 1e6 / cpu).toFixed(2);
  const rows = [
    { metric: 'articles', value: docs.length, unit: '' },
    { metric: 'cold pass', value: mbps(cold.cpuSeconds), unit: 'MB/s (cpu, first pass)' },
    { metric: 'corpus size', value: +(bytes / 1e6).toFixed(2), unit: 'MB' },
    { metric: 'claims', value: claims, unit: '' },
    { metric: 'wall time', value: +seconds.toFixed(2), unit: 's' },
    { metric: 'cpu time', value: +cpuSeconds.toFixed(2), unit: 's' },
    { metric: 'throughput', value: +(bytes / 1e6 / seconds).toFixed(2), unit: 'MB/s (wall)' },
    { metric: 'throughput', value: mbps(cpuSeconds), unit: `MB/s (cpu, best of ${PASSES} passes)` },
    { metric: 'throughput', value: mbps(median.cpuSeconds), unit: `MB/s (cpu, median of ${PASSES} passes)` },
    { metric: 'throughput', value: Math.round(docs.length / cpuSeconds), unit: 'articles/s (cpu, best pass)' },
  ];
  if (peer) {
    const ratio = ratios[PASSES >> 1];
    rows.push(
      { metric: 'wink-nlp', value: mbps(theirs[0].cpuSeconds), unit: `MB/s (cpu, best of ${PASSES}, same corpus)` },
      { metric: 'wink-nlp', value: mbps(theirs[PASSES >> 1].cpuSeconds), unit: `MB/s (cpu, median of ${PASSES})` },
      { metric: 'ratio', value: +ratio.toFixed(2), unit: 'roundtrip speed / wink-nlp speed (median of paired passes)' },
      {
        metric: 'target',
        value: TARGET_RATIO,
        unit: "ratio the issue asks for (1 MB/s where wink-nlp's pipeline ran 2 MB/s)",
      },
    );
  } else rows.push({ metric: 'wink-nlp', value: '-', unit: 'peer not run (--no-peer, or wink-nlp not installed: npm ci)' });
  for (const r of rows) console.log(`  ${r.metric.padEnd(12)} ${String(r.value).padStart(10)} ${r.unit}`);
  return rows;
}

/**
 * The target in machine-free terms: 1 MB/s on the machine where wink-nlp's full pipeline ran
 * 2 MB/s (the extraction research, section 2.3), so half of wink-nlp's speed.
 */
const TARGET_RATIO = 0.5;

/**
 * The peer: wink-nlp with its English lite model, the full pipeline on every article, reading out what
 * an extractor would use (sentences, part-of-speech tags, entities). Null when the package is absent.
 */
async function loadWink() {
  try {
    const { default: winkNLP } = await import('wink-nlp');
    const { default: model } = await import('wink-eng-lite-web-model');
    const nlp = winkNLP(model);
    const its = nlp.its;
    return (docs) => {
      let n = 0;
      for (const d of docs) {
        const doc = nlp.readDoc(d.text);
        n += doc.sentences().length() + doc.tokens().out(its.pos).length + doc.entities().out().length;
      }
      return n;
    };
  } catch {
    return null;
  }
}

function extractAll(extract, g, docs) {
  let claims = 0;
  for (const d of docs) claims += extract.extractWithRules(d, { gazetteer: g }).claims.length;
  return claims;
}

/** Measured steady passes after the warm-up. */
const PASSES = 5;

/** One timed pass: what `work` returns, wall and CPU seconds. */
function measure(work) {
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  const count = work();
  const cpu = process.cpuUsage(c0);
  // NOTE: CPU time is what one core spends; wall time also counts other processes on a busy machine.
  return { count, seconds: (performance.now() - t0) / 1000, cpuSeconds: (cpu.user + cpu.system) / 1e6 };
}

export default run;

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  await run({ quick: process.argv.includes('--quick') });
}
