// Benchmark section: the web app and its server. First paint of the bundled map in Chromium, frame
// rate while panning a generated map of 5,000 companies and 20,000 legs, and graph-view API latency
// under a fixed request rate (autocannon).
//   npm run bench -- --only web            (through bench/run.js)
//   npm run build && node bench/web.js     (standalone, from dist/)
// Needs the built web app (web-dist/, made by `npm run build`) and Chromium at /usr/bin/chromium
// (or ROUNDTRIP_CHROMIUM); without Chromium the browser rows are skipped with a note.
// Functions passed to page.evaluate run in the browser, where these globals exist.
/* global window, MouseEvent, requestAnimationFrame */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const CHROMIUM = process.env.ROUNDTRIP_CHROMIUM ?? '/usr/bin/chromium';
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** The compiled modules: bench/run.js mirrors src/ beside bench/; standalone runs use dist/. */
function modules() {
  const mirrored = new URL('../src/server/serve.js', import.meta.url);
  const base = existsSync(fileURLToPath(mirrored)) ? '../src/' : '../dist/';
  return { ledger: new URL(`${base}ledger/open-ledger.js`, import.meta.url).href, server: new URL(`${base}server/serve.js`, import.meta.url).href };
}

// NOTE: the server runs in its own process so the load generator does not share its event loop.
const SERVER_SCRIPT = `
const [ledgerUrl, serverUrl, dbPath, dataDir, webDir] = process.argv.slice(1);
const { openLedger } = await import(ledgerUrl);
const { startServer } = await import(serverUrl);
const { ledger } = await openLedger({ dbPath, datasetDir: dataDir, user: 'bench' });
const server = await startServer({ ledger, port: 0, webDir, version: 'bench', log: () => {} });
process.stdout.write(server.url + '\\n');
process.on('SIGTERM', async () => { await server.close(); await ledger.store.close(); process.exit(0); });
`;

/** Start `roundtrip serve` over a fresh ledger in a child process; resolves with its base URL and a stop function. */
async function startServerProcess(root, dir) {
  const m = modules();
  const child = spawn(process.execPath, ['--input-type=module', '-e', SERVER_SCRIPT, m.ledger, m.server, join(dir, 'ledger.sqlite'), join(root, 'data'), join(root, 'web-dist')], { stdio: ['ignore', 'pipe', 'inherit'] });
  const url = await new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (b) => {
      out += b;
      if (out.includes('\n')) resolve(out.trim());
    });
    child.once('exit', (code) => reject(new Error(`bench: the server exited with ${code} before listening`)));
  });
  const stop = () => new Promise((resolve) => {
    child.once('exit', resolve);
    child.kill('SIGTERM');
  });
  return { base: url.replace(/\/$/, ''), stop };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor((s.length - 1) / 2)] : NaN;
};

/** A seeded generator (mulberry32), so the generated map is the same on every run. */
function random(seed) {
  let state = seed | 0;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A graph view answer (the /api/graph shape) with `n` companies and `m` legs; partners skew towards hubs. */
export function generatedGraph(n, m, seed = 7) {
  const rnd = random(seed);
  const sectors = ['ai_lab', 'cloud', 'neocloud', 'chips', 'hardware', 'software', 'investor', 'energy', 'infrastructure'];
  const types = ['equity_investment', 'compute_purchase', 'hardware_purchase', 'service_purchase', 'loan'];
  const statuses = ['announced', 'signed', 'completed'];
  const ids = Array.from({ length: n }, (_, i) => `c${String(i).padStart(5, '0')}`);
  const pick = () => ids[Math.floor(n * rnd() ** 2.2)];
  const flows = new Map(ids.map((id) => [id, { inflow: 0, outflow: 0 }]));
  const edges = [];
  const deals = {};
  for (let k = 0; k < m; k++) {
    const from = pick();
    let to = pick();
    if (to === from) to = ids[(ids.indexOf(from) + 1) % n];
    const amount = Math.round(10 ** (7 + 4 * rnd()));
    const dealId = `d${k}`;
    flows.get(from).outflow += amount;
    flows.get(to).inflow += amount;
    const type = types[k % types.length];
    const status = statuses[k % statuses.length];
    edges.push({ id: `${dealId}:cash`, from, to, dealId, type, asset: 'cash', status, amount, low: amount, high: amount, label: null, start: null, end: null, reportedAt: '2025-01', term: null, contingent: false, sourceCount: 1 });
    deals[dealId] = { id: dealId, title: `Deal ${k}`, type, status, from: { id: from, name: from }, to: { id: to, name: to }, amountText: '', reported: null, date: '2025-01', firstReported: '2025-01', independentSources: 1, reviewed: true };
  }
  const nodes = ids.map((id, i) => ({ id, name: `Company ${i}`, kind: 'company', sector: sectors[i % sectors.length], ticker: null, members: [], ...flows.get(id), undisclosedIn: 0, undisclosedOut: 0 }));
  return {
    options: { asOf: null, statuses, view: 'money', policy: 'stated', rollup: true, window: null, types: null, includeUndisclosed: true, currency: 'USD' },
    dropped: {},
    nodes,
    edges,
    deals,
  };
}

/** Time from navigation start to the map's first painted frame (the app marks it `map-painted`). */
async function firstPaint(context, url) {
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForSelector('.map-canvas[data-painted="true"]', { timeout: 60_000 });
  const ms = await page.evaluate(() => performance.getEntriesByName('map-painted')[0]?.startTime ?? NaN);
  await page.close();
  return ms;
}

/** Frames per second while dragging the map with the mouse for about `seconds`. */
async function panFps(context, base, graph, seconds) {
  const page = await context.newPage();
  const body = JSON.stringify(graph);
  // NOTE: the generated map replaces the server's answers; the app, Cytoscape and Chromium are the real ones.
  await page.route(/\/api\/graph\?/, (route) => route.fulfill({ status: 200, contentType: 'application/json', body }));
  await page.route(/\/api\/loops\?/, (route) => route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify({ options: graph.options, count: 0, loops: [], deals: {} }) }));
  const loadStart = performance.now();
  await page.goto(`${base}/`);
  await page.waitForSelector('.map-canvas[data-painted="true"]', { timeout: 180_000 });
  const loadMs = performance.now() - loadStart;
  // Let the first full drawing finish (Cytoscape fills its caches in the background after the first paint).
  await page.waitForTimeout(2000);
  const box = await page.locator('.map-canvas').boundingBox();
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  // NOTE: the drag starts with a real mouse press; the moves are then sent from inside the page, one per
  // animation frame, because the automation channel itself delivers only ~30 input events a second.
  await page.mouse.move(cx, cy);
  await page.mouse.down();
  const frames = await page.evaluate(
    ({ x, y, ms }) =>
      new Promise((resolve) => {
        const times = [];
        const start = performance.now();
        const tick = (t) => {
          times.push(t);
          const k = times.length;
          window.dispatchEvent(new MouseEvent('mousemove', { clientX: x + 200 * Math.sin(k / 20), clientY: y + 140 * Math.cos(k / 27), buttons: 1, bubbles: true }));
          if (t - start < ms) requestAnimationFrame(tick);
          else resolve(times);
        };
        requestAnimationFrame(tick);
      }),
    { x: cx, y: cy, ms: seconds * 1000 },
  );
  await page.mouse.up();
  await page.close();
  const gaps = frames.slice(1).map((t, k) => t - frames[k]);
  const sorted = [...gaps].sort((a, b) => a - b);
  const span = (frames.at(-1) - frames[0]) / 1000;
  // NOTE: the first frames of a drag draw the picture that later frames move; after them every frame is a
  // pan update. Reported: the typical (median) frame, the sustained rate after the start, and the start itself.
  const settled = frames.slice(2);
  const sustained = (settled.length - 1) / ((settled.at(-1) - settled[0]) / 1000);
  return { fps: (frames.length - 1) / span, medianFps: 1000 / median(gaps), sustained, start: frames[2] - frames[0], p95Frame: sorted[Math.floor(gaps.length * 0.95)] ?? NaN, frames: frames.length, loadMs };
}

/** Graph-view requests at a fixed rate, then as fast as 10 connections go. */
async function apiLoad(url, seconds) {
  const autocannon = (await import('autocannon')).default;
  const go = (opts) => new Promise((resolve, reject) => autocannon({ url, ...opts }, (err, res) => (err ? reject(err) : resolve(res))));
  // Warm-up: the first answer consolidates the ledger; later ones come from the server's cache until a write.
  await go({ connections: 2, amount: 20 });
  const paced = await go({ connections: 10, duration: seconds, overallRate: 200 });
  const open = await go({ connections: 10, duration: Math.max(3, Math.round(seconds / 2)) });
  return { paced, open };
}

/**
 * Measure the web app and its server.
 * @returns rows of { metric, value, unit }
 */
export async function run(ctx = {}) {
  const root = ctx.root ?? join(dirname(fileURLToPath(import.meta.url)), '..');
  const quick = ctx.quick ?? false;
  const webDir = join(root, 'web-dist');
  const dir = await mkdtemp(join(tmpdir(), 'roundtrip-bench-web-'));
  const { base, stop } = await startServerProcess(root, dir);
  const rows = [];
  const row = (metric, value, unit) => {
    rows.push({ metric, value, unit });
    console.log(`  ${metric.padEnd(34)} ${String(value).padStart(9)} ${unit}`);
  };
  try {
    const { paced, open } = await apiLoad(`${base}/api/graph`, quick ? 4 : 10);
    row('graph API at 200 req/s: served', Math.round(paced.requests.average), 'req/s');
    row('graph API at 200 req/s: p50', paced.latency.p50, 'ms');
    row('graph API at 200 req/s: p99', paced.latency.p99, 'ms (target < 50)');
    row('graph API at 200 req/s: errors', paced.errors + paced.non2xx, '');
    row('graph API, 10 connections: max', Math.round(open.requests.average), 'req/s');
    row('graph API, 10 connections: p99', open.latency.p99, 'ms');

    if (!existsSync(CHROMIUM) || !existsSync(join(webDir, 'index.html'))) {
      console.log(`  (browser rows skipped: ${existsSync(CHROMIUM) ? 'web-dist/ is not built; run npm run build' : `no Chromium at ${CHROMIUM}`})`);
      return rows;
    }
    const { chromium } = await import('playwright-core');
    const profile = await mkdtemp(join(tmpdir(), 'roundtrip-bench-chromium-'));
    const context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args: FLAGS, viewport: { width: 1440, height: 900 } });
    try {
      const cold = await firstPaint(context, `${base}/`);
      const warm = [];
      for (let i = 0; i < (quick ? 3 : 7); i++) warm.push(await firstPaint(context, `${base}/`));
      row('first map paint, first visit', Math.round(cold), 'ms');
      row('first map paint, median of repeats', Math.round(median(warm)), 'ms (target < 1500)');
      row('first map paint, slowest repeat', Math.round(Math.max(...warm)), 'ms');
      const graph = generatedGraph(quick ? 2000 : 5000, quick ? 8000 : 20000);
      const pan = await panFps(context, base, graph, quick ? 3 : 6);
      row(`pan ${graph.nodes.length} companies / ${graph.edges.length} legs`, Math.round(pan.sustained), 'fps sustained (target >= 30)');
      row('pan: typical frame', Math.round(pan.medianFps), 'fps (median frame time)');
      row('pan: start of the drag', Math.round(pan.start), 'ms (draws the picture that then moves)');
      row('pan: overall, start included', Math.round(pan.fps), `fps (${pan.frames} frames)`);
      row('generated map: load to first paint', Math.round(pan.loadMs), 'ms');
    } finally {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    }
  } finally {
    await stop();
    await rm(dir, { recursive: true, force: true });
  }
  return rows;
}

export default run;

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  await run({ quick: process.argv.includes('--quick') });
}
