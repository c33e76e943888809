/** A company's too-common short name ("Apollo", "Fidelity") counts as that company only in a deal slot. */
import { describe, expect, it } from 'vitest';
import { extractText, gazetteerWith, realGazetteer, triples } from '../../test/extract-helpers.js';
import { entityId } from '../core/ids.js';
import { heldAlias } from './gazetteer.js';

describe('heldAlias', () => {
  it('names the entity whose unmatchable alias is exactly the name, and nothing for other names', () => {
    const g = realGazetteer();
    expect(heldAlias(g, 'Apollo')).toBe('apollo');
    expect(heldAlias(g, 'apollo')).toBeNull();
    expect(heldAlias(g, 'Oracle')).toBeNull();
  });

  it('gives no entity for a short name two companies share', () => {
    const twin = { id: entityId('apollo-twin'), name: 'Apollo Twin Ltd', kind: 'company' as const, sector: 'investor' as const, aliases: [{ name: 'Apollo', matchable: false }], identifiers: {}, parents: [], products: [], descriptors: [] };
    expect(heldAlias(gazetteerWith([twin]), 'Apollo')).toBeNull();
  });
});

describe('short names in deal slots', () => {
  it('reads a sentence-opening short name on a deal verb as the company', () => {
    expect(triples(extractText('Apollo lent $2 billion to Oracle.'))).toEqual(['apollo→oracle loan']);
    expect(triples(extractText('Fidelity invested $1bn in Anthropic.'))).toEqual(['fidelity→anthropic equity_investment']);
  });

  it('leaves common words and other uses alone', () => {
    expect(triples(extractText('Banks lent $2 billion to Oracle.'))).toEqual([]);
    expect(triples(extractText('Apollo 11 landed on the Moon in 1969, decades before Oracle sold cloud capacity.'))).toEqual([]);
  });
});
