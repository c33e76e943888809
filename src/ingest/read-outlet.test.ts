import { describe, expect, it } from 'vitest';
import type { Entity } from '../core/entity.js';
import { entityId } from '../core/ids.js';
import { outletsFromEntities, type OutletRef } from './read-options.js';
import { matchOutlet } from './read-outlet.js';

const OUTLETS: OutletRef[] = [
  { id: entityId('reuters'), name: 'Reuters', domains: ['reuters.com'] },
  { id: entityId('reuters-uk'), name: 'Reuters UK', domains: ['uk.reuters.com'] },
  {
    id: entityId('the-information'),
    name: 'The Information',
    aliases: ['TheInformation'],
    domains: ['theinformation.com'],
  },
  { id: entityId('ft'), name: 'Financial Times', aliases: ['FT'], domains: ['www.ft.com'] },
];

describe('matchOutlet', () => {
  it('recognises a metadata name, ignoring case, accents and a leading "The"', () => {
    expect(matchOutlet('REUTERS', [], OUTLETS)).toEqual({ outlet: 'Reuters', outletId: 'reuters' });
    expect(matchOutlet('Information', [], OUTLETS)).toEqual({
      outlet: 'The Information',
      outletId: 'the-information',
    });
    expect(matchOutlet('FT', [], OUTLETS)).toEqual({ outlet: 'Financial Times', outletId: 'ft' });
  });

  it('falls back on the host, preferring the longest matching domain', () => {
    expect(matchOutlet(null, ['https://www.reuters.com/technology/x'], OUTLETS).outletId).toBe(
      'reuters',
    );
    expect(matchOutlet(null, ['https://uk.reuters.com/x'], OUTLETS).outletId).toBe('reuters-uk');
    expect(
      matchOutlet('Reuters Technology News', [null, 'https://ft.com/content/1'], OUTLETS),
    ).toEqual({ outlet: 'Financial Times', outletId: 'ft' });
    expect(matchOutlet(null, ['https://notreuters.com/x'], OUTLETS)).toEqual({
      outlet: null,
      outletId: null,
    });
  });

  it('keeps an unknown name as shown, without an id', () => {
    expect(matchOutlet('  Example   Wire ', ['file:///tmp/a.html'], OUTLETS)).toEqual({
      outlet: 'Example Wire',
      outletId: null,
    });
  });
});

describe('outletsFromEntities', () => {
  it('takes outlets with their domain and alias names, and nothing else', () => {
    const entity = (id: string, kind: Entity['kind'], domain?: string): Entity => ({
      id: entityId(id),
      name: id.toUpperCase(),
      kind,
      sector: 'media',
      aliases: [{ name: `${id} news`, matchable: true }],
      identifiers: domain ? { domain } : {},
      parents: [],
      products: [],
      descriptors: [],
    });
    expect(
      outletsFromEntities([
        entity('reuters', 'outlet', 'reuters.com'),
        entity('nvidia', 'company', 'nvidia.com'),
        entity('blog', 'outlet'),
      ]),
    ).toEqual([
      { id: 'reuters', name: 'REUTERS', aliases: ['reuters news'], domains: ['reuters.com'] },
      { id: 'blog', name: 'BLOG', aliases: ['blog news'], domains: [] },
    ]);
  });
});
