import { describe, it, expect } from 'vitest';
import { claimsWith, gazetteerWith, ownedEntity } from '../../test/extract-helpers.js';
import { buildView } from './build-view.js';

// Invented: an SPV sponsored by Lambda, and a joint venture of Crusoe and Nebius.
const gazetteer = () =>
  gazetteerWith([
    ownedEntity('lambda-spv', 'Lambda GPU financing SPV', 'fund', []),
    ownedEntity('crusoe-nebius-jv', 'Crusoe/Nebius Texas JV', 'joint_venture', ['crusoe', 'nebius']),
  ]);
const resolved = (text: string, phrase: string) => buildView(text, '2025-12-01', gazetteer()).mentions.find((m) => m.text === phrase)?.entityId ?? null;
const triples = (text: string) => claimsWith(gazetteer, text).map((c) => `${c.from.id ?? `?${c.from.name}`}→${c.to.id ?? `?${c.to.name}`} ${c.type}`);

describe('vehicles and ventures named by a description', () => {
  it('reads "a special purpose vehicle" and "the vehicle" as the sponsor’s known vehicle', () => {
    const text = 'Lambda is raising $4 billion through a special purpose vehicle that will buy AMD chips. The vehicle will lease them to Lambda for four years.';
    expect(resolved(text, 'a special purpose vehicle')).toBe('lambda-spv');
    expect(resolved(text, 'The vehicle')).toBe('lambda-spv');
  });

  it('makes the vehicle a party of any frame: it buys the hardware its relative clause names', () => {
    const out = triples('Lambda is raising $4 billion through a special purpose vehicle that will buy AMD chips for its new cluster.');
    expect(out).toContain('lambda-spv→amd hardware_purchase');
    expect(out).not.toContain('lambda→amd hardware_purchase');
  });

  it('reads "the joint venture" as the venture the companies around it own', () => {
    expect(resolved('Crusoe and Nebius are building a campus in Texas. Microsoft will rent capacity from the joint venture.', 'the joint venture')).toBe('crusoe-nebius-jv');
  });

  it('leaves a description alone when no known vehicle or venture fits', () => {
    expect(resolved('Nscale is raising $2 billion through a special purpose vehicle that will buy chips.', 'a special purpose vehicle')).toBeNull();
    expect(resolved('Crusoe met Lambda last week. Microsoft will rent capacity from the joint venture.', 'the joint venture')).toBeNull();
  });

  it('needs a vehicle word in an indefinite description ("bought a vehicle" is a car)', () => {
    expect(resolved('Lambda bought a vehicle that it lends to staff.', 'a vehicle')).toBeNull();
  });

  it('does not read "venture capital" as a venture', () => {
    const v = buildView('Crusoe and Nebius are building a campus with a venture capital firm.', '2025-12-01', gazetteer());
    expect(v.mentions.filter((m) => m.entityId === 'crusoe-nebius-jv')).toEqual([]);
  });
});
