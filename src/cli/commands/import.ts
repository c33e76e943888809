/** `roundtrip import FILE|DIR`: add a dataset (the export format, or a data/ directory) to the ledger. */
import { stat } from 'node:fs/promises';
import type { Command } from 'commander';
import { NotFoundError } from '../../core/errors.js';
import { actionId } from '../../ledger/action-id.js';
import { withLedger } from '../context.js';
import { type CliIo, printJson, println } from '../io.js';
import type { RegisterCommand } from './index.js';

export const registerImport: RegisterCommand = (program: Command, io: CliIo) => {
  program
    .command('import')
    .description('import a dataset file (as written by `export --format json`) or a directory with entities.json and deals.json')
    .argument('<path>', 'dataset file or directory')
    .option('--json', 'print the import summary as JSON')
    .action(async (path: string, opts: { json?: boolean }, cmd: Command) => {
      const info = await stat(path).catch(() => null);
      if (!info) throw new NotFoundError(`import: "${path}" does not exist`, { path });
      const [{ importDataset }, { loadDataset, loadDatasetFile }] = await Promise.all([
        import('../../ingest/dataset-import.js'),
        import('../../ingest/dataset-load.js'),
      ]);
      const dataset = info.isDirectory() ? await loadDataset(path) : await loadDatasetFile(path);
      await withLedger(io, cmd.optsWithGlobals(), async (ledger) => {
        const summary = await ledger.store.transaction(async (tx) => {
          const s = await importDataset(tx, dataset);
          await tx.appendAction({ id: actionId('import.dataset'), kind: 'import.dataset', who: ledger.user, at: ledger.now(), target: 'ledger', payload: { path, summary: s }, undoOf: null });
          return s;
        });
        ledger.invalidate();
        if (opts.json) {
          printJson(io, { path, summary });
          return;
        }
        println(io, `Imported ${path}:`);
        println(io, `  companies: ${summary.entities.added} added, ${summary.entities.updated} updated, ${summary.entities.unchanged} unchanged`);
        println(io, `  deals:     ${summary.deals.added} added, ${summary.deals.skipped} already there`);
        println(io, `  claims:    ${summary.claims.added} added, ${summary.claims.skipped} already there`);
        println(io, `  figures:   ${summary.figures.added} added, ${summary.figures.skipped} already there`);
      });
    });
};
