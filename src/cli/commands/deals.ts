/** `roundtrip deals`: consolidated deals, filtered, as of a date. */
import type { Command } from 'commander';
import { formatAmount } from '../../core/amount-format.js';
import { type Deal, dealDate } from '../../core/deal.js';
import { dealToJson } from '../../core/json-view.js';
import { parseDate, parseStatuses, parseTypes, withLedger } from '../context.js';
import { type CliIo, printJson, println } from '../io.js';
import { renderTable } from '../table.js';
import type { RegisterCommand } from './index.js';

export interface DealsOptions {
  company?: string;
  type?: string;
  status?: string;
  from?: string;
  to?: string;
  asOf?: string;
  includeUnreviewed?: boolean;
  json?: boolean;
}

/** A deal as one table row's cells. */
export function dealRow(d: Deal) {
  return {
    id: d.id,
    date: dealDate(d) ?? '',
    parties: `${d.from.name} → ${d.to.name}`,
    type: d.type,
    amount: formatAmount(d.amount),
    status: d.status,
    sources: String(d.sources.filter((s) => s.independent).length),
  };
}

export const registerDeals: RegisterCommand = (program: Command, io: CliIo) => {
  program
    .command('deals')
    .description('list deals, consolidated from their reports')
    .option('--company <id>', 'deals where this company (or a subsidiary) is a party: id, name or ticker')
    .option('--type <types>', 'deal types, comma-separated (equity_investment, compute_purchase, ...)')
    .option('--status <statuses>', 'statuses, comma-separated (rumoured, in_talks, announced, signed, completed, ...)')
    .option('--from <date>', 'first reported on or after this date (YYYY-MM-DD)')
    .option('--to <date>', 'first reported on or before this date')
    .option('--as-of <date>', 'the ledger as it was known on this date')
    .option('--include-unreviewed', 'also count claims nobody has reviewed yet')
    .option('--json', 'print as JSON')
    .action(async (opts: DealsOptions, cmd: Command) => {
      const types = parseTypes(opts.type);
      const statuses = parseStatuses(opts.status);
      const from = parseDate(opts.from, 'from');
      const to = parseDate(opts.to, 'to');
      const asOf = parseDate(opts.asOf, 'as-of');
      await withLedger(io, cmd.optsWithGlobals(), async (ledger) => {
        const company = opts.company ? (await ledger.entity(opts.company)).id : undefined;
        const deals = await ledger.deals({
          ...(company ? { company } : {}),
          types,
          statuses,
          ...(from ? { from } : {}),
          ...(to ? { to } : {}),
          ...(asOf ? { asOf } : {}),
          includeUnreviewed: opts.includeUnreviewed ?? false,
        });
        const sorted = [...deals].sort((a, b) => (dealDate(a) ?? '').localeCompare(dealDate(b) ?? '') || a.id.localeCompare(b.id));
        if (opts.json) {
          printJson(io, { asOf: asOf ?? null, count: sorted.length, deals: sorted.map((d) => dealToJson(d)) });
          return;
        }
        println(
          io,
          renderTable(sorted.map(dealRow), [
            { header: 'Date', value: (r) => r.date },
            { header: 'Deal', value: (r) => r.id, max: 40 },
            { header: 'Who pays whom', value: (r) => r.parties, max: 34 },
            { header: 'Type', value: (r) => r.type },
            { header: 'Amount', value: (r) => r.amount, align: 'right' },
            { header: 'Status', value: (r) => r.status },
            { header: 'Sources', value: (r) => r.sources, align: 'right' },
          ]),
        );
        println(io, `\n${sorted.length} deals${asOf ? ` known on ${asOf}` : ''}. \`roundtrip deal ID\` shows one with its sources.`);
      });
    });
};
