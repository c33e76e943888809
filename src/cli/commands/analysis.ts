/** `roundtrip volume`, `metrics COMPANY`, `schedule COMPANY`, `stress --shock C=0.5`: the analyses beyond loops. */
import type { Command } from 'commander';
import { circularVolume, circularVolumeRange } from '../../analysis/circular-volume.js';
import { commitmentSchedule } from '../../analysis/commitment-schedule.js';
import { eisenbergNoe } from '../../analysis/eisenberg-noe.js';
import { exposure } from '../../analysis/exposure.js';
import { compactNumber } from '../../core/amount-format.js';
import type { Entity } from '../../core/entity.js';
import { InputError } from '../../core/errors.js';
import type { EntityId } from '../../core/ids.js';
import { findEntity } from '../../ledger/entity-lookup.js';
import { withLedger } from '../context.js';
import { type CliIo, printJson, println } from '../io.js';
import { renderTable } from '../table.js';
import { addViewOptions, type ViewFlags, viewOptionsFrom, withView } from '../view-options.js';
import type { RegisterCommand } from './index.js';

const money = (v: bigint | number) => `$${compactNumber(String(typeof v === 'number' ? Math.round(v) : v))}`;
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

/** An id for a company named on the command line: through the gazetteer, or as written for CSV input. */
function companyId(entities: readonly Entity[], ref: string): EntityId {
  return (entities.length ? findEntity(entities, ref).id : ref) as EntityId;
}

function nameOf(entities: readonly Entity[]): (id: string) => string {
  const names = new Map(entities.map((e) => [e.id as string, e.name] as const));
  return (id) => names.get(id) ?? id;
}

/** Parse `--shock oracle=0.5` (repeatable): the share of its obligations a company pays. */
export function parseShocks(values: readonly string[], entities: readonly Entity[]): Map<EntityId, number> {
  const shocks = new Map<EntityId, number>();
  for (const v of values) {
    const m = /^(.+?)=([0-9]*\.?[0-9]+)$/.exec(v.trim());
    if (!m) throw new InputError(`--shock "${v}" must be COMPANY=SHARE, e.g. oracle=0.5 (pays half its obligations)`, { option: 'shock', value: v });
    const share = Number(m[2]);
    if (!(share >= 0 && share <= 1)) throw new InputError(`--shock "${v}": the share paid must be between 0 and 1`, { option: 'shock', value: v });
    shocks.set(companyId(entities, m[1]!), share);
  }
  return shocks;
}

export const registerAnalysis: RegisterCommand = (program: Command, io: CliIo) => {
  addViewOptions(
    program
      .command('volume')
      .description('circular volume: how much of the flow cancels around loops without changing anyone’s net position')
      .option('--range', 'also clear at the low and high ends of every amount range')
      .option('--json', 'print as JSON'),
    { edges: true },
  ).action(async (opts: ViewFlags & { range?: boolean; json?: boolean }, c: Command) => {
    await withView(io, c.optsWithGlobals(), opts, async ({ view, entities }) => {
      const v = circularVolume(view);
      const range = opts.range ? circularVolumeRange(view) : null;
      if (opts.json) {
        printJson(io, { options: view.options, ...v, ...(range ? { range: { low: range.low.cleared, high: range.high.cleared } } : {}) });
        return;
      }
      const name = nameOf(entities);
      println(io, `Gross flow ${money(v.gross)} · cleared around loops ${money(v.cleared)} (${pct(v.circularShare)}) · net ${money(v.net)} · ${v.undisclosedLegs} legs of unknown size left out`);
      if (range) println(io, `Across the reported ranges the cleared amount lies between ${money(range.low.cleared)} and ${money(range.high.cleared)}.`);
      println(io, '');
      const rows = [...v.perCompany].filter((p) => p.clearedInflow > 0n).sort((a, b) => (b.clearedInflow > a.clearedInflow ? 1 : b.clearedInflow < a.clearedInflow ? -1 : 0));
      println(io, renderTable(rows, [
        { header: 'Company', value: (r) => name(r.id), max: 30 },
        { header: 'Inflow', value: (r) => money(r.inflow), align: 'right' },
        { header: 'Comes back round', value: (r) => money(r.clearedInflow), align: 'right' },
        { header: 'Share', value: (r) => pct(r.share), align: 'right' },
      ]));
    });
  });

  addViewOptions(
    program
      .command('metrics')
      .description("a company's exposure: inflows and outflows by counterparty and type, concentration, vendor-financed share")
      .argument('<company>', 'company id, name or ticker')
      .option('--json', 'print as JSON'),
  ).action(async (ref: string, opts: ViewFlags & { json?: boolean }, c: Command) => {
    await withView(io, c.optsWithGlobals(), opts, async ({ view, entities }) => {
      const id = companyId(entities, ref);
      const x = exposure(view, id);
      const circ = circularVolume(view).perCompany.find((p) => p.id === x.id);
      if (opts.json) {
        printJson(io, { options: view.options, ...x, circular: circ ?? null });
        return;
      }
      const name = nameOf(entities);
      println(io, `${name(x.id)} (${view.options.view} view, ${view.options.policy} amounts${view.options.asOf ? `, as of ${view.options.asOf}` : ''})`);
      for (const [label, side] of [['Money in', x.inflow], ['Money out', x.outflow]] as const) {
        println(io, `\n${label}: ${money(side.total)} over ${side.legs} legs (${side.undisclosedLegs} of unknown size); largest counterparty ${pct(side.topShare)}, top three ${pct(side.top3Share)}, Herfindahl ${side.hhi.toFixed(3)}`);
        println(io, renderTable(side.byCounterparty.slice(0, 10), [
          { header: 'Counterparty', value: (r) => name(r.id), max: 30 },
          { header: 'Amount', value: (r) => (r.undisclosedLegs === r.legs ? 'undisclosed' : money(r.amount)), align: 'right' },
          { header: 'Share', value: (r) => (r.undisclosedLegs === r.legs ? '' : pct(r.share)), align: 'right' },
          { header: 'Legs', value: (r) => String(r.legs), align: 'right' },
        ]));
        println(io, `  by type: ${side.byType.map((t) => `${t.type ?? 'edge'} ${money(t.amount)}`).join(', ') || 'none'}`);
      }
      println(io, `\nVendor-financed: ${money(x.vendorFinancedInflow)} of its inflow (${pct(x.vendorFinancedShare)}) comes from companies it also pays.`);
      if (circ) println(io, `Circular: ${money(circ.clearedInflow)} of its inflow (${pct(circ.share)}) is part of money going round in loops.`);
    });
  });

  addViewOptions(
    program
      .command('schedule')
      .description("a company's commitments spread over their terms, year by year, against its revenue and funding")
      .argument('<company>', 'company id, name or ticker')
      .option('--json', 'print as JSON'),
  ).action(async (ref: string, opts: ViewFlags & { json?: boolean }, c: Command) => {
    await withLedger(io, c.optsWithGlobals(), async (ledger) => {
      const id = (await ledger.entity(ref)).id;
      const { view } = await ledger.graph(viewOptionsFrom(opts), { includeUnreviewed: opts.includeUnreviewed ?? false });
      const s = commitmentSchedule(view, id, await ledger.figures());
      if (opts.json) {
        printJson(io, s);
        return;
      }
      println(io, `${(await ledger.entity(ref)).name}: commitments per year (spread evenly over each deal's term)\n`);
      println(io, renderTable(s.years, [
        { header: 'Year', value: (r) => String(r.year) },
        { header: 'Pays out', value: (r) => money(r.outgoing), align: 'right' },
        { header: 'Takes in', value: (r) => money(r.incoming), align: 'right' },
        { header: 'Revenue', value: (r) => (r.figures.revenue ?? r.figures.run_rate_revenue) !== undefined ? money((r.figures.revenue ?? r.figures.run_rate_revenue)!) : '', align: 'right' },
        { header: 'Cash burn', value: (r) => r.figures.cash_burn !== undefined ? money(r.figures.cash_burn) : '', align: 'right' },
        { header: 'Raised', value: (r) => r.figures.funding_raised !== undefined ? money(r.figures.funding_raised) : '', align: 'right' },
        { header: 'Out / revenue', value: (r) => (r.outgoingToRevenue === null ? '' : `${r.outgoingToRevenue.toFixed(1)}×`), align: 'right' },
      ]));
      println(io, `\nUndated: ${money(s.undated.outgoing)} out, ${money(s.undated.incoming)} in; ${s.undisclosedLegs} legs of unknown size.`);
    });
  });

  addViewOptions(
    program
      .command('stress')
      .description('what if a company pays only part of what it owes: the Eisenberg–Noe clearing, who comes up short, in how many rounds')
      .option('--shock <company=share>', 'a company and the share of its obligations it pays, e.g. oracle=0.5 (repeatable)', (v: string, prev: string[] = []) => [...prev, v])
      .option('--buffer <share>', 'extra resources for every company, as a share of its obligations', '0')
      .option('--json', 'print as JSON'),
    { edges: true },
  ).action(async (opts: ViewFlags & { shock?: string[]; buffer: string; json?: boolean }, c: Command) => {
    const buffer = Number(opts.buffer);
    if (!(buffer >= 0)) throw new InputError(`--buffer "${opts.buffer}" must be a share of 0 or more`, { option: 'buffer' });
    await withView(io, c.optsWithGlobals(), opts, async ({ view, entities }) => {
      const shocks = parseShocks(opts.shock ?? [], entities);
      const r = eisenbergNoe(view, shocks, { buffer });
      if (opts.json) {
        printJson(io, { options: view.options, shocks: Object.fromEntries(shocks), ...r });
        return;
      }
      const name = nameOf(entities);
      const short = r.companies.filter((x) => x.shortfall > 0.5);
      println(io, shocks.size ? `Shock: ${[...shocks].map(([id, s]) => `${name(id)} pays ${pct(s)}`).join(', ')}` : 'No shock: everyone can pay in full.');
      println(io, `${short.length} companies short by ${money(r.totalShortfall)} in total, through ${r.rounds} rounds of contagion${r.converged ? '' : ' (did not converge: raise --buffer or check the data)'}.\n`);
      if (short.length) {
        println(io, renderTable(short, [
          { header: 'Company', value: (x) => name(x.id), max: 30 },
          { header: 'Owes', value: (x) => money(x.obligations), align: 'right' },
          { header: 'Pays', value: (x) => money(x.paid), align: 'right' },
          { header: 'Short', value: (x) => money(x.shortfall), align: 'right' },
          { header: 'Round', value: (x) => (x.shocked ? 'shock' : String(x.round ?? '')), align: 'right' },
        ]));
      }
    });
  });
};
