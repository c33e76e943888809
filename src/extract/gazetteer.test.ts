import { describe, it, expect } from 'vitest';
import { DatasetEntitySchema } from '../core/dataset-schema.js';
import { entityId } from '../core/ids.js';
import { buildGazetteer, entityFromRecord, isOutlet, rollUp } from './gazetteer.js';

const records = [
  { id: 'amazon', name: 'Amazon', kind: 'company', sector: 'cloud', aliases: ['Amazon.com'], identifiers: { ticker: 'AMZN' }, products: ['Trainium'], descriptors: ['e-commerce giant'] },
  { id: 'aws', name: 'Amazon Web Services', kind: 'company', sector: 'cloud', aliases: ['AWS'], parents: [{ id: 'amazon', relation: 'subsidiary' }] },
  { id: 'meta', name: 'Meta Platforms', kind: 'company', sector: 'software', aliases: [{ name: 'Meta', matchable: false }] },
  { id: 'reuters', name: 'Reuters', kind: 'outlet', sector: 'media' },
].map((r) => entityFromRecord(DatasetEntitySchema.parse(r)));

describe('gazetteer', () => {
  const g = buildGazetteer(records);

  it('maps dataset records to entities with matchable string aliases', () => {
    expect(records[0]!.aliases).toEqual([{ name: 'Amazon.com', matchable: true }]);
    expect(records[2]!.aliases).toEqual([{ name: 'Meta', matchable: false }]);
  });

  it('indexes names, aliases, tickers and products; skips unmatchable aliases', () => {
    expect(g.byFirst.get('AWS')?.[0]?.entityIds).toEqual(['aws']);
    expect(g.byFirst.get('AMZN')?.[0]?.kind).toBe('ticker');
    expect(g.byFirst.get('Trainium')?.[0]?.kind).toBe('product');
    expect(g.products.get('trainium')).toBe('amazon');
    expect(g.byFirst.get('Meta')?.some((e) => e.tokens.length === 1)).toBe(false);
    expect(g.byFirstLower.get('e')?.[0]).toMatchObject({ kind: 'descriptor', entityIds: ['amazon'] });
  });

  it('matches long names in any case but short names and tickers only as written', () => {
    expect(g.byFirstLower.get('amazon')).toBeDefined();
    expect(g.byFirstLower.get('aws')).toBeUndefined();
  });

  it('adds well-known outlets that are missing, and rolls subsidiaries up', () => {
    expect(isOutlet(g, entityId('reuters'))).toBe(true);
    expect(isOutlet(g, entityId('the-information'))).toBe(true);
    expect(buildGazetteer(records, { builtInOutlets: false }).entities.has(entityId('the-information'))).toBe(false);
    expect(rollUp(g, entityId('aws'))).toBe('amazon');
  });

  it('knows executives by full name and distinctive surname only', () => {
    expect(g.executives.get('Altman')?.company).toBe('openai');
    expect(g.executives.get('Son')).toBeUndefined();
    expect(g.executives.get('Masayoshi Son')?.company).toBe('softbank');
  });
});
