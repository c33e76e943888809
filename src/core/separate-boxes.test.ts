import { describe, expect, it } from 'vitest';
import { separateBoxes } from './separate-boxes.js';

describe('separateBoxes', () => {
  it('pushes overlapping boxes apart and leaves separate ones alone', () => {
    const boxes = ['a', 'b', 'c'].map((id) => ({ id, width: 100, height: 30 }));
    const pos = new Map([['a', { x: 0, y: 0 }], ['b', { x: 10, y: 5 }], ['c', { x: 500, y: 500 }]]);
    const out = separateBoxes(boxes, pos, 10);
    const a = out.get('a')!;
    const b = out.get('b')!;
    expect(Math.abs(a.x - b.x) >= 110 || Math.abs(a.y - b.y) >= 40).toBe(true);
    expect(out.get('c')).toEqual({ x: 500, y: 500 });
  });

  it('starts a box without a centre at the origin', () => {
    expect(separateBoxes([{ id: 1, width: 10, height: 10 }], new Map())).toEqual(new Map([[1, { x: 0, y: 0 }]]));
  });
});
