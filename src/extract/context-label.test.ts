import { describe, it, expect } from 'vitest';
import { realGazetteer } from '../../test/extract-helpers.js';
import { buildView } from './build-view.js';
import { paragraphLabel } from './context-label.js';

const labels = (text: string, s: number) => paragraphLabel(buildView(text, '2025-12-17', realGazetteer()), s).map((m) => m.entityId);

describe('paragraph labels', () => {
  it('reads bulleted and bare labels before a colon, lists included', () => {
    expect(labels('Intro.\n- Nscale: Cohere will rent servers. It said so.', 2)).toEqual(['nscale']);
    expect(labels('Oracle and Nvidia: both sell to Cohere.', 0)).toEqual(['oracle', 'nvidia']);
  });

  it('finds no label in ordinary sentences', () => {
    expect(labels('Oracle said: we sell to Cohere.', 0)).toEqual([]);
    expect(labels('Cohere rents servers from Oracle.', 0)).toEqual([]);
  });
});
