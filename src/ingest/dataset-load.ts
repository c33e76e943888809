/** Read a dataset from a directory of JSON files or one combined file, validated, with every problem named. */
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { z } from 'zod';
import {
  type Dataset,
  DatasetDealSchema,
  DatasetEntitySchema,
  DatasetFigureSchema,
} from '../core/dataset-schema.js';
import { validateDataset } from '../core/dataset-validate.js';
import { DataError, InputError, NotFoundError } from '../core/errors.js';
import { parseDataJson } from './dataset-json.js';
import {
  type DatasetFileProblem,
  type DatasetSection,
  datasetError,
  problemsFromIssues,
  recordId,
  singular,
} from './dataset-problems.js';

/** The `format` value of a combined dataset file. */
export const DATASET_FORMAT = 'roundtrip-dataset';
/** The newest combined-file version this build reads. */
export const DATASET_VERSION = 1;

const SCHEMAS = {
  entities: DatasetEntitySchema,
  deals: DatasetDealSchema,
  figures: DatasetFigureSchema,
} as const;
const SECTIONS: readonly DatasetSection[] = ['entities', 'deals', 'figures'];

/**
 * Load `dir/entities.json`, `dir/deals.json` and (optional) `dir/figures.json`, each a JSON array
 * of records. A path to a file is read as a combined file (`loadDatasetFile`).
 * Throws one `DataError` listing every problem (`details.problems`), or `NotFoundError`.
 * @example const ds = await loadDataset('data');
 */
export async function loadDataset(dir: string): Promise<Dataset> {
  const info = await stat(dir).catch(() => null);
  if (!info)
    throw new NotFoundError(
      `dataset: "${dir}" does not exist; pass a dataset directory or a dataset .json file`,
      { path: dir },
    );
  if (info.isFile()) return loadDatasetFile(dir);

  const problems: DatasetFileProblem[] = [];
  const files: Record<DatasetSection, string> = {
    entities: join(dir, 'entities.json'),
    deals: join(dir, 'deals.json'),
    figures: join(dir, 'figures.json'),
  };
  const raw: Record<DatasetSection, unknown> = { entities: [], deals: [], figures: [] };
  for (const section of SECTIONS) {
    const bytes = await readBytes(files[section], section === 'figures');
    if (bytes !== null) raw[section] = parseDataJson(bytes, files[section]);
  }
  const parsed = {
    entities: checkSection(raw.entities, 'entities', files.entities, '', problems),
    deals: checkSection(raw.deals, 'deals', files.deals, '', problems),
    figures: checkSection(raw.figures, 'figures', files.figures, '', problems),
  };
  if (problems.length) throw datasetError(problems, dir);
  const ds = { format: DATASET_FORMAT, version: DATASET_VERSION, ...parsed } as Dataset;
  checkReferences(ds, files, dir);
  return ds;
}

/**
 * Load a combined dataset file `{ format: "roundtrip-dataset", version: 1, entities, deals, figures }`,
 * the import/export format. Throws one `DataError` listing every problem, or `NotFoundError`.
 */
export async function loadDatasetFile(path: string): Promise<Dataset> {
  const bytes = await readBytes(path, false);
  const raw = parseDataJson(bytes as Uint8Array, path);
  const top = (field: string, message: string): DatasetFileProblem => ({
    file: path,
    section: null,
    index: null,
    record: null,
    field,
    message,
  });
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    const hint = Array.isArray(raw)
      ? ' (a JSON array is one section of a dataset directory: pass the directory instead)'
      : '';
    throw datasetError(
      [
        top(
          '',
          `must be a JSON object with "format": "${DATASET_FORMAT}", found ${describe(raw)}${hint}`,
        ),
      ],
      path,
    );
  }
  const obj = raw as Record<string, unknown>;
  if (obj.format !== DATASET_FORMAT) {
    throw datasetError(
      [
        top(
          'format',
          `must be "${DATASET_FORMAT}", found ${describe(obj.format)}; this is not a roundtrip dataset file`,
        ),
      ],
      path,
    );
  }
  if (typeof obj.version === 'number' && obj.version > DATASET_VERSION) {
    throw new DataError(
      `${path}: dataset version ${obj.version} was written by a newer roundtrip (this one reads up to ${DATASET_VERSION}); upgrade roundtrip`,
      {
        file: path,
        reason: 'newer_version',
        version: obj.version,
      },
    );
  }
  const problems: DatasetFileProblem[] = [];
  if (obj.version !== DATASET_VERSION)
    problems.push(top('version', `must be ${DATASET_VERSION}, found ${describe(obj.version)}`));
  for (const key of Object.keys(obj)) {
    if (!['format', 'version', ...SECTIONS].includes(key))
      problems.push(
        top(key, 'is not a known field; expected format, version, entities, deals, figures'),
      );
  }
  for (const section of ['entities', 'deals'] as const) {
    if (!(section in obj)) problems.push(top(section, 'is required (a JSON array)'));
  }
  const parsed = {
    entities: checkSection(obj.entities ?? [], 'entities', path, 'entities', problems),
    deals: checkSection(obj.deals ?? [], 'deals', path, 'deals', problems),
    figures: checkSection(obj.figures ?? [], 'figures', path, 'figures', problems),
  };
  if (problems.length) throw datasetError(problems, path);
  const ds = { format: DATASET_FORMAT, version: DATASET_VERSION, ...parsed } as Dataset;
  checkReferences(ds, { entities: path, deals: path, figures: path }, path);
  return ds;
}

/** The file's bytes; null for a missing optional file. */
async function readBytes(file: string, optional: boolean): Promise<Uint8Array | null> {
  try {
    return await readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') {
      if (optional) return null;
      throw new NotFoundError(
        `dataset: "${file}" does not exist; a dataset directory needs entities.json and deals.json (figures.json is optional)`,
        { file },
      );
    }
    if (code === 'EISDIR')
      throw new InputError(`dataset: "${file}" is a directory, expected a JSON file`, { file });
    throw new DataError(
      `dataset: cannot read "${file}": ${(error as Error).message}`,
      { file },
      { cause: error },
    );
  }
}

/** Schema-check every record of one section, collecting problems; returns the parsed records. */
function checkSection<S extends DatasetSection>(
  raw: unknown,
  section: S,
  file: string,
  sectionField: string,
  problems: DatasetFileProblem[],
): z.output<(typeof SCHEMAS)[S]>[] {
  if (!Array.isArray(raw)) {
    problems.push({
      file,
      section: null,
      index: null,
      record: null,
      field: sectionField,
      message: `must be a JSON array of ${singular(section)} records, found ${describe(raw)}`,
    });
    return [];
  }
  const schema = SCHEMAS[section];
  const out: z.output<(typeof SCHEMAS)[S]>[] = [];
  raw.forEach((item: unknown, index) => {
    const result = schema.safeParse(item);
    if (result.success) out.push(result.data as z.output<(typeof SCHEMAS)[S]>);
    else
      problems.push(
        ...problemsFromIssues(result.error.issues, {
          file,
          section,
          index,
          record: recordId(item),
        }),
      );
  });
  return out;
}

/** Cross-record checks (ids, references), located back to file and record number. */
function checkReferences(ds: Dataset, files: Record<DatasetSection, string>, where: string): void {
  const found = validateDataset(ds);
  if (!found.length) return;
  const seenDuplicates = new Map<string, number>();
  const problems = found.map((p): DatasetFileProblem => {
    const records: readonly { id: string }[] = ds[p.section];
    let index = records.findIndex((r) => r.id === p.record);
    if (p.field === 'id' && p.message.startsWith('duplicate')) {
      // NOTE: the k-th duplicate problem for an id points at its (k+1)-th occurrence.
      const key = `${p.section}/${p.record}`;
      const k = (seenDuplicates.get(key) ?? 0) + 1;
      seenDuplicates.set(key, k);
      index = records.map((r, i) => (r.id === p.record ? i : -1)).filter((i) => i >= 0)[k] ?? index;
    }
    return {
      file: files[p.section],
      section: p.section,
      index: index < 0 ? null : index,
      record: p.record,
      field: p.field,
      message: p.message,
    };
  });
  throw datasetError(problems, where);
}

function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  return `${typeof value} ${JSON.stringify(value)}`;
}
