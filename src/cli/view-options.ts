/** The graph-view options every analysis command takes, and loading a view from the store or a CSV. */
import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { graphFromEdgeList } from '../analysis/edge-list.js';
import type { GraphView, GraphViewOptions } from '../analysis/graph-view.js';
import { parseEdgeCsv } from '../analysis/parse-edge-csv.js';
import { AMOUNT_POLICIES, type AmountPolicy } from '../core/amount.js';
import type { Deal } from '../core/deal.js';
import type { Entity } from '../core/entity.js';
import { InputError, NotFoundError } from '../core/errors.js';
import { type GlobalOptions, parseDate, parseStatuses, parseTypes, withLedger } from './context.js';
import type { CliIo } from './io.js';

export interface ViewFlags {
  asOf?: string;
  status?: string;
  type?: string;
  view?: string;
  policy?: string;
  rollup?: boolean;
  windowFrom?: string;
  windowTo?: string;
  includeUnreviewed?: boolean;
  edges?: string;
}

/** Add the view options to a command. */
export function addViewOptions(cmd: Command, opts: { edges?: boolean } = {}): Command {
  cmd
    .option('--as-of <date>', 'the ledger as it was known on this date (YYYY-MM-DD)')
    .option('--status <statuses>', 'statuses to include, comma-separated (default: announced,signed,completed,amended)')
    .option('--type <types>', 'deal types to include, comma-separated (default: all)')
    .option('--view <view>', 'money (cash legs only) or value (every leg: equity, compute, warrants...)', 'money')
    .option('--policy <policy>', 'which value of each amount range: low, stated or high', 'stated')
    .option('--no-rollup', 'keep subsidiaries apart from their parents (AWS apart from Amazon)')
    .option('--window-from <date>', 'only legs running on or after this date')
    .option('--window-to <date>', 'only legs running on or before this date')
    .option('--include-unreviewed', 'also count claims nobody has reviewed yet');
  if (opts.edges) cmd.option('--edges <file.csv>', 'analyse a CSV edge list (header from,to,amount) instead of the ledger');
  return cmd;
}

/** Check the flags and turn them into graph-view options. */
export function viewOptionsFrom(f: ViewFlags): Partial<GraphViewOptions> {
  if (f.view !== undefined && f.view !== 'money' && f.view !== 'value') {
    throw new InputError(`--view "${f.view}" must be money or value`, { option: 'view', value: f.view });
  }
  if (f.policy !== undefined && !AMOUNT_POLICIES.includes(f.policy as AmountPolicy)) {
    throw new InputError(`--policy "${f.policy}" must be low, stated or high`, { option: 'policy', value: f.policy });
  }
  const statuses = parseStatuses(f.status);
  const types = parseTypes(f.type);
  const asOf = parseDate(f.asOf, 'as-of');
  const from = parseDate(f.windowFrom, 'window-from');
  const to = parseDate(f.windowTo, 'window-to');
  return {
    ...(asOf ? { asOf } : {}),
    ...(statuses.length ? { statuses } : {}),
    ...(types.length ? { types } : {}),
    view: (f.view ?? 'money') as 'money' | 'value',
    policy: (f.policy ?? 'stated') as AmountPolicy,
    rollup: f.rollup ?? true,
    ...(from || to ? { window: { ...(from ? { from } : {}), ...(to ? { to } : {}) } } : {}),
  };
}

/** What an analysis command works on: a view, and the deals and entities behind it (empty for CSV input). */
export interface ViewInput {
  readonly view: GraphView;
  readonly deals: readonly Deal[];
  readonly entities: readonly Entity[];
  readonly source: 'ledger' | 'csv';
}

/** Build the view from `--edges FILE.csv` or from the ledger, then run `fn`. */
export async function withView<T>(io: CliIo, global: GlobalOptions, flags: ViewFlags, fn: (input: ViewInput) => Promise<T>): Promise<T> {
  const options = viewOptionsFrom(flags);
  if (flags.edges) {
    const text = await readFile(flags.edges, 'utf8').catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') throw new NotFoundError(`--edges: "${flags.edges}" does not exist`, { path: flags.edges });
      throw new InputError(`--edges: cannot read "${flags.edges}": ${error.message}`, { path: flags.edges });
    });
    return fn({ view: graphFromEdgeList(parseEdgeCsv(text)), deals: [], entities: [], source: 'csv' });
  }
  return withLedger(io, global, async (ledger) => {
    const { view, deals, entities } = await ledger.graph(options, { includeUnreviewed: flags.includeUnreviewed ?? false });
    return fn({ view, deals, entities, source: 'ledger' });
  });
}

/** Parse a whole-currency amount flag such as "1e9", "1000000000" or "1bn". */
export function parseMinAmount(value: string | undefined): bigint | undefined {
  if (value === undefined) return undefined;
  const m = /^\s*(\d+(?:\.\d+)?)\s*(k|m|mn|b|bn|t|tn|e\d+)?\s*$/i.exec(value);
  if (!m) throw new InputError(`--min-amount "${value}" is not an amount; write 1000000000, 1e9, 500m or 1bn`, { option: 'min-amount', value });
  const unit = (m[2] ?? '').toLowerCase();
  const scale = unit.startsWith('e') ? 10 ** Number(unit.slice(1)) : ({ '': 1, k: 1e3, m: 1e6, mn: 1e6, b: 1e9, bn: 1e9, t: 1e12, tn: 1e12 } as Record<string, number>)[unit]!;
  return BigInt(Math.round(Number(m[1]) * scale));
}
