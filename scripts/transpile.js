// Shared by bench/run.js and scripts/dev.js: mirror a folder of the repo into a build folder, TypeScript transpiled (no type checks).
import { copyFileSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

/** The repository root. */
export const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * Mirror `dir` (relative to the repo) into `buildDir`: .ts files transpiled to .js, .js/.mjs/.json/.py/.cc/.java
 * copied; `skip(rel, name)` leaves a path out. Returns how many files were transpiled.
 */
export function mirror(buildDir, dir, skip) {
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
  walk(join(root, dir));
  return count;
}

/** Leaves out unit tests and node_modules. */
export const skipTests = (rel, name) => name.endsWith('.test.ts') || name === 'node_modules';
