/** Read roundtrip's CSV tables (entities, deals, legs, claims, figures) back into a dataset, every bad row named. */
import type { z } from 'zod';
import { type Dataset, DatasetDealSchema, DatasetEntitySchema, DatasetFigureSchema } from '../core/dataset-schema.js';
import { validateDataset } from '../core/dataset-validate.js';
import { DataError } from '../core/errors.js';
import { type CsvRecord, type CsvTable, parseCsv, splitList } from './import-csv-parse.js';

/** One problem in one cell (or row) of one file. */
export interface CsvProblem {
  readonly file: string;
  readonly line: number;
  /** The column, when the problem is in one cell. */
  readonly column: string | null;
  readonly message: string;
}

/** The tables the import reads; `legs.csv` and `figures.csv` are optional. */
export const CSV_IMPORT_FILES = ['entities.csv', 'deals.csv', 'legs.csv', 'claims.csv', 'figures.csv'] as const;

const REQUIRED: Readonly<Record<string, readonly string[]>> = {
  'entities.csv': ['id', 'name', 'kind'],
  'deals.csv': ['id', 'title', 'type', 'from', 'to', 'status'],
  'legs.csv': ['deal_id', 'from', 'to', 'asset', 'explicit'],
  'claims.csv': ['deal_id', 'outlet', 'published_at', 'url'],
  'figures.csv': ['id', 'entity', 'kind', 'outlet', 'date', 'url'],
};

type Cells = Readonly<Record<string, string>>;
const opt = (c: Cells, k: string): string | undefined => (c[k] === undefined || c[k] === '' ? undefined : c[k]);
const bool = (c: Cells, k: string): boolean | string | undefined => {
  const v = opt(c, k);
  return v === undefined ? undefined : v === 'true' ? true : v === 'false' ? false : v;
};
const defined = <T extends object>(o: T): T => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;

function amount(c: Cells, prefix: string): Record<string, unknown> | null {
  if (opt(c, `${prefix}qualifier`) === undefined && opt(c, `${prefix}text`) === undefined) return null;
  return defined({
    text: c[`${prefix}text`] ?? '',
    currency: opt(c, `${prefix}currency`),
    qualifier: c[`${prefix}qualifier`] ?? '',
    value: opt(c, `${prefix}value`),
    upperValue: opt(c, `${prefix}upper_value`),
    mayBeZero: bool(c, `${prefix}may_be_zero`),
    basis: opt(c, `${prefix}basis`),
    period: opt(c, `${prefix}period`),
    contingentOn: opt(c, `${prefix}contingent_on`),
  });
}

function quantity(c: Cells, prefix: string): Record<string, unknown> | undefined {
  if (opt(c, prefix) === undefined && opt(c, `${prefix}_text`) === undefined) return undefined;
  return defined({ value: c[prefix] ?? '', text: c[`${prefix}_text`] ?? '', qualifier: opt(c, `${prefix}_qualifier`) });
}

/** Column names in CSV for the dataset fields, so a schema problem points at the cell. */
const COLUMN_OF: Readonly<Record<string, string>> = {
  'amount.value': 'amount_value', 'amount.upperValue': 'amount_upper_value', 'amount.qualifier': 'amount_qualifier', 'amount.text': 'amount_text',
  'amount.currency': 'amount_currency', 'amount.basis': 'amount_basis', 'amount.period': 'amount_period', 'amount.mayBeZero': 'amount_may_be_zero',
  'terms.valuation.value': 'valuation_value', 'terms.stakePercent.value': 'stake_percent', 'terms.capacityGW.value': 'capacity_gw',
  'terms.shares.value': 'shares', 'terms.duration': 'duration', 'dates.announced': 'announced', 'dates.signed': 'signed',
  'dates.completed': 'completed', 'dates.start': 'start', 'dates.end': 'end', 'identifiers.wikidata': 'wikidata', 'identifiers.lei': 'lei',
  'source.date': 'date', 'source.url': 'url', 'source.outlet': 'outlet',
};

function columnFor(path: readonly PropertyKey[], headers: readonly string[]): string | null {
  const key = path.filter((p) => typeof p === 'string').join('.');
  const mapped = COLUMN_OF[key] ?? (key.startsWith('sources') ? null : key.split('.')[0] ?? null);
  return mapped && headers.includes(mapped) ? mapped : null;
}

/**
 * Build a dataset from CSV file contents keyed by file name (`entities.csv`, `deals.csv`,
 * `claims.csv`, optional `legs.csv` and `figures.csv`). Pure.
 * @throws DataError listing every problem with its file, line and column (`details.problems`).
 */
export function parseCsvTables(files: Readonly<Record<string, string>>): Dataset {
  const problems: CsvProblem[] = [];
  const tables = new Map<string, CsvTable>();
  for (const name of CSV_IMPORT_FILES) {
    const text = files[name];
    const optional = name === 'legs.csv' || name === 'figures.csv';
    if (text === undefined) {
      if (!optional) problems.push({ file: name, line: 0, column: null, message: 'file is missing' });
      continue;
    }
    try {
      const t = parseCsv(text, name);
      const missing = (REQUIRED[name] ?? []).filter((h) => !t.headers.includes(h));
      if (missing.length) problems.push({ file: name, line: 1, column: null, message: `header lacks column(s) ${missing.join(', ')}` });
      else tables.set(name, t);
    } catch (e) {
      if (!(e instanceof DataError)) throw e;
      problems.push({ file: name, line: Number(e.details.line ?? 0), column: null, message: e.message });
    }
  }
  if (problems.length) throw csvError(problems);

  const check = <S extends z.ZodType>(schema: S, raw: unknown, t: CsvTable, r: CsvRecord): z.infer<S> | null => {
    const res = schema.safeParse(raw);
    if (res.success) return res.data;
    for (const issue of res.error.issues) {
      const column = columnFor(issue.path, t.headers);
      const where = issue.path.length ? `${issue.path.join('.')}: ` : '';
      problems.push({ file: t.file, line: r.line, column, message: `${where}${issue.message}` });
    }
    return null;
  };

  const et = tables.get('entities.csv')!;
  const entities = et.records.flatMap((r) => {
    const c = r.cells;
    const raw = defined({
      id: c.id, name: c.name, kind: c.kind, sector: opt(c, 'sector'),
      aliases: [...splitList(c.aliases ?? ''), ...splitList(c.weak_aliases ?? '').map((name) => ({ name, matchable: false }))],
      identifiers: defined({ ticker: opt(c, 'ticker'), wikidata: opt(c, 'wikidata'), lei: opt(c, 'lei'), domain: opt(c, 'domain') }),
      parents: splitList(c.parents ?? '').map((p) => {
        const [relation, id, share] = p.split(':');
        return defined({ id, relation, share });
      }),
      products: splitList(c.products ?? ''),
      descriptors: splitList(c.descriptors ?? ''),
      description: opt(c, 'description'),
    });
    const e = check(DatasetEntitySchema, raw, et, r);
    return e ? [e] : [];
  });

  const sourcesByDeal = new Map<string, Record<string, unknown>[]>();
  const ct = tables.get('claims.csv')!;
  for (const r of ct.records) {
    const c = r.cells;
    const s = defined({
      outlet: c.outlet, date: c.published_at, url: c.url, title: opt(c, 'title'), quote: opt(c, 'quote'),
      attribution: opt(c, 'attribution'), repeats: opt(c, 'repeats'),
    });
    const list = sourcesByDeal.get(c.deal_id ?? '') ?? [];
    if (!list.some((x) => JSON.stringify(x) === JSON.stringify(s))) list.push(s);
    sourcesByDeal.set(c.deal_id ?? '', list);
  }
  const legsByDeal = new Map<string, Record<string, unknown>[]>();
  const lt = tables.get('legs.csv');
  for (const r of lt?.records ?? []) {
    const c = r.cells;
    if (c.explicit !== 'true') continue;
    const leg = defined({ from: c.from, to: c.to, asset: c.asset, carriesAmount: bool(c, 'carries_amount') ?? false, contingent: bool(c, 'contingent') });
    legsByDeal.set(c.deal_id ?? '', [...(legsByDeal.get(c.deal_id ?? '') ?? []), leg]);
  }

  const dt = tables.get('deals.csv')!;
  const deals = dt.records.flatMap((r) => {
    const c = r.cells;
    const id = c.id ?? '';
    const terms = defined({
      stakePercent: quantity(c, 'stake_percent'),
      valuation: amount(c, 'valuation_') ?? undefined,
      capacityGW: quantity(c, 'capacity_gw'),
      shares: quantity(c, 'shares'),
      duration: opt(c, 'duration'),
      names: c.names === undefined || c.names === '' ? undefined : splitList(c.names),
      description: opt(c, 'description'),
    });
    const raw = defined({
      id, title: c.title, type: c.type, from: c.from, to: c.to,
      amount: amount(c, 'amount_'),
      status: c.status,
      dates: defined({ announced: opt(c, 'announced'), signed: opt(c, 'signed'), completed: opt(c, 'completed'), start: opt(c, 'start'), end: opt(c, 'end') }),
      terms,
      legs: c.explicit_legs === 'true' ? (legsByDeal.get(id) ?? []) : undefined,
      relations: splitList(c.relations ?? '').map((x) => {
        const at = x.indexOf(':');
        return { kind: x.slice(0, at), deal: x.slice(at + 1) };
      }),
      sources: sourcesByDeal.get(id) ?? [],
      confirmed: bool(c, 'confirmed'),
      notes: opt(c, 'notes'),
      facts: [],
    });
    const d = check(DatasetDealSchema, raw, dt, r);
    return d ? [d] : [];
  });

  const ft = tables.get('figures.csv');
  const figures = (ft?.records ?? []).flatMap((r) => {
    const c = r.cells;
    const raw = defined({
      id: c.id, entity: c.entity, kind: c.kind, amount: amount(c, 'amount_'), period: opt(c, 'period'),
      source: defined({ outlet: c.outlet, date: c.date, url: c.url, title: opt(c, 'title'), quote: opt(c, 'quote') }),
      note: opt(c, 'note'),
    });
    const f = check(DatasetFigureSchema, raw, ft!, r);
    return f ? [f] : [];
  });

  if (problems.length) throw csvError(problems);
  const ds: Dataset = { format: 'roundtrip-dataset', version: 1, entities, deals, figures };
  const crossProblems = validateDataset(ds);
  if (crossProblems.length) {
    throw new DataError(`CSV import: the tables do not fit together: ${crossProblems.slice(0, 5).map((p) => `${p.section}/${p.record}.${p.field}: ${p.message}`).join('; ')}`, { problems: crossProblems });
  }
  return ds;
}

function csvError(problems: readonly CsvProblem[]): DataError {
  const shown = problems.slice(0, 10).map((p) => `${p.file}${p.line ? `:${p.line}` : ''}${p.column ? ` (${p.column})` : ''}: ${p.message}`);
  const more = problems.length > shown.length ? `; and ${problems.length - shown.length} more` : '';
  return new DataError(`CSV import: ${problems.length} problem(s): ${shown.join('; ')}${more}`, { problems });
}
