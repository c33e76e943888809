/** Representatives of a large deal: bounded, nearest in time, every hard-rule kind kept, and hereditary. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { claimId, documentId } from '../core/ids.js';
import { type MemberDigest, representatives } from './deal-representatives.js';

const m = (id: string, day: number | null, signature = 'equity_investment||firm', doc = `d-${id}`): MemberDigest => ({
  id: claimId(id),
  documentId: documentId(doc),
  day,
  signature,
});

describe('representatives', () => {
  it('keeps every member of a deal at or under the cap', () => {
    const members = [m('a', 1), m('b', 500), m('c', null)];
    expect(representatives(members, [m('x', 2)], 3)).toEqual(members);
  });

  it('picks the members reported nearest the batch, ties by id, in the input order', () => {
    const members = [m('a', 100), m('b', 10), m('c', 12), m('d', 8), m('e', 12)];
    expect(representatives(members, [m('x', 11)], 2).map((r) => r.id)).toEqual(['b', 'c']);
    expect(representatives(members, [m('x', 11)], 3).map((r) => r.id)).toEqual(['b', 'c', 'e']);
  });

  it('keeps the nearest member of each kind a hard rule reads, even past the cap', () => {
    const members = [m('a', 10), m('b', 11), m('c', 90, 'equity_investment|change|'), m('d', 95, 'equity_investment|change|')];
    expect(representatives(members, [m('x', 10)], 2).map((r) => r.id)).toEqual(['a', 'b', 'c']);
  });

  it('keeps every member from a document of the batch', () => {
    const members = [m('a', 10), m('b', 11), m('c', 400, 'equity_investment||firm', 'shared')];
    expect(representatives(members, [m('x', 10, 'equity_investment||', 'shared')], 2).map((r) => r.id)).toEqual(['a', 'b', 'c']);
  });

  it('treats an undated batch as near every member, so the choice falls to claim ids', () => {
    const members = [m('c', 1), m('a', 900), m('b', null)];
    expect(representatives(members, [m('x', null)], 2).map((r) => r.id)).toEqual(['a', 'b']);
  });

  it('is hereditary: choosing again from any superset of the choice gives the same members', () => {
    const digest = fc.record({
      id: fc.stringMatching(/^[a-f]{1,3}$/),
      day: fc.option(fc.integer({ min: 0, max: 60 }), { nil: null }),
      signature: fc.constantFrom('s1', 's2', 's3'),
      doc: fc.constantFrom('d1', 'd2', 'd3', 'd4'),
    });
    fc.assert(
      fc.property(
        fc.uniqueArray(digest, { selector: (d) => d.id, maxLength: 30 }),
        fc.array(digest, { minLength: 1, maxLength: 3 }),
        fc.integer({ min: 1, max: 8 }),
        fc.array(fc.boolean(), { minLength: 30, maxLength: 30 }),
        (raw, rawBatch, max, keep) => {
          const members = raw.map((d) => m(d.id, d.day, d.signature, d.doc));
          const batch = rawBatch.map((d) => m(`new-${d.id}`, d.day, d.signature, d.doc));
          const chosen = representatives(members, batch, max);
          expect(chosen.length).toBeLessThanOrEqual(members.length);
          const superset = members.filter((x, i) => chosen.includes(x) || keep[i]);
          expect(representatives(superset, batch, max)).toEqual(chosen);
        },
      ),
    );
  });
});
