import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { existsSync } from 'node:fs';
import { type Dataset, DatasetSchema } from '../src/core/dataset-schema.js';
import { datasetToLedger } from '../src/ingest/dataset-convert.js';
import { loadDataset } from '../src/ingest/dataset-load.js';
import { bundleToDataset } from '../src/render/bundle-to-dataset.js';
import type { ExportBundle } from '../src/render/export-bundle.js';
import { exportJson } from '../src/render/export-json.js';
import { consolidateAll } from '../src/resolve/consolidate-all.js';
import { datasetArbitrary, normaliseDataset } from './fixtures/render/dataset-arbitrary.js';

/** What the ledger holds after importing a dataset, as an export bundle. */
export function bundleOf(ds: Dataset): ExportBundle {
  const ledger = datasetToLedger(ds);
  const deals = consolidateAll({ ...ledger, documents: new Map(ledger.documents.map((d) => [d.id, d] as const)) });
  return { entities: ledger.entities, deals, claims: ledger.claims, documents: ledger.documents, figures: ledger.figures, dealRecords: ledger.deals };
}

describe('bundleToDataset: json export round trip', () => {
  it('gives back the dataset it was imported from (generated datasets)', () => {
    fc.assert(
      fc.property(datasetArbitrary, (ds) => {
        const back = DatasetSchema.parse(JSON.parse(exportJson(bundleOf(ds))));
        expect(normaliseDataset(back)).toEqual(normaliseDataset(ds));
      }),
      { numRuns: 100 },
    );
  });

  it('is a fixed point: exporting what was exported changes nothing', () => {
    fc.assert(
      fc.property(datasetArbitrary, (ds) => {
        const once = exportJson(bundleOf(ds));
        const twice = exportJson(bundleOf(DatasetSchema.parse(JSON.parse(once))));
        expect(twice).toBe(once);
      }),
      { numRuns: 40 },
    );
  });

  it.runIf(existsSync('data/deals.json'))('gives back the bundled dataset', async () => {
    const ds = await loadDataset('data');
    const back = bundleToDataset(bundleOf(ds));
    expect(normaliseDataset(DatasetSchema.parse(back))).toEqual(normaliseDataset(ds));
  });
});
