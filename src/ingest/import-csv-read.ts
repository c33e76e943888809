/** Read roundtrip's CSV tables from a directory (what `export --format csv` wrote) into a dataset. */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Dataset } from '../core/dataset-schema.js';
import { NotFoundError } from '../core/errors.js';
import { CSV_IMPORT_FILES, parseCsvTables } from './import-csv.js';

/**
 * Read `entities.csv`, `deals.csv`, `claims.csv` and, when present, `legs.csv` and
 * `figures.csv` from `dir`.
 * @throws NotFoundError when the directory has none of the tables; DataError (with
 *   `details.problems`: file, line, column) when a row is bad.
 * @example const ds = await readCsvTables('out/csv'); await importDataset(store, ds);
 */
export async function readCsvTables(dir: string): Promise<Dataset> {
  const files: Record<string, string> = {};
  for (const name of CSV_IMPORT_FILES) {
    const text = await readFile(join(dir, name), 'utf8').catch((e: NodeJS.ErrnoException) => {
      if (e.code === 'ENOENT') return null;
      throw e;
    });
    if (text !== null) files[name] = text;
  }
  if (Object.keys(files).length === 0) {
    throw new NotFoundError(`CSV import: "${dir}" has none of ${CSV_IMPORT_FILES.join(', ')}; pass the folder \`export --format csv\` wrote`, { path: dir });
  }
  return parseCsvTables(files);
}
