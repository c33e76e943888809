import { describe, it, expect } from 'vitest';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { findLoops } from '../src/analysis/find-loops.js';
import { buildGraphView } from '../src/analysis/graph-view.js';
import { loadDataset } from '../src/ingest/dataset-load.js';
import { renderSvg } from '../src/render/render-svg.js';
import { svgToPng } from '../src/render/svg-to-png.js';
import { bundleOf } from './fixtures/render/bundle-of.js';

// Regenerates docs/images from the bundled dataset: RENDER_DOCS_IMAGES=1 npx vitest run test/render-docs-images.test.ts
const enabled = !!process.env.RENDER_DOCS_IMAGES && existsSync('data/deals.json');

describe.runIf(enabled)('docs/images', () => {
  it('renders the Nvidia → OpenAI → Oracle loop in three themes, and the whole map', async () => {
    const asOf = process.env.RENDER_AS_OF ?? new Date().toISOString().slice(0, 10);
    const b = bundleOf(await loadDataset('data'));
    const view = buildGraphView(b.deals, b.entities);
    const loop = findLoops(view).find((l) => l.id === 'nvidia>openai>oracle');
    expect(loop).toBeDefined();
    mkdirSync('docs/images', { recursive: true });
    for (const theme of ['light', 'dark', 'print'] as const) {
      const { svg } = await renderSvg({ view, deals: b.deals, entities: b.entities, loop: loop! }, { asOf, theme });
      const name = `docs/images/loop-nvidia-openai-oracle${theme === 'light' ? '' : `-${theme}`}`;
      writeFileSync(`${name}.png`, svgToPng(svg));
      if (theme === 'light') writeFileSync(`${name}.svg`, svg);
    }
    const map = await renderSvg({ view, deals: b.deals, entities: b.entities }, { asOf });
    writeFileSync('docs/images/map.png', svgToPng(map.svg, { scale: 1 }));
  });
});
