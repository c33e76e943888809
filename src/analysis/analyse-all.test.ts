import { describe, it, expect } from 'vitest';
import ai from '../../test/fixtures/graphs/ai-small.json' with { type: 'json' };
import type { Deal } from '../core/deal.js';
import type { Entity } from '../core/entity.js';
import { analyseAll } from './analyse-all.js';
import { buildGraphView } from './graph-view.js';

const fixture = ai as unknown as { entities: Entity[]; deals: Deal[] };

describe('analyseAll', () => {
  it('gathers components, loops, volume and exposures of one view', () => {
    const view = buildGraphView(fixture.deals, fixture.entities);
    const a = analyseAll(view, { maxLength: 4 });
    expect(a.components[0]).toEqual(['coreweave', 'microsoft', 'nvidia', 'openai', 'oracle']);
    expect(a.components).toContainEqual(['amazon', 'anthropic']);
    // Fully disclosed loops first (largest first), then the one with a hop of unknown size.
    expect(a.loops.map((l) => l.id)).toEqual(['nvidia>openai>oracle', 'microsoft>openai', 'coreweave>nvidia', 'amazon>anthropic']);
    expect(a.exposures.map((e) => e.id)).toEqual(view.nodes);
    expect(a.volumeRange.low.cleared <= a.volume.cleared && a.volume.cleared <= a.volumeRange.high.cleared).toBe(true);
    // The three loops with disclosed amounts clear 3 × 40 + 2 × 13 + 2 × 6.55 billion.
    expect(a.volume.cleared).toBe(159_100_000_000n);
  });
});
