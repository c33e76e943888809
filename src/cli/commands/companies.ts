/** `roundtrip companies`: the gazetteer of companies, joint ventures and outlets. */
import type { Command } from 'commander';
import { ENTITY_KINDS, type EntityKind } from '../../core/entity.js';
import { InputError } from '../../core/errors.js';
import { listOption, withLedger } from '../context.js';
import { type CliIo, printJson, println } from '../io.js';
import { renderTable } from '../table.js';
import type { RegisterCommand } from './index.js';

export const registerCompanies: RegisterCommand = (program: Command, io: CliIo) => {
  program
    .command('companies')
    .description('list the companies, joint ventures and outlets the ledger knows')
    .option('--kind <kinds>', `only these kinds (${ENTITY_KINDS.join(', ')}), comma-separated`)
    .option('--json', 'print as JSON')
    .action(async (opts: { kind?: string; json?: boolean }, cmd: Command) => {
      const kinds = listOption(opts.kind).map((k) => {
        if (!(ENTITY_KINDS as readonly string[]).includes(k)) {
          throw new InputError(`unknown kind "${k}"; use one of ${ENTITY_KINDS.join(', ')}`, { option: 'kind', value: k });
        }
        return k as EntityKind;
      });
      await withLedger(io, cmd.optsWithGlobals(), async (ledger) => {
        const all = await ledger.entities();
        const entities = kinds.length ? all.filter((e) => kinds.includes(e.kind)) : all;
        if (opts.json) {
          printJson(io, { companies: entities });
          return;
        }
        const names = new Map(all.map((e) => [e.id, e.name] as const));
        println(
          io,
          renderTable(entities, [
            { header: 'ID', value: (e) => e.id },
            { header: 'Name', value: (e) => e.name, max: 28 },
            { header: 'Kind', value: (e) => e.kind },
            { header: 'Sector', value: (e) => e.sector },
            { header: 'Ticker', value: (e) => e.identifiers.ticker ?? '' },
            { header: 'Part of', value: (e) => e.parents.map((p) => names.get(p.id) ?? p.id).join(', '), max: 20 },
            { header: 'Aliases', value: (e) => e.aliases.map((a) => a.name).join(', '), max: 36 },
          ]),
        );
        println(io, `\n${entities.length} of ${all.length} entities`);
      });
    });
};
