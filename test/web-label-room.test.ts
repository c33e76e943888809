/** The map's last layout pass: companies whose circles or names overlap are moved apart, nothing else moves. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Box, type LabelledNode, labelBox, makeLabelRoom } from '../src/web/map/label-room.js';

const overlap = (a: Box, b: Box) => Math.min(a.right, b.right) > Math.max(a.left, b.left) && Math.min(a.bottom, b.bottom) > Math.max(a.top, b.top);
const moved = (nodes: readonly LabelledNode[], out: Map<string, { x: number; y: number }>) => nodes.map((n) => ({ ...n, ...out.get(n.id)! }));

describe('makeLabelRoom', () => {
  it('separates two hubs whose names print over each other, and leaves a far company alone', () => {
    const nodes: LabelledNode[] = [
      { id: 'a', x: 0, y: 0, size: 60, label: 'Microsoft' },
      { id: 'b', x: 30, y: 10, size: 60, label: 'OpenAI' },
      { id: 'c', x: 900, y: 900, size: 30, label: 'Far Away Ltd' },
    ];
    expect(overlap(labelBox(nodes[0]!), labelBox(nodes[1]!))).toBe(true);
    const out = makeLabelRoom(nodes);
    const [a, b, c] = moved(nodes, out);
    expect(overlap(labelBox(a!), labelBox(b!))).toBe(false);
    expect(out.get('c')).toEqual({ x: 900, y: 900 });
    // Moved apart, not flung: the pair stays near where it was.
    expect(Math.hypot(a!.x - b!.x, a!.y - b!.y)).toBeLessThan(200);
    expect(c!.label).toBe('Far Away Ltd');
  });

  it('leaves no overlapping names in a crowded cluster, the same way every time', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(
          fc.record({
            id: fc.stringMatching(/^[a-z]{1,6}$/),
            x: fc.integer({ min: -150, max: 150 }),
            y: fc.integer({ min: -150, max: 150 }),
            size: fc.integer({ min: 22, max: 96 }),
            label: fc.stringMatching(/^[A-Za-z ]{2,18}$/),
          }),
          { selector: (n) => n.id, minLength: 2, maxLength: 25 },
        ),
        (nodes) => {
          const out = makeLabelRoom(nodes, { rounds: 400 });
          expect(makeLabelRoom([...nodes].reverse(), { rounds: 400 })).toEqual(out);
          const boxes = moved(nodes, out).map(labelBox);
          for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) expect(overlap(boxes[i]!, boxes[j]!)).toBe(false);
        },
      ),
      { numRuns: 60 },
    );
  });
});
