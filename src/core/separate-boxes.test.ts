import { describe, it, expect } from 'vitest';
import { entityId } from '../core/ids.js';
import { removeOverlaps } from './remove-overlaps.js';

describe('removeOverlaps', () => {
  it('pushes overlapping boxes apart and leaves separate ones alone', () => {
    const nodes = ['a', 'b', 'c'].map((id) => ({ id: entityId(id), width: 100, height: 30 }));
    const pos = new Map([[entityId('a'), { x: 0, y: 0 }], [entityId('b'), { x: 10, y: 5 }], [entityId('c'), { x: 500, y: 500 }]]);
    const out = removeOverlaps(nodes, pos, 10);
    const a = out.get(entityId('a'))!;
    const b = out.get(entityId('b'))!;
    expect(Math.abs(a.x - b.x) >= 110 || Math.abs(a.y - b.y) >= 40).toBe(true);
    expect(out.get(entityId('c'))).toEqual({ x: 500, y: 500 });
  });
});
