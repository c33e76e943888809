/** One entry point for every export format, so the CLI and the server wire `--format` in a few lines. */
import { InputError } from '../core/errors.js';
import type { ExportBundle } from './export-bundle.js';
import { exportCsv } from './export-csv.js';
import { exportCypher } from './export-cypher.js';
import { exportDot } from './export-dot.js';
import { EXPORT_FORMATS, type ExportFormat } from './export-format-names.js';
import type { ExportOptions } from './export-edges.js';
import { exportFtm } from './export-ftm.js';
import { exportGexf } from './export-gexf.js';
import { exportGraphml } from './export-graphml.js';
import { exportJson } from './export-json.js';

export { EXPORT_FORMATS, type ExportFormat };

/** One file (write it to `--out`), or several (write each into the `--out` directory). */
export type ExportResult =
  | { readonly kind: 'file'; readonly extension: string; readonly mediaType: string; readonly content: string }
  | { readonly kind: 'files'; readonly files: Readonly<Record<string, string>> };

const file = (extension: string, mediaType: string, content: string): ExportResult => ({ kind: 'file', extension, mediaType, content });

/**
 * Export a bundle in a format.
 * @throws InputError on an unknown format.
 * @example const r = exportBundle(bundle, 'gexf'); if (r.kind === 'file') writeFileSync(out, r.content)
 */
export function exportBundle(bundle: ExportBundle, format: ExportFormat, options: ExportOptions = {}): ExportResult {
  switch (format) {
    case 'json':
      return file('json', 'application/json', exportJson(bundle));
    case 'csv':
      return { kind: 'files', files: exportCsv(bundle) };
    case 'gexf':
      return file('gexf', 'application/gexf+xml', exportGexf(bundle, options));
    case 'graphml':
      return file('graphml', 'application/graphml+xml', exportGraphml(bundle, options));
    case 'dot':
      return file('dot', 'text/vnd.graphviz', exportDot(bundle, options));
    case 'ftm':
      return file('ftm.json', 'application/x-ndjson', exportFtm(bundle, options));
    case 'cypher':
      return file('cypher', 'application/x-cypher-query', exportCypher(bundle, options));
    default:
      throw new InputError(`export: unknown format "${String(format)}"; use one of ${EXPORT_FORMATS.join(', ')}`, { option: 'format', value: format });
  }
}
