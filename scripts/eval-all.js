#!/usr/bin/env node
// Scores the rules extractor on every gold set in test/fixtures and prints one table:
//   npm run eval                     (the build in dist/, through bin/roundtrip.js)
//   node scripts/eval-all.js --dev   (straight from src/, through scripts/dev.js)
//   add --backoff to score with the learned pair back-off on (docs/extraction-backoff.md)
// Each set is scored by `roundtrip eval DIR --json` in its own process; `roundtrip eval DIR
// --verbose` lists one set's misses.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { root } from './transpile.js';

/** The gold sets, in the order they were written, and what each one is for. */
const SETS = [
  ['articles', 'tuning set (seeds included)'],
  ['unseen', 'written blind; tuned on from round 2'],
  ['phrasings', 'blind short items; tuned on from round 3'],
  ['fresh', 'written blind; tuned on from round 3'],
  ['phrasings2', 'blind short items; tuned on from round 4'],
  ['holdout', 'written blind; never opened by rule writers'],
  ['wire', 'written blind (round 4); never opened by rule writers'],
  ['press', 'written blind (round 5); tuned on from round 6'],
  ['dispatch', 'written blind (round 6); never opened by rule writers'],
  ['bulletin', 'written blind (round 7); never opened by rule writers'],
  ['courier', 'written blind (round 9); never opened by rule writers'],
  ['gazette', 'written blind (round 10); never opened by rule writers'],
];

const dev = process.argv.includes('--dev');
const backoff = process.argv.includes('--backoff');
const cli = dev ? join(root, 'scripts', 'dev.js') : join(root, 'bin', 'roundtrip.js');
const pct = (x) => `${(x * 100).toFixed(1)}%`;
const rows = [];
let failed = false;
for (const [name, role] of SETS) {
  const dir = join(root, 'test', 'fixtures', name);
  if (!existsSync(dir)) continue;
  const r = spawnSync(process.execPath, [cli, 'eval', dir, '--json', ...(backoff ? ['--backoff'] : [])], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (r.status !== 0) {
    process.stderr.write(`eval-all: scoring ${name} failed (exit ${r.status}):\n${r.stderr}`);
    failed = true;
    continue;
  }
  const s = JSON.parse(r.stdout);
  rows.push([name, String(s.articles), pct(s.precision), pct(s.recall), pct(s.f1), pct(s.amountAccuracy), pct(s.statusAccuracy), role]);
}
const header = ['set', 'articles', 'P', 'R', 'F1', 'amount', 'status', 'role'];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
const line = (cells) => cells.map((c, i) => (i >= 1 && i <= 6 ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join('  ').trimEnd();
console.log(`Claims scored on (from, to, type); amount and status accuracy on matched claims${backoff ? '; learned back-off on' : ''}.\n`);
console.log(line(header));
for (const r of rows) console.log(line(r));
if (failed) process.exitCode = 1;
