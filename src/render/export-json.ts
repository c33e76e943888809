/** The `json` export: the dataset format, which `roundtrip import` and the bundled data read. */
import { bundleToDataset } from './bundle-to-dataset.js';
import type { ExportBundle } from './export-bundle.js';

/** The bundle as a dataset file (pretty-printed, newline-terminated). */
export function exportJson(bundle: ExportBundle): string {
  return `${JSON.stringify(bundleToDataset(bundle), null, 2)}\n`;
}
