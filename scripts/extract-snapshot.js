#!/usr/bin/env node
// Snapshot of the rules extractor's output, so a refactor or speed-up can prove it changed nothing:
//   node scripts/extract-snapshot.js OUT.json      write every result, print its sha256
//   node scripts/extract-snapshot.js OUT.json REF.json   ... and exit 1 if it differs from REF.json
// Each document's claims with the learned pair back-off on are recorded beside the default result.
// It reads every .txt in the fixture sets and the shared seeds, plus the first 300 generated bench
// documents, transpiles src/ like scripts/dev.js, and writes one stable JSON (documents in a fixed order).
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { mirror, root, skipTests } from './transpile.js';

const [out, ref] = process.argv.slice(2);
if (!out) {
  console.error('usage: node scripts/extract-snapshot.js OUT.json [REF.json]');
  process.exit(2);
}
const buildDir = join(root, 'bench', 'out', `snapshot-${process.pid}`);
rmSync(buildDir, { recursive: true, force: true });
mkdirSync(buildDir, { recursive: true });
process.on('exit', () => rmSync(buildDir, { recursive: true, force: true }));
mirror(buildDir, 'src', (rel, name) => skipTests(rel, name) || rel === join('src', 'web'));
const extract = await import(pathToFileURL(join(buildDir, 'src', 'extract', 'index.js')).href);
const bench = await import(pathToFileURL(join(root, 'bench', 'extract.js')).href);

// NOTE: every gold set there is (a set added later is covered without editing this list), then the seeds.
const fixtures = join(root, 'test', 'fixtures');
const sets = readdirSync(fixtures, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => join(fixtures, e.name)).sort();
const dirs = [...sets, join(root, '..', 'shared', 'seeds')];
const docs = [];
for (const d of dirs) {
  const abs = d.startsWith('/') ? d : join(root, d);
  if (!existsSync(abs)) continue;
  for (const f of readdirSync(abs).filter((n) => n.endsWith('.txt')).sort()) {
    const path = join(abs, f);
    docs.push(extract.documentFromArticle(relative(root, path), readFileSync(path, 'utf8')));
  }
}
docs.push(...bench.corpus(root, extract, 300));
const g = bench.gazetteer(root, extract);
// NOTE: the claims with the learned pair back-off on are kept too, so a speed-up must leave that path unchanged as well.
const results = docs.map((doc) => ({
  id: doc.id,
  ...extract.extractWithRules(doc, { gazetteer: g }),
  withBackoff: extract.extractWithRules(doc, { gazetteer: g, pairBackoff: true }).claims,
}));
const json = `${JSON.stringify(results, null, 1)}\n`;
writeFileSync(out, json);
const hash = createHash('sha256').update(json).digest('hex');
console.log(`${docs.length} documents, sha256 ${hash}`);
if (ref) {
  const same = readFileSync(ref, 'utf8') === json;
  console.log(same ? 'identical to reference' : `DIFFERS from ${ref}`);
  if (!same) process.exitCode = 1;
}
