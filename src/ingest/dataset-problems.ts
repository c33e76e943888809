/** Problems found in dataset files, located by file, record and field, and the one error that lists them. */
import type { z } from 'zod';
import { DataError } from '../core/errors.js';

export type DatasetSection = 'entities' | 'deals' | 'figures';

/** One problem in a dataset file. `index` is 0-based; messages show it 1-based. */
export interface DatasetFileProblem {
  readonly file: string;
  /** Null for problems with the file as a whole (top-level shape, format, version). */
  readonly section: DatasetSection | null;
  readonly index: number | null;
  /** The record's id when it has one. */
  readonly record: string | null;
  /** Dotted path inside the record ("amount.value", "sources[0].url"); "" for the record itself. */
  readonly field: string;
  readonly message: string;
}

const SINGULAR: Record<DatasetSection, string> = {
  entities: 'entity',
  deals: 'deal',
  figures: 'figure',
};

/** "deal" for "deals". */
export function singular(section: DatasetSection): string {
  return SINGULAR[section];
}

/** How many problems the error message lists before "and N more". */
const SHOWN = 20;

/** "amount.value", "sources[0].url". */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out;
}

/**
 * One line per problem.
 * @example formatProblem(p) // 'data/deals.json: deal "msft-openai-2019" (record 3), field "amount.value": must be a decimal number…'
 */
export function formatProblem(p: DatasetFileProblem): string {
  const parts: string[] = [];
  if (p.section !== null && p.index !== null) {
    const kind = SINGULAR[p.section];
    parts.push(
      p.record !== null
        ? `${kind} "${p.record}" (record ${p.index + 1})`
        : `${kind} record ${p.index + 1}`,
    );
  }
  if (p.field !== '') parts.push(`field "${p.field}"`);
  return `${p.file}: ${parts.length ? `${parts.join(', ')}: ` : ''}${p.message}`;
}

/** The record's id, if the raw record has a usable one. */
export function recordId(raw: unknown): string | null {
  if (raw && typeof raw === 'object' && 'id' in raw) {
    const id = (raw as { id: unknown }).id;
    if (typeof id === 'string' && id !== '') return id;
  }
  return null;
}

/** Problems from zod's issues for one record, in words a curator can act on. */
export function problemsFromIssues(
  issues: readonly z.core.$ZodIssue[],
  at: { file: string; section: DatasetSection | null; index: number | null; record: string | null },
): DatasetFileProblem[] {
  return issues.flatMap((issue): DatasetFileProblem[] => {
    const field = formatPath(issue.path);
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({
        ...at,
        field: field === '' ? key : `${field}.${key}`,
        message: 'is not a known field; check its spelling against the dataset format',
      }));
    }
    let message = issue.message;
    if (issue.code === 'invalid_type' && /received undefined$/.test(issue.message))
      message = 'is required';
    else if (issue.code === 'invalid_type')
      message = `must be ${issue.expected === 'array' ? 'a list' : `a ${issue.expected}`} (${issue.message})`;
    else if (issue.code === 'invalid_value')
      message = `must be one of: ${issue.values.map((v) => String(v)).join(', ')}`;
    return [{ ...at, field, message }];
  });
}

/**
 * One `DataError` for all problems: a line per problem (the first 20, then "and N more"),
 * every problem in `details.problems`.
 */
export function datasetError(problems: readonly DatasetFileProblem[], where: string): DataError {
  const lines = problems.slice(0, SHOWN).map(formatProblem);
  if (problems.length > SHOWN) lines.push(`and ${problems.length - SHOWN} more`);
  const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
  return new DataError(
    `dataset ${where} has ${count}; fix ${problems.length === 1 ? 'it' : 'them'} and try again:\n  ${lines.join('\n  ')}`,
    {
      file: where,
      problems,
    },
  );
}
