/** `roundtrip eval DIR`: precision, recall and F1 of the extractor against gold articles. */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Command } from 'commander';
import { NotFoundError } from '../../core/errors.js';
import type { EvaluationPair } from '../../extract/evaluate.js';
import { bundledEntities } from '../context.js';
import { addExtractorOptions, type ExtractorFlags, extractorFrom } from '../extractor-options.js';
import { type CliIo, printJson, println } from '../io.js';
import { renderTable } from '../table.js';
import type { RegisterCommand } from './index.js';

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

export const registerEval: RegisterCommand = (program: Command, io: CliIo) => {
  const cmd = program
    .command('eval')
    .description('score the extractor on gold articles (NAME.txt beside NAME.expected.json)')
    .argument('<dir>', 'folder of gold articles, e.g. test/fixtures/articles')
    .option('--verbose', 'list every miss, false positive and wrong amount or status')
    .option('--json', 'print the scores as JSON');
  addExtractorOptions(cmd).action(async (dir: string, opts: ExtractorFlags & { verbose?: boolean; json?: boolean }) => {
    const names = (await readdir(dir).catch(() => {
      throw new NotFoundError(`eval: folder "${dir}" does not exist`, { dir });
    })).filter((f) => f.endsWith('.expected.json')).sort();
    if (!names.length) throw new NotFoundError(`eval: no NAME.expected.json files in "${dir}"; see test/fixtures/articles/README.md`, { dir });
    const [entities, { evaluate, parseGoldFile }, { buildGazetteer }, { outletsFromEntities, readSource }] = await Promise.all([
      bundledEntities(),
      import('../../extract/evaluate.js'),
      import('../../extract/gazetteer.js'),
      import('../../ingest/readers.js'),
    ]);
    const gazetteer = buildGazetteer(entities);
    const extract = await extractorFrom(io, opts, entities);
    const outlets = outletsFromEntities(entities);
    const pairs: EvaluationPair[] = [];
    for (const goldName of names) {
      const name = goldName.slice(0, -'.expected.json'.length);
      const gold = parseGoldFile(JSON.parse(await readFile(join(dir, goldName), 'utf8')), goldName);
      for await (const r of readSource(join(dir, `${name}.txt`), { outlets })) {
        if (r.kind !== 'document') throw r.kind === 'error' ? r.error : new NotFoundError(`eval: ${name}.txt was skipped: ${r.reason}`, { name });
        pairs.push({ name, predicted: await extract(r.document), gold, gazetteer });
      }
    }
    const score = evaluate(pairs);
    if (opts.json) {
      printJson(io, { articles: pairs.length, ...score });
      return;
    }
    println(io, `${pairs.length} gold articles in ${dir}\n`);
    println(io, renderTable(
      [
        { measure: 'claims (from, to, type)', precision: pct(score.precision), recall: pct(score.recall), f1: pct(score.f1) },
        { measure: 'company figures (entity, kind)', precision: pct(score.figures.precision), recall: pct(score.figures.recall), f1: pct(score.figures.f1) },
      ],
      [
        { header: 'Measure', value: (r) => r.measure },
        { header: 'Precision', value: (r) => r.precision, align: 'right' },
        { header: 'Recall', value: (r) => r.recall, align: 'right' },
        { header: 'F1', value: (r) => r.f1, align: 'right' },
      ],
    ));
    println(io, `\namount accuracy ${pct(score.amountAccuracy)}   status accuracy ${pct(score.statusAccuracy)}   (on matched claims)`);
    if (opts.verbose) {
      for (const m of score.misses) println(io, `  missed          ${m.article}: ${m.from} → ${m.to} ${m.type}`);
      for (const m of score.falsePositives) println(io, `  false positive  ${m.article}: ${m.from} → ${m.to} ${m.type}`);
      for (const m of score.mismatches) println(io, `  wrong ${m.field.padEnd(9)} ${m.article}: ${m.from} → ${m.to} ${m.type}: expected ${m.expected}, got ${m.got}`);
    } else {
      println(io, `${score.misses.length} missed, ${score.falsePositives.length} false positives, ${score.mismatches.length} wrong amounts or statuses (--verbose lists them)`);
    }
  });
};
