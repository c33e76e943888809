import { describe, it, expect } from 'vitest';
import { findLoops } from '../src/analysis/find-loops.js';
import { buildGraphView } from '../src/analysis/graph-view.js';
import { InputError } from '../src/core/errors.js';
import { renderSvg } from '../src/render/render-svg.js';
import { THEMES } from '../src/render/render-theme.js';
import { svgToPdf } from '../src/render/svg-to-pdf.js';
import { svgToPng } from '../src/render/svg-to-png.js';
import { decodePng } from './fixtures/render/png-decode.js';
import { loopDeals, loopEntities } from './fixtures/render/render-fixtures.js';
import { rectsIn } from './fixtures/render/svg-inspect.js';

const view = buildGraphView(loopDeals, loopEntities, { statuses: ['in_talks', 'announced', 'signed', 'completed'] });
const loop = findLoops(view)[0]!;
const rendered = renderSvg({ view, deals: loopDeals, entities: loopEntities, loop }, { asOf: '2025-11-01' });

const hex = (c: string) => [1, 3, 5].map((i) => parseInt(c.slice(i, i + 2), 16));
const near = (px: number[], rgb: number[], tol = 24) => rgb.every((v, i) => Math.abs(v - px[i]!) <= tol);

describe('svgToPng', () => {
  it('rasterises the loop, and each of the three nodes is drawn where the SVG puts it', async () => {
    const { svg, width, height } = await rendered;
    const png = svgToPng(svg, { scale: 2 });
    expect(Buffer.from(png.subarray(0, 8)).toString('hex')).toBe('89504e470d0a1a0a');
    const img = decodePng(png);
    expect([img.width, img.height]).toEqual([width * 2, height * 2]);
    const nodes = rectsIn(svg, 'node');
    expect(nodes).toHaveLength(3);
    const theme = THEMES.light;
    for (const n of nodes) {
      const cy = (n.y + n.height / 2) * 2;
      // Inside the pill, left of the name: the node fill.
      expect(near(img.at((n.x + 7) * 2, cy), hex(theme.nodeFill))).toBe(true);
      // The outline at the top edge of the pill.
      const edge = [-1, 0, 1].map((d) => img.at((n.x + n.width / 2) * 2, n.y * 2 + d)).sort((a, b) => a[0] - b[0])[0]!;
      expect(near(edge, hex(theme.nodeStroke), 60)).toBe(true);
      // The name: dark pixels along the middle row.
      let dark = 0;
      for (let x = (n.x + 14) * 2; x < (n.x + n.width - 14) * 2; x++) if (img.at(x, cy).slice(0, 3).every((v) => v < 90)) dark++;
      expect(dark).toBeGreaterThan(8);
      // Just outside the pill: the page background.
      expect(near(img.at((n.x - 12) * 2, cy), hex(theme.background))).toBe(true);
    }
  });

  it('honours an output width and checks its options', async () => {
    const { svg } = await rendered;
    expect(decodePng(svgToPng(svg, { width: 600 })).width).toBe(600);
    expect(() => svgToPng(svg, { scale: 0 })).toThrow(InputError);
    expect(() => svgToPng(svg, { width: 1.5 })).toThrow(InputError);
  });
});

describe('svgToPdf', () => {
  it('writes a one-page vector PDF with the Inter font embedded and no raster image', async () => {
    const { svg } = await rendered;
    const pdf = Buffer.from(await svgToPdf(svg, { title: 'Loop' }));
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.length).toBeGreaterThan(10_000);
    const text = pdf.toString('latin1');
    expect(text).toMatch(/\/BaseFont \/[A-Z]{6}\+Inter-Bold/);
    expect(text).toMatch(/\/BaseFont \/[A-Z]{6}\+Inter-Regular/);
    expect(text.match(/\/Type \/Page\b/g)).toHaveLength(1);
    expect(text).not.toContain('/Subtype /Image');
  });

  it('rejects an SVG without a size', async () => {
    expect(() => svgToPdf('<svg xmlns="http://www.w3.org/2000/svg"></svg>')).toThrow(InputError);
  });
});
