import { readFileSync } from 'node:fs';
import { describe, it, expect } from 'vitest';
import type { Deal } from '../src/core/deal.js';
import type { Entity } from '../src/core/entity.js';
import { entityId } from '../src/core/ids.js';
import { buildGraphView } from '../src/analysis/graph-view.js';
import { findLoops } from '../src/analysis/find-loops.js';

const fixture = JSON.parse(readFileSync(new URL('./fixtures/graphs/ai-small.json', import.meta.url), 'utf8')) as {
  entities: Entity[];
  deals: Deal[];
};

describe('loops on the AI-industry fixture', () => {
  const money = buildGraphView(fixture.deals, fixture.entities);
  const value = buildGraphView(fixture.deals, fixture.entities, { view: 'value' });
  const byId = (loops: ReturnType<typeof findLoops>) => new Map(loops.map((l) => [l.id, l]));

  it('finds the five press loops with their legs', () => {
    const loops = byId(findLoops(money));
    const nor = loops.get('nvidia>openai>oracle');
    expect(nor?.hops.map((h) => h.legs.map((e) => e.dealId))).toEqual([
      ['nvidia-openai-investment'], ['openai-oracle-compute'], ['oracle-nvidia-chips'],
    ]);
    expect(nor?.amount).toBe(40_000_000_000n);
    expect(nor?.weakestStatus).toBe('announced');
    expect(nor?.sourceCount).toBe(4);
    expect(loops.get('microsoft>openai')?.hops.map((h) => h.legs.map((e) => e.dealId))).toEqual([
      ['microsoft-openai-investment'], ['openai-azure-commitment'],
    ]);
    expect(loops.get('microsoft>openai')?.amount).toBe(13_000_000_000n);
    const aa = loops.get('amazon>anthropic');
    expect(aa?.hops.map((h) => h.legs.map((e) => e.dealId))).toEqual([['amazon-anthropic-investment'], ['anthropic-aws-compute']]);
    expect(aa?.hops[1]?.legs[0]?.via).toEqual({ from: 'anthropic', to: 'aws' });
    expect(aa?.partial).toBe(true);
    expect(aa?.amount).toBe(8_000_000_000n);
    const nc = loops.get('coreweave>nvidia');
    expect(nc?.hops.map((h) => h.legs.map((e) => e.dealId))).toEqual([
      ['coreweave-nvidia-gpus'], ['nvidia-coreweave-capacity', 'nvidia-coreweave-investment'],
    ]);
    expect(nc?.hops[1]?.amount).toBe(6_550_000_000n);
    expect(loops.has('amd>openai')).toBe(false);
    const valueLoops = byId(findLoops(value));
    const amd = valueLoops.get('amd>openai');
    expect(amd?.legs.map((e) => `${e.dealId}:${e.asset}`).sort()).toEqual([
      'amd-openai-warrant:warrant', 'openai-amd-chips:cash', 'openai-amd-chips:hardware',
    ]);
  });

  it('keeps talks out by default and in on request', () => {
    expect(findLoops(money).some((l) => l.id === 'amazon>openai')).toBe(false);
    const withTalks = buildGraphView(fixture.deals, fixture.entities, { statuses: ['in_talks', 'announced', 'signed', 'completed'] });
    expect(findLoops(withTalks).some((l) => l.id === 'amazon>openai')).toBe(true);
  });

  it('ranks by circular amount and lists each node sequence once', () => {
    const loops = findLoops(money);
    const ids = loops.map((l) => l.id);
    expect(new Set(ids).size).toBe(ids.length);
    // Fully disclosed loops first, then loops with a hop of unknown size; each tier largest first.
    const tiers = loops.map((l) => (l.amount === null ? 2 : l.partial ? 1 : 0));
    expect([...tiers].sort()).toEqual(tiers);
    for (const t of [0, 1]) {
      const amounts = loops.filter((_, i) => tiers[i] === t).map((l) => l.amount!);
      expect([...amounts].sort((a, b) => (a > b ? -1 : a < b ? 1 : 0))).toEqual(amounts);
    }
    expect(findLoops(money, { through: entityId('anthropic') }).map((l) => l.id)).toEqual(['amazon>anthropic']);
  });
});
