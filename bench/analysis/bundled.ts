/** The bundled dataset as deals (data/ through the ingest and resolve layers), or the test fixture when that fails. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Deal } from '../../src/core/deal.js';
import type { Entity } from '../../src/core/entity.js';

export interface Bundled {
  readonly name: string;
  readonly deals: readonly Deal[];
  readonly entities: readonly Entity[];
}

export async function loadBundled(root: string): Promise<Bundled> {
  try {
    const { loadDataset } = await import('../../src/ingest/dataset-load.js');
    const { datasetToLedger } = await import('../../src/ingest/dataset-convert.js');
    const { consolidateAll } = await import('../../src/resolve/consolidate-all.js');
    const records = datasetToLedger(await loadDataset(join(root, 'data')));
    const documents = new Map(records.documents.map((d) => [d.id, d]));
    const deals = consolidateAll({ ...records, documents });
    if (deals.length === 0) throw new Error('no deals');
    return { name: 'bundled dataset', deals, entities: records.entities };
  } catch (error) {
    console.log(`  (bundled dataset unavailable: ${(error as Error).message.split('\n')[0]}; using test/fixtures/graphs/ai-small.json)`);
    const fixture = JSON.parse(readFileSync(join(root, 'test', 'fixtures', 'graphs', 'ai-small.json'), 'utf8')) as { deals: Deal[]; entities: Entity[] };
    return { name: 'ai-small fixture', deals: fixture.deals, entities: fixture.entities };
  }
}
