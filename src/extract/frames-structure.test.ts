import { describe, it, expect } from 'vitest';
import { claimsWith, gazetteerWith, ownedEntity } from '../../test/extract-helpers.js';
import type { Gazetteer } from './gazetteer.js';

// NOTE: invented vehicles on top of the real gazetteer, so no test leans on a fixture's venture.
let g: Gazetteer | null = null;
const gazetteer = (): Gazetteer => (g ??= gazetteerWith([
    ownedEntity('harbor-compute', 'Harbor Compute', 'joint_venture', ['equinix', 'brookfield']),
    ownedEntity('delta-infra-fund', 'Delta Infrastructure Fund', 'fund', ['blackstone', 'kkr']),
    ownedEntity('cohere-spv', 'Cohere GPU financing SPV', 'fund', []),
]));
const run = (text: string) => claimsWith(gazetteer, text);
const of = (text: string, type: string) => run(text).filter((c) => c.type === type).map((c) => `${c.from.id ?? `?${c.from.name}`}→${c.to.id ?? `?${c.to.name}`}`).sort();

describe('site leases', () => {
  it.each([
    ['The Reno campus, built by QTS and leased by Salesforce, opened in May.', ['salesforce→qts']],
    ['Tesla signed long-term leases for space at sites run by Equinix.', ['tesla→equinix']],
    ['IBM has signed leases with several developers, including Digital Realty.', ['ibm→digital-realty']],
    ['Banks are financing two campuses that CyrusOne is developing for Microsoft to lease.', ['microsoft→cyrusone']],
    ['Snowflake rents most of Equinix’s data-center space.', ['snowflake→equinix']],
    ['Oracle will lease all the buildings from the venture that Equinix and Brookfield formed.', ['oracle→harbor-compute']],
    ['In Ohio, Vultr runs its servers at a campus leased from the data-centre operator QTS.', ['vultr→qts']],
  ])('"%s" → %s (other)', (text, expected) => {
    expect(of(text, 'other')).toEqual(expected);
  });

  it('keeps a lease in force as signed', () => {
    expect(run('The Reno campus, built by QTS and leased by Salesforce, opened in May.').map((c) => c.status)).toEqual(['signed']);
  });

  it.each([
    'Apple leases office space in Austin.',
    'Analysts said the rent in Virginia was too high.',
    'The site will be leased to tenants next year.',
  ])('finds no lease in "%s"', (text) => {
    expect(of(text, 'other')).toEqual([]);
  });
});

describe('guarantees and distributions', () => {
  it.each([
    ['Nvidia agreed to guarantee Lambda’s lease payments.', ['nvidia→lambda']],
    ['Vultr grew fast, with Microsoft backstopping part of Nebius’s lease obligations.', ['microsoft→nebius']],
    ['Harbor Compute raised $4 billion of debt. Equinix will receive a one-off distribution of $500 million.', ['harbor-compute→equinix']],
  ])('"%s" → %s (other)', (text, expected) => {
    expect(of(text, 'other')).toEqual(expected);
  });

  it.each([
    'The company offers a guarantee on its products.',
    'Shareholders will receive a dividend of $1 per share.',
    'Equinix will receive a dividend of $200 million from its own units.',
    'Harbor Compute opened a site in Texas. Oracle will receive a special dividend of $2 billion.',
    'Harbor Compute opened a site in Texas. Equinix will receive a dividend of $2 billion from its investments.',
  ])('finds no guarantee or distribution in "%s"', (text) => {
    expect(of(text, 'other')).toEqual([]);
  });
});

describe('debt bought and lender groups', () => {
  it.each([
    ['Cisco bought $300 million of Cohere’s convertible notes.', ['cisco→cohere']],
    ['Bonds issued by CyrusOne were bought by KKR and Blackstone.', ['blackstone→cyrusone', 'kkr→cyrusone']],
    ['Banks led by Goldman Sachs and Mizuho are arranging $12 billion of loans for a campus that QTS is building in Ohio.', ['goldman-sachs→qts', 'mizuho→qts']],
    ['Blackstone is one of the lenders to Cohere.', ['blackstone→cohere']],
  ])('"%s" → %s (loan)', (text, expected) => {
    expect(of(text, 'loan')).toEqual(expected);
  });

  it('reads arranging a loan as talks, with the joint total for each bank', () => {
    const c = run('Banks led by Goldman Sachs and Mizuho are arranging $12 billion of loans for a campus that QTS is building in Ohio.');
    expect(c.map((x) => [x.status, x.amount?.lower])).toEqual([['in_talks', '12000000000'], ['in_talks', '12000000000']]);
  });

  it.each([
    'Analysts note that Cohere has little debt.',
    'Oracle sold $18 billion of bonds in September.',
    'Banks led by Goldman Sachs cut their forecasts.',
  ])('finds no loan in "%s"', (text) => {
    expect(of(text, 'loan')).toEqual([]);
  });
});

describe('acquisitions made through a vehicle', () => {
  it('gives the purchase to the vehicle, not to a member of the consortium', () => {
    const text = 'A consortium that includes KKR, Carlyle and Blackstone agreed to buy CyrusOne for $15 billion. The purchase is being made by the Delta Infrastructure Fund.';
    expect(of(text, 'acquisition')).toEqual(['delta-infra-fund→cyrusone']);
    expect(run(text).find((c) => c.type === 'acquisition')?.amount?.lower).toBe('15000000000');
  });

  it('names no acquirer for a consortium that is never named', () => {
    expect(of('A consortium including KKR has agreed to buy CyrusOne.', 'acquisition')).toEqual([]);
  });

  it('still reads a plain acquisition', () => {
    expect(of('KKR has agreed to buy CyrusOne in a deal valued at about $15 billion.', 'acquisition')).toEqual(['kkr→cyrusone']);
  });
});

describe('financing vehicles', () => {
  const text = 'Cohere is raising $5 billion. The debt will be held in a special purpose vehicle that will buy AMD chips and lease them to Cohere for four years. Blackstone and KKR are among the lenders.';

  it('reads a vehicle that buys chips and rents them out, and the lenders to it', () => {
    const c = run(text).filter((x) => x.from.id === 'cohere-spv' || x.to.id === 'cohere-spv').map((x) => `${x.from.id}→${x.to.id} ${x.type}`).sort();
    expect(c).toEqual(['blackstone→cohere-spv loan', 'cohere-spv→amd hardware_purchase', 'cohere→cohere-spv compute_purchase', 'kkr→cohere-spv loan']);
  });

  it.each([
    'Tesla is a vehicle maker.',
    'Cohere bought a vehicle that it leases to staff.',
    'JPMorgan and Citigroup are among the lenders.',
    'Banks are the lenders of last resort.',
  ])('finds no vehicle deal in "%s"', (t) => {
    expect(run(t).filter((x) => x.type === 'loan' || x.from.id === 'cohere-spv' || x.to.id === 'cohere-spv')).toEqual([]);
  });
});
