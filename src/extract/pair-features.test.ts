import { describe, it, expect } from 'vitest';
import { realGazetteer } from '../../test/extract-helpers.js';
import { buildView } from './build-view.js';
import { pairCandidates } from './pair-candidates.js';
import { pairFeatures, stem } from './pair-features.js';

describe('stem', () => {
  it('folds common endings', () => {
    expect(stem('invests')).toBe('invest');
    expect(stem('invested')).toBe('invest');
    expect(stem('investing')).toBe('invest');
    expect(stem('glass')).toBe('glass');
  });
});

describe('pairFeatures', () => {
  it('reads the words between, the prepositions, the roles and the money', () => {
    const v = buildView('Cohere will lean on Lambda for years under an accord worth $2 billion.', '2025-01-01', realGazetteer());
    const [c] = pairCandidates(v, []);
    const f = pairFeatures(v, c!, []);
    expect(f).toContain('bias');
    expect(f).toContain('w:lean');
    expect(f).toContain('ws:lean');
    expect(f).toContain('b:lean_on');
    expect(f).toContain('pb:on');
    expect(f).toContain('$:after');
    expect(f).toContain('sb:neocloud');
    expect(f).toContain('fr:none');
  });
});
