/** `roundtrip init`: create the database and seed it from the bundled dataset (or leave it empty). */
import type { Command } from 'commander';
import { ConflictError } from '../../core/errors.js';
import { BUNDLED_DATA_DIR, dbPathFrom, redactLocation } from '../context.js';
import { type CliIo, printJson, println } from '../io.js';
import type { RegisterCommand } from './index.js';

export const registerInit: RegisterCommand = (program: Command, io: CliIo) => {
  program
    .command('init')
    .description('create the database and seed it from the bundled AI-deals dataset')
    .option('--empty', 'create an empty database (no bundled dataset)')
    .option('--force', 'delete an existing database first (everything in it is lost)')
    .option('--json', 'print the result as JSON')
    .action(async (opts: { empty?: boolean; force?: boolean; json?: boolean }, cmd: Command) => {
      const dbPath = dbPathFrom(io, cmd.optsWithGlobals());
      const { initEmpty, openLedger, removeDatabase, seedLedger } = await import('../../ledger/open-ledger.js');
      if (opts.force) await removeDatabase(dbPath);
      const { ledger } = await openLedger({ dbPath, datasetDir: null, now: io.now });
      try {
        const stats = await ledger.store.stats();
        const hasData = stats.deals + stats.claims + stats.documents > 0;
        if (opts.empty) {
          if (hasData) {
            throw new ConflictError(`${redactLocation(dbPath)} already holds ${stats.deals} deals and ${stats.claims} claims; add --force to delete it and start empty`, { db: redactLocation(dbPath) });
          }
          const companies = await initEmpty(ledger, BUNDLED_DATA_DIR);
          if (opts.json) printJson(io, { db: redactLocation(dbPath), seeded: false, stats: await ledger.store.stats() });
          else println(io, `Created a ledger with no deals at ${redactLocation(dbPath)} (the gazetteer of ${companies} companies and outlets is loaded so articles can be read).`);
          return;
        }
        const summary = await seedLedger(ledger, BUNDLED_DATA_DIR);
        if (opts.json) {
          printJson(io, { db: redactLocation(dbPath), seeded: true, summary, stats: await ledger.store.stats() });
          return;
        }
        println(io, `Ledger at ${redactLocation(dbPath)}`);
        println(io, `  companies: ${summary.entities.added} added, ${summary.entities.updated} updated`);
        println(io, `  deals:     ${summary.deals.added} added, ${summary.deals.skipped} already there`);
        println(io, `  claims:    ${summary.claims.added} added, ${summary.claims.skipped} already there`);
        println(io, `  figures:   ${summary.figures.added} added`);
      } finally {
        await ledger.store.close();
      }
    });
};
