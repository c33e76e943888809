import { describe, it, expect } from 'vitest';
import type { Entity } from '../core/entity.js';
import { entityId } from '../core/ids.js';
import { realGazetteer } from '../../test/extract-helpers.js';
import { documentFromArticle } from './article-file.js';
import { buildGazetteer, type Gazetteer } from './gazetteer.js';
import { extractWithRules } from './rules-extractor.js';

/** An invented venture on top of the real gazetteer. */
const northwind: Entity = {
  id: entityId('northwind-ai'), name: 'Northwind AI', kind: 'joint_venture', sector: 'ai_lab', aliases: [], identifiers: {}, products: [], descriptors: [],
  parents: [{ id: entityId('oracle'), relation: 'owner' }, { id: entityId('cohere'), relation: 'owner' }],
};
let g: Gazetteer | null = null;
const gazetteer = () => (g ??= buildGazetteer([...realGazetteer().entities.values(), northwind]));
const ventures = (text: string) =>
  extractWithRules(documentFromArticle('t', ` date 2025-12-01\n${text}`), { gazetteer: gazetteer(), now: '2026-01-01T00:00:00.000Z' })
    .claims.filter((c) => c.type === 'joint_venture')
    .map((c) => `${c.from.id}→${c.to.id}`)
    .sort();

describe('plural subjects of ventures', () => {
  it('reads "They will form X, a joint venture" as the subjects of the sentence before', () => {
    expect(ventures('Cohere and Oracle said on Tuesday they would deepen ties. They will also form Northwind AI, a 50-50 joint venture.')).toEqual(['cohere→northwind-ai', 'oracle→northwind-ai']);
  });

  it('reads "They" as the two main companies when the sentence before names one subject', () => {
    expect(ventures('Oracle will resell Cohere models to banks, the two companies said. Cohere shares rose. They will also form Northwind AI, a 50-50 joint venture.')).toEqual(['cohere→northwind-ai', 'oracle→northwind-ai']);
  });

  it('reads "the two companies emerged as the lead partners in X"', () => {
    expect(ventures('Oracle will resell Cohere models to banks. Cohere shares rose. Last year the two companies emerged as the lead partners in Stargate, the data-centre venture.')).toEqual(['cohere→stargate', 'oracle→stargate']);
  });

  it.each([
    'Oracle sells cloud to Cohere, Mistral AI and Anthropic. The two companies are partners in Stargate.',
    'Oracle will resell Cohere models. Analysts said they were partners in all but name.',
  ])('finds no partner when no pair stands out: "%s"', (text) => {
    expect(ventures(text)).toEqual([]);
  });
});

describe('venture names', () => {
  it('does not read "Stargate UK" as Stargate', () => {
    expect(ventures('Nscale builds data centres. It is also the local partner in Stargate UK, a project with OpenAI.')).toEqual([]);
  });

  it('still reads the venture when its name ends the phrase', () => {
    expect(ventures('SoftBank and Oracle are partners in Stargate.')).toEqual(['oracle→stargate', 'softbank→stargate']);
  });
});
