/** `roundtrip diff --from D1 --to D2`: deals added, changed field by field, and ended between two dates. */
import type { Command } from 'commander';
import { InputError } from '../../core/errors.js';
import { dealToJson } from '../../core/json-view.js';
import { parseDate, withLedger } from '../context.js';
import { type CliIo, printJson, println } from '../io.js';
import type { RegisterCommand } from './index.js';

const show = (v: unknown): string => {
  if (v === null || v === undefined) return '—';
  if (typeof v === 'object' && v !== null && 'text' in v && typeof (v as { text: unknown }).text === 'string') return `"${(v as { text: string }).text}"`;
  return typeof v === 'string' ? v : JSON.stringify(v);
};

export const registerDiff: RegisterCommand = (program: Command, io: CliIo) => {
  program
    .command('diff')
    .description('what changed in the ledger between two dates: deals added, changed (field by field), ended')
    .requiredOption('--from <date>', 'the earlier date (YYYY-MM-DD)')
    .requiredOption('--to <date>', 'the later date')
    .option('--include-unreviewed', 'also count claims nobody has reviewed yet')
    .option('--json', 'print as JSON')
    .action(async (opts: { from: string; to: string; includeUnreviewed?: boolean; json?: boolean }, cmd: Command) => {
      const from = parseDate(opts.from, 'from')!;
      const to = parseDate(opts.to, 'to')!;
      if (from > to) throw new InputError(`--from ${from} is after --to ${to}; swap them`, { from, to });
      await withLedger(io, cmd.optsWithGlobals(), async (ledger) => {
        const diff = await ledger.diff(from, to, { includeUnreviewed: opts.includeUnreviewed ?? false });
        if (opts.json) {
          printJson(io, { from, to, added: diff.added.map((d) => dealToJson(d)), changed: diff.changed, ended: diff.ended.map((e) => ({ ...e, before: dealToJson(e.before), after: e.after ? dealToJson(e.after) : null })) });
          return;
        }
        println(io, `Between ${from} and ${to}: ${diff.added.length} deals added, ${diff.changed.length} changed, ${diff.ended.length} ended.`);
        if (diff.added.length) println(io, '\nAdded:');
        for (const d of diff.added) println(io, `  + ${d.id}  ${d.from.name} → ${d.to.name}  ${d.type}  ${d.status}`);
        if (diff.changed.length) println(io, '\nChanged:');
        for (const c of diff.changed) {
          println(io, `  ~ ${c.id}`);
          for (const f of c.fields) println(io, `      ${f.field}: ${show(f.before)} → ${show(f.after)}`);
        }
        if (diff.ended.length) println(io, '\nEnded:');
        for (const e of diff.ended) println(io, `  - ${e.id}  (${e.reason})`);
      });
    });
};
