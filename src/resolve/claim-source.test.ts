import { describe, expect, it } from 'vitest';
import type { Attribution, Claim } from '../core/claim.js';
import type { SourceDocument } from '../core/document.js';
import type { Entity } from '../core/entity.js';
import { claimId, documentId, entityId } from '../core/ids.js';
import { buildOutletIndex, claimSource } from './claim-source.js';

const doc = (outlet: string | null, outletId: string | null = null): SourceDocument => ({
  id: documentId('d'),
  kind: 'news',
  url: null,
  outletId: outletId ? entityId(outletId) : null,
  outlet,
  title: null,
  publishedAt: '2025-12-17',
  retrievedAt: 'x',
  contentHash: 'h',
  text: '',
});
const claim = (attribution: Attribution) =>
  ({ id: claimId('c'), documentId: documentId('d'), attribution }) as Claim;
const outlets = buildOutletIndex([
  {
    id: entityId('thomson-reuters'),
    name: 'Reuters',
    kind: 'outlet',
    sector: 'media',
    aliases: [{ name: 'Reuters News', matchable: true }],
    identifiers: {},
    parents: [],
    products: [],
    descriptors: [],
  } satisfies Entity,
]);

describe('claimSource', () => {
  it('credits the named outlet when a document relays its story', () => {
    expect(
      claimSource(
        claim({ kind: 'anonymous_sources', source: 'The Information' }),
        doc(null),
        outlets,
      ),
    ).toEqual({
      key: 'information',
      name: 'The Information',
      firstHand: false,
    });
  });

  it("uses the gazetteer's outlet entity over the built-in list", () => {
    expect(
      claimSource(claim({ kind: 'anonymous_sources', source: 'Reuters News' }), doc(null), outlets)
        .key,
    ).toBe('thomson-reuters');
    expect(
      claimSource(
        claim({ kind: 'anonymous_sources', source: 'a source' }),
        doc('Reuters', 'thomson-reuters'),
        outlets,
      ),
    ).toEqual({
      key: 'thomson-reuters',
      name: 'Reuters',
      firstHand: true,
    });
  });

  it('keeps an outlet with its own source as the source when it also credits another outlet', () => {
    const own = claim({
      kind: 'anonymous_sources',
      source: 'a source familiar',
      repeats: 'The Information',
    });
    expect(claimSource(own, doc('Reuters'), outlets)).toMatchObject({
      key: 'thomson-reuters',
      firstHand: true,
    });
  });

  it('makes a pure re-report the outlet it repeats', () => {
    const relay = claim({ kind: 'journalist', repeats: 'The Information' });
    expect(claimSource(relay, doc('CNBC'), outlets)).toMatchObject({
      key: 'information',
      firstHand: false,
    });
  });

  it('falls back to the document when no outlet is known', () => {
    expect(
      claimSource(claim({ kind: 'anonymous_sources', source: 'two people' }), doc(null), outlets),
    ).toEqual({
      key: 'doc:d',
      name: null,
      firstHand: true,
    });
  });
});
