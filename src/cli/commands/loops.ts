/** `roundtrip loops`: where money comes back to where it started, ranked by circular amount. */
import type { Command } from 'commander';
import { type Loop, findLoops } from '../../analysis/find-loops.js';
import type { GraphEdge } from '../../analysis/graph-view.js';
import { compactNumber } from '../../core/amount-format.js';
import type { Deal } from '../../core/deal.js';
import { InputError } from '../../core/errors.js';
import { type CliIo, printJson, println } from '../io.js';
import { addViewOptions, parseMinAmount, type ViewFlags, withView } from '../view-options.js';
import type { RegisterCommand } from './index.js';

const money = (v: bigint | null) => (v === null ? 'undisclosed' : `$${compactNumber(v.toString())}`);

function legJson(e: GraphEdge, deals: ReadonlyMap<string, Deal>) {
  const deal = e.dealId ? deals.get(e.dealId) : undefined;
  return {
    ...e,
    title: deal?.title ?? null,
    sources: deal?.sources.map((s) => ({ outlet: s.outlet, url: s.url, publishedAt: s.publishedAt, independent: s.independent })) ?? [],
  };
}

/** A loop as JSON: its nodes in order, legs with their deals and sources, and the bottleneck amount. */
export function loopToJson(loop: Loop, deals: ReadonlyMap<string, Deal>, names: ReadonlyMap<string, string>) {
  return {
    id: loop.id,
    nodes: loop.nodes,
    names: loop.nodes.map((n) => names.get(n) ?? n),
    amount: loop.amount,
    low: loop.low,
    high: loop.high,
    partial: loop.partial,
    undisclosedHops: loop.undisclosedHops,
    span: loop.span,
    weakestStatus: loop.weakestStatus,
    sourceCount: loop.sourceCount,
    hops: loop.hops.map((h) => ({ from: h.from, to: h.to, amount: h.amount, status: h.status, undisclosed: h.undisclosed, legs: h.legs.map((l) => legJson(l, deals)) })),
    legs: loop.legs.map((l) => legJson(l, deals)),
  };
}

export const registerLoops: RegisterCommand = (program: Command, io: CliIo) => {
  const cmd = program
    .command('loops')
    .description('find the loops: money that leaves a company and comes back to it through others')
    .option('--max-length <n>', 'longest loop, in companies', '6')
    .option('--min-amount <amount>', 'smallest circular amount to list (e.g. 1bn); undisclosed loops are kept unless this is set')
    .option('--limit <n>', 'list at most this many loops')
    .option('--temporal <days>', 'only loops whose legs follow each other in time, the whole loop within this many days')
    .option('--json', 'print {"loops": [...]} as JSON');
  addViewOptions(cmd, { edges: true }).action(async (opts: ViewFlags & { maxLength: string; minAmount?: string; limit?: string; temporal?: string; json?: boolean }, c: Command) => {
    const maxLength = Number(opts.maxLength);
    if (!Number.isInteger(maxLength) || maxLength < 2 || maxLength > 12) throw new InputError(`--max-length "${opts.maxLength}" must be a whole number from 2 to 12`, { option: 'max-length' });
    const limit = opts.limit === undefined ? undefined : Number(opts.limit);
    if (limit !== undefined && (!Number.isInteger(limit) || limit < 1)) throw new InputError(`--limit "${opts.limit}" must be a positive whole number`, { option: 'limit' });
    const minAmount = parseMinAmount(opts.minAmount);
    const temporalDays = opts.temporal === undefined ? undefined : Number(opts.temporal);
    if (temporalDays !== undefined && !(temporalDays > 0)) throw new InputError(`--temporal "${opts.temporal}" must be a positive number of days`, { option: 'temporal' });
    await withView(io, c.optsWithGlobals(), opts, async ({ view, deals, entities }) => {
      const loops = findLoops(view, {
        maxLength,
        ...(minAmount !== undefined ? { minAmount } : {}),
        ...(limit !== undefined ? { limit } : {}),
        ...(temporalDays !== undefined ? { temporal: { windowDays: temporalDays } } : {}),
      });
      const byDeal = new Map(deals.map((d) => [d.id as string, d] as const));
      const names = new Map(entities.map((e) => [e.id as string, e.name] as const));
      if (opts.json) {
        printJson(io, { options: view.options, count: loops.length, loops: loops.map((l) => loopToJson(l, byDeal, names)) });
        return;
      }
      if (!loops.length) {
        println(io, 'No loops in this view. Try --view value, --status with in_talks, or a longer --max-length.');
        return;
      }
      loops.forEach((loop, i) => {
        const path = [...loop.nodes, loop.nodes[0]!].map((n) => names.get(n) ?? n).join(' → ');
        println(io, `${i + 1}. ${path}`);
        println(io, `   circular amount ${money(loop.amount)}${loop.partial ? ' (some legs undisclosed)' : ''}  ·  weakest status ${loop.weakestStatus}  ·  ${loop.span.from ?? '?'} to ${loop.span.to ?? '?'}  ·  ${loop.sourceCount} sources  ·  id ${loop.id}`);
        for (const h of loop.hops) {
          const legs = h.legs.map((l) => `${l.dealId ?? 'edge'} (${l.asset}, ${l.amount === null ? 'undisclosed' : money(l.amount)}, ${l.status})`).join('; ');
          println(io, `     ${names.get(h.from) ?? h.from} → ${names.get(h.to) ?? h.to}: ${legs}`);
        }
        println(io, '');
      });
      println(io, `${loops.length} loops (${view.options.view} view, ${view.options.policy} amounts). \`roundtrip deal ID\` shows a leg's sources.`);
    });
  });
};
