import { describe, it, expect } from 'vitest';
import { extractText, realGazetteer, triples } from '../../test/extract-helpers.js';
import { buildView } from './build-view.js';

const ids = (text: string) => buildView(text, '2025-12-17', realGazetteer()).mentions.filter((m) => m.text === 'Vantage').map((m) => m.entityId);

describe('short names earned by a full mention', () => {
  it('reads an unmatchable alias as the entity once the document named it in full', () => {
    expect(ids('Vantage Data Centers signed a lease. Vantage said so.')).toEqual(['vantage-data-centers']);
    const r = extractText('Vantage Data Centers signed a lease. Vantage, which is backed by Nvidia and Oracle, declined to comment.');
    expect(triples(r)).toEqual(['nvidia→vantage-data-centers equity_investment', 'oracle→vantage-data-centers equity_investment']);
  });

  it('does not read the alias before the full name, or in a document without it', () => {
    expect(ids('Vantage said so.')).toEqual([]);
    expect(ids('Vantage said so. Vantage Data Centers signed a lease.')).toEqual([]);
  });
});
