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
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import ts from 'typescript';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
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

/** Mirror `dir` (relative to the repo) into the build folder: .ts transpiled, .js/.json/.py/.cc/.java copied. */
function mirror(dir, skip) {
  const from = join(root, dir);
  let count = 0;
  const walk = (abs) => {
    for (const name of readdirSync(abs)) {
      const path = join(abs, name);
      const rel = relative(root, path);
      if (skip(rel, name)) continue;
      if (statSync(path).isDirectory()) {
        walk(path);
        continue;
      }
      const target = join(buildDir, rel);
      mkdirSync(dirname(target), { recursive: true });
      if (name.endsWith('.ts') && !name.endsWith('.d.ts')) {
        const source = readFileSync(path, 'utf8');
        const js = ts.transpileModule(source, {
          fileName: path,
          compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022, verbatimModuleSyntax: true, sourceMap: false },
        }).outputText;
        writeFileSync(target.replace(/\.ts$/, '.js'), js);
        count++;
      } else if (/\.(js|mjs|json|py|cc|java)$/.test(name)) {
        copyFileSync(path, target);
      }
    }
  };
  walk(from);
  return count;
}

async function main() {
  const { only, quick, rest } = parseArgs(process.argv.slice(2));
  const started = performance.now();
  rmSync(buildDir, { recursive: true, force: true });
  mkdirSync(buildDir, { recursive: true });
  const skipTests = (rel, name) => name.endsWith('.test.ts') || name === 'node_modules';
  const files =
    mirror('src', (rel, name) => skipTests(rel, name) || rel === join('src', 'web')) +
    mirror('bench', (rel, name) => skipTests(rel, name) || rel === join('bench', 'out') || rel === join('bench', 'run.js'));
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
