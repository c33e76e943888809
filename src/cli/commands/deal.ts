/** `roundtrip deal ID`: one consolidated deal with its claims, sources, conflicts and history. */
import type { Command } from 'commander';
import { formatAmount } from '../../core/amount-format.js';
import { dealDetailToJson } from '../../ledger/deal-detail-json.js';
import type { DealDetail } from '../../ledger/ledger.js';
import { parseDate, withLedger } from '../context.js';
import { type CliIo, printJson, println } from '../io.js';
import type { RegisterCommand } from './index.js';

function printHuman(io: CliIo, detail: DealDetail): void {
  const { deal } = detail;
  println(io, `${deal.title}  [${deal.id}]`);
  println(io, `  ${deal.from.name} → ${deal.to.name}   ${deal.type}   ${formatAmount(deal.amount)}   ${deal.status}${deal.reviewed ? '' : '   (not fully reviewed)'}`);
  if (deal.amount) println(io, `  amount as reported: "${deal.amount.text}"`);
  println(io, '');
  println(io, 'Legs (which way value moves):');
  for (const l of deal.legs) println(io, `  ${l.from} → ${l.to}  ${l.asset}${l.amount ? `  ${formatAmount(l.amount)}` : ''}${l.contingent ? '  (contingent)' : ''}`);
  println(io, '');
  println(io, `Sources (${deal.sources.filter((s) => s.independent).length} independent):`);
  for (const s of deal.sources) {
    println(io, `  ${s.publishedAt ?? '????-??-??'}  ${s.outlet ?? 'unknown outlet'}${s.independent ? '' : `  (repeats ${s.repeats ?? 'another report'})`}  ${s.attribution}`);
    if (s.url) println(io, `              ${s.url}`);
  }
  if (deal.conflicts.length) {
    println(io, '');
    println(io, 'Conflicts between reports:');
    for (const c of deal.conflicts) {
      println(io, `  ${c.field}:`);
      for (const v of c.values) println(io, `    ${v.preferred ? '*' : ' '} ${JSON.stringify(v.value && typeof v.value === 'object' && 'text' in v.value ? (v.value as { text: string }).text : v.value)}  (${v.claimIds.length} claim(s))`);
    }
  }
  println(io, '');
  println(io, 'Status history:');
  for (const h of deal.history) println(io, `  ${h.date ?? '????'}  ${h.status}`);
  println(io, '');
  println(io, 'Evidence:');
  for (const c of detail.claims) {
    for (const e of c.evidence.slice(0, 2)) println(io, `  [${c.review}] “${e.quote.replace(/\s+/g, ' ').slice(0, 200)}”`);
  }
  if (detail.related.length) {
    println(io, '');
    println(io, 'Related deals:');
    for (const r of detail.related) println(io, `  ${r.id}  ${r.title}`);
  }
}

export const registerDeal: RegisterCommand = (program: Command, io: CliIo) => {
  program
    .command('deal')
    .description('show one deal: consolidated fields, legs, sources, conflicts, history')
    .argument('<id>', 'deal id (see `roundtrip deals`)')
    .option('--as-of <date>', 'the deal as it was known on this date')
    .option('--include-unreviewed', 'also count claims nobody has reviewed yet')
    .option('--json', 'print as JSON')
    .action(async (id: string, opts: { asOf?: string; includeUnreviewed?: boolean; json?: boolean }, cmd: Command) => {
      const asOf = parseDate(opts.asOf, 'as-of');
      await withLedger(io, cmd.optsWithGlobals(), async (ledger) => {
        const detail = await ledger.deal(id, { ...(asOf ? { asOf } : {}), includeUnreviewed: opts.includeUnreviewed ?? false });
        if (opts.json) printJson(io, dealDetailToJson(detail));
        else printHuman(io, detail);
      });
    });
};
