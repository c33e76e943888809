#!/usr/bin/env node
// Runs the CLI straight from src/ (transpiled, no type checks, no web build), for quick loops:
//   node scripts/dev.js eval test/fixtures/articles --verbose
// It builds into bench/out/dev-<pid>/ and removes that folder on exit, so runs side by side do
// not collide and dist/ is left alone. `npm run build` remains the real build.
import { mkdirSync, rmSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { mirror, root, skipTests } from './transpile.js';

const buildDir = join(root, 'bench', 'out', `dev-${process.pid}`);
rmSync(buildDir, { recursive: true, force: true });
mkdirSync(buildDir, { recursive: true });
process.on('exit', () => rmSync(buildDir, { recursive: true, force: true }));
mirror(buildDir, 'src', (rel, name) => skipTests(rel, name) || rel === join('src', 'web'));
// NOTE: the CLI finds the bundled dataset at ../../data from src/cli/, as it does from dist/cli/.
symlinkSync(join(root, 'data'), join(buildDir, 'data'));
const { run } = await import(pathToFileURL(join(buildDir, 'src', 'cli', 'main.js')).href);
process.exitCode = await run(process.argv.slice(2));
