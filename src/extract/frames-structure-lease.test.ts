import { describe, it, expect } from 'vitest';
import { extractText } from '../../test/extract-helpers.js';

const leases = (text: string) => extractText(text).claims.filter((c) => c.type === 'other').map((c) => `${c.from.id ?? `?${c.from.name}`}→${c.to.id ?? `?${c.to.name}`}`);

describe('leases of a site named earlier', () => {
  it('leases from the developer of the sites an earlier sentence names', () => {
    expect(leases('Banks are lending $9 billion for three campuses being built by QTS. Microsoft has agreed to lease all three campuses.')).toEqual(['microsoft→qts']);
  });

  it('leases from the venture in context when no developer is named', () => {
    expect(
      leases('Crusoe, Blue Owl Capital and Primary Digital Infrastructure said their joint venture closed new debt for the Abilene campus. Salesforce has signed a 10-year lease for the whole site.'),
    ).toEqual(['salesforce→crusoe-blue-owl-abilene-jv']);
  });

  it.each([
    'Microsoft has agreed to lease all three campuses.',
    'Banks are lending $9 billion for three campuses being built by QTS. Microsoft leases office space in Dublin.',
  ])('finds no lessor in "%s"', (text) => {
    expect(leases(text)).toEqual([]);
  });
});

describe('lease payments owed to a landlord', () => {
  it('reads "$N of lease payments it is due to make to Y" as a lease in force (other) with its amount', () => {
    const found = extractText('Nebius said buying the buildings would spare it about $2 billion of lease payments it is due to make to Equinix.').claims.filter((c) => c.type === 'other');
    expect(found.map((c) => `${c.from.id}→${c.to.id}`)).toEqual(['nebius→equinix']);
    expect(found[0]?.amount?.lower).toBe('1800000000');
    expect(found[0]?.status).toBe('signed');
  });

  it.each(['Nebius made payments to Equinix last year.', 'Lease payments rose 10% to $2 billion.'])('finds no lease in "%s"', (text) => {
    expect(leases(text)).toEqual([]);
  });
});
