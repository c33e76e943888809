import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { boxesOverlap } from './edge-geometry.js';
import { placeLabels } from './label-placement.js';

const bounds = { x0: 0, y0: 0, x1: 600, y1: 400 };

describe('placeLabels', () => {
  it('takes the first free candidate and moves a label off a taken spot', () => {
    const req = (key: string) => ({ key, width: 60, height: 20, candidates: [{ x: 100, y: 100 }, { x: 100, y: 140 }], anchor: { x: 100, y: 100 } });
    const [a, b, c] = placeLabels([req('a'), req('b'), req('c')], [], bounds);
    expect(a!.centre).toEqual({ x: 100, y: 100 });
    expect(b!.centre).toEqual({ x: 100, y: 140 });
    expect(c!.leader).toEqual({ x: 100, y: 100 });
    expect(boxesOverlap(c!.box, a!.box) || boxesOverlap(c!.box, b!.box)).toBe(false);
  });

  it('never overlaps labels or obstacles when there is room (property)', () => {
    const point = fc.record({ x: fc.integer({ min: 50, max: 550 }), y: fc.integer({ min: 30, max: 370 }) });
    fc.assert(
      fc.property(fc.array(point, { minLength: 1, maxLength: 25 }), fc.array(point, { maxLength: 4 }), (anchors, obstacles) => {
        const obs = obstacles.map((p) => ({ x0: p.x - 20, y0: p.y - 10, x1: p.x + 20, y1: p.y + 10 }));
        const placed = placeLabels(anchors.map((p, i) => ({ key: String(i), width: 50, height: 16, candidates: [p], anchor: p })), obs, bounds);
        for (let i = 0; i < placed.length; i++) {
          for (const o of obs) expect(boxesOverlap(placed[i]!.box, o)).toBe(false);
          for (let j = i + 1; j < placed.length; j++) expect(boxesOverlap(placed[i]!.box, placed[j]!.box)).toBe(false);
        }
      }),
    );
  });
});
