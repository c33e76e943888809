import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { existsSync } from 'node:fs';
import { DatasetSchema } from '../src/core/dataset-schema.js';
import { loadDataset } from '../src/ingest/dataset-load.js';
import { bundleToDataset } from '../src/render/bundle-to-dataset.js';
import { exportJson } from '../src/render/export-json.js';
import { bundleOf } from './fixtures/render/bundle-of.js';
import { datasetArbitrary, normaliseDataset } from './fixtures/render/dataset-arbitrary.js';

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
