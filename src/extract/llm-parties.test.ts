import { describe, expect, it } from 'vitest';
import type { Entity } from '../core/entity.js';
import { entityId } from '../core/ids.js';
import { buildGazetteer } from './gazetteer.js';
import { createPartyResolver } from './llm-parties.js';

type Row = {
  id: string;
  name: string;
  kind: Entity['kind'];
  aliases?: (string | { name: string; matchable: boolean })[];
  identifiers?: Entity['identifiers'];
  parents?: { id: string; relation: 'subsidiary' }[];
  products?: string[];
  descriptors?: string[];
};
const entity = (r: Row): Entity => ({
  id: entityId(r.id),
  name: r.name,
  kind: r.kind,
  sector: 'other',
  aliases: (r.aliases ?? []).map((a) => (typeof a === 'string' ? { name: a, matchable: true } : a)),
  identifiers: r.identifiers ?? {},
  parents: (r.parents ?? []).map((p) => ({ ...p, id: entityId(p.id) })),
  products: r.products ?? [],
  descriptors: r.descriptors ?? [],
});

const g = buildGazetteer(
  (
    [
      {
        id: 'openai',
        name: 'OpenAI',
        kind: 'company',
        aliases: ['Open AI'],
        products: ['ChatGPT'],
        descriptors: ['ChatGPT-maker'],
      },
      {
        id: 'amazon',
        name: 'Amazon',
        kind: 'company',
        aliases: ['Amazon.com'],
        identifiers: { ticker: 'AMZN' },
      },
      {
        id: 'aws',
        name: 'Amazon Web Services',
        kind: 'company',
        aliases: ['AWS'],
        parents: [{ id: 'amazon', relation: 'subsidiary' }],
      },
      { id: 'alphabet', name: 'Alphabet', kind: 'company' },
      { id: 'google', name: 'Google', kind: 'company' },
      {
        id: 'meta',
        name: 'Meta',
        kind: 'company',
        aliases: [{ name: 'Meta Platforms', matchable: true }],
      },
      { id: 'coreweave', name: 'CoreWeave', kind: 'company', descriptors: ['AI cloud provider'] },
      { id: 'the-information', name: 'The Information', kind: 'outlet' },
    ] satisfies Row[]
  ).map(entity),
);
const resolve = createPartyResolver(g);

describe('createPartyResolver', () => {
  it.each([
    ['OpenAI', 'openai'],
    ['openai', 'openai'],
    ['Open AI', 'openai'],
    ['AWS', 'aws'],
    ['Amazon Web Services (AWS)', 'aws'],
    ['Amazon.com Inc.', 'amazon'],
    ['AMZN', 'amazon'],
    ['ChatGPT-maker OpenAI', 'openai'],
    ['Google parent Alphabet', 'alphabet'],
    ["Amazon's AWS", 'aws'],
    ['the ChatGPT maker', 'openai'],
    ['Meta Platforms, Inc.', 'meta'],
  ])('resolves %s to %s', (name, id) => {
    expect(resolve(name).id).toBe(id);
  });

  it('gives the entity name and keeps the words the model used', () => {
    expect(resolve('  ChatGPT-maker   OpenAI ')).toEqual({
      id: 'openai',
      name: 'OpenAI',
      mention: 'ChatGPT-maker OpenAI',
    });
  });

  it('keeps unknown companies, outlets and generic descriptors unresolved', () => {
    expect(resolve('Lambda Labs')).toEqual({
      id: null,
      name: 'Lambda Labs',
      mention: 'Lambda Labs',
    });
    expect(resolve('AI cloud provider Lambda').id).toBeNull();
    expect(resolve('The Information').id).toBeNull();
  });
});
