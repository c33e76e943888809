import { describe, it, expect } from 'vitest';
import type { Entity } from '../core/entity.js';
import { entityId } from '../core/ids.js';
import { realGazetteer } from '../../test/extract-helpers.js';
import { documentFromArticle } from './article-file.js';
import { buildGazetteer, type Gazetteer } from './gazetteer.js';
import { extractWithRules } from './rules-extractor.js';

/** An invented venture on top of the real gazetteer. */
const harbor: Entity = {
  id: entityId('harbor-compute'), name: 'Harbor Compute', kind: 'joint_venture', sector: 'infrastructure', aliases: [], identifiers: {}, products: [], descriptors: [],
  parents: [{ id: entityId('equinix'), relation: 'owner' }, { id: entityId('brookfield'), relation: 'owner' }, { id: entityId('kkr'), relation: 'owner' }],
};
let g: Gazetteer | null = null;
const gazetteer = () => (g ??= buildGazetteer([...realGazetteer().entities.values(), harbor]));
const claims = (text: string, type: string) =>
  extractWithRules(documentFromArticle('t', ` date 2025-12-01\n${text}`), { gazetteer: gazetteer(), now: '2026-01-01T00:00:00.000Z' })
    .claims.filter((c) => c.type === type)
    .map((c) => ({ t: `${c.from.id}→${c.to.id}`, status: c.status, lower: c.amount?.lower ?? null }))
    .sort((a, b) => a.t.localeCompare(b.t));

const intro = 'Equinix, Brookfield and KKR said their joint venture had closed $8 billion of financing for a campus in Ohio. ';

describe('venture equity by its source', () => {
  it('makes the sources partners in the venture in context, paid in, for the stated amount', () => {
    expect(claims(`${intro}Most of the equity, about $3 billion, has come from Brookfield and KKR.`, 'joint_venture')).toEqual([
      { t: 'brookfield→harbor-compute', status: 'completed', lower: '2700000000' },
      { t: 'kkr→harbor-compute', status: 'completed', lower: '2700000000' },
    ]);
  });

  it('reads "with X, which runs the site, holding a smaller share of the venture"', () => {
    const found = claims(`${intro}The money came from banks, with Equinix, which will run the site, holding a smaller share of the venture.`, 'joint_venture');
    expect(found.find((x) => x.t === 'equinix→harbor-compute')?.status).toBe('completed');
  });

  it('finds no source without a venture in context', () => {
    expect(claims('Most of the equity, about $3 billion, has come from Brookfield and KKR.', 'joint_venture')).toEqual([]);
  });
});

describe('loans to the venture in context', () => {
  it('lends to the venture when the lender names no borrower', () => {
    expect(claims(`${intro}Morgan Stanley has lent about $5 billion across both phases, people said.`, 'loan').map((x) => x.t)).toEqual(['morgan-stanley→harbor-compute']);
  });

  it('lends to nobody without a venture in context', () => {
    expect(claims('Morgan Stanley has lent about $5 billion across both phases, people said.', 'loan').filter((x) => x.t.endsWith('harbor-compute'))).toEqual([]);
  });
});

describe('equity and debt of a venture financing by source', () => {
  const text = 'Equinix, Brookfield and KKR have closed $8 billion of financing for their joint venture in Ohio, made up of $3 billion of equity from Brookfield and KKR and about $5 billion of debt from Morgan Stanley.';

  it('makes equity sources partners and debt sources lenders of the venture, each for its part', () => {
    expect(claims(text, 'joint_venture').filter((x) => x.t !== 'equinix→harbor-compute')).toEqual([
      { t: 'brookfield→harbor-compute', status: 'completed', lower: '3000000000' },
      { t: 'kkr→harbor-compute', status: 'completed', lower: '3000000000' },
    ]);
    expect(claims(text, 'loan')).toEqual([{ t: 'morgan-stanley→harbor-compute', status: 'completed', lower: '4500000000' }]);
  });

  it('needs a venture in context and the "$N of equity from" shape', () => {
    expect(claims('Oracle raised $8 billion, with $3 billion of equity from Brookfield and $5 billion of debt from Morgan Stanley.', 'loan')).toEqual([]);
    expect(claims(`${intro}It has no plans to add debt from Morgan Stanley.`, 'loan')).toEqual([]);
  });
});
