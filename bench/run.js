#!/usr/bin/env node
// The benchmark entry (`npm run bench`): transpiles src/ and bench/ to plain ESM, then runs every section.
//
// A section is a top-level module `bench/<name>.ts` or `bench/<name>.js` (other than run.js) that
// exports `async function run(ctx)`. Sections import the code they measure by relative path as if
// from the source tree (`../src/analysis/index.js`): run.js mirrors src/ and bench/ into
// bench/out/build-<pid>/ (one per run, so runs side by side do not collide; removed at the end),
// TypeScript transpiled without type checks, so what runs is plain JavaScript.
//
//   npm run bench                     every section, full sizes (takes minutes)
//   npm run bench -- --quick          small sizes only
//   npm run bench -- --only analysis  one section (repeatable, or comma-separated)
//   npm run bench -- --build-only     only transpile, into bench/out/build (kept, for profiling)
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { mirror, root, skipTests } from '../scripts/transpile.js';

const outDir = join(root, 'bench', 'out');
const buildOnly = process.argv.includes('--build-only');
const buildDir = join(outDir, buildOnly ? 'build' : `build-${process.pid}`);

function parseArgs(argv) {
  const only = [];
  let quick = false;
  const rest = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--quick') quick = true;
    else if (a === '--only') only.push(...(argv[++i] ?? '').split(',').filter(Boolean));
    else if (a.startsWith('--only=')) only.push(...a.slice(7).split(',').filter(Boolean));
    else if (a === '--build-only') continue;
    else if (a === '--help' || a === '-h') {
      console.log('usage: npm run bench -- [--quick] [--only NAME[,NAME]] [section options]');
      process.exit(0);
    } else rest.push(a);
  }
  return { only, quick, rest };
}

async function main() {
  const { only, quick, rest } = parseArgs(process.argv.slice(2));
  const started = performance.now();
  rmSync(buildDir, { recursive: true, force: true });
  mkdirSync(buildDir, { recursive: true });
  const files =
    mirror(buildDir, 'src', (rel, name) => skipTests(rel, name) || rel === join('src', 'web')) +
    mirror(buildDir, 'bench', (rel, name) => skipTests(rel, name) || rel === join('bench', 'out') || rel === join('bench', 'run.js'));
  if (buildOnly) {
    console.log(`bench: built ${relative(root, buildDir)}`);
    return;
  }
  process.on('exit', () => rmSync(buildDir, { recursive: true, force: true }));
  console.log(`bench: transpiled ${files} files in ${((performance.now() - started) / 1000).toFixed(1)} s`);

  const sections = readdirSync(join(root, 'bench'))
    .filter((name) => /\.(ts|js)$/.test(name) && name !== 'run.js' && !name.endsWith('.d.ts') && !name.endsWith('.test.ts'))
    .map((name) => name.replace(/\.(ts|js)$/, ''))
    .sort();
  const unknown = only.filter((name) => !sections.includes(name));
  if (unknown.length) {
    console.error(`bench: no section ${unknown.map((n) => `"${n}"`).join(', ')}; sections are ${sections.join(', ')}`);
    process.exit(2);
  }
  const chosen = only.length ? sections.filter((s) => only.includes(s)) : sections;
  let failed = 0;
  for (const name of chosen) {
    const mod = await import(pathToFileURL(join(buildDir, 'bench', `${name}.js`)).href);
    if (typeof mod.run !== 'function') {
      console.error(`bench: bench/${name} exports no run(ctx); skipped`);
      continue;
    }
    console.log(`\n== ${name}${quick ? ' (quick)' : ''} ==`);
    const t0 = performance.now();
    try {
      await mod.run({ quick, args: rest, root, outDir, name });
    } catch (error) {
      failed++;
      console.error(`bench: section ${name} failed:`, error);
    }
    console.log(`== ${name}: ${((performance.now() - t0) / 1000).toFixed(1)} s ==`);
  }
  rmSync(buildDir, { recursive: true, force: true });
  process.exit(failed ? 1 : 0);
}

await main();
