import { describe, it, expect } from 'vitest';
import { InputError } from '../core/errors.js';
import { graphFromEdgeList } from './edge-list.js';

describe('graphFromEdgeList', () => {
  it('makes a money view of signed cash edges, dropping self-loops', () => {
    const view = graphFromEdgeList([
      { from: 'b', to: 'a', amount: 10n, date: '2025-01' },
      { from: 'a', to: 'a', amount: 5n },
      { from: 'a', to: 'b', amount: null, status: 'announced' },
    ]);
    expect(view.nodes).toEqual(['a', 'b']);
    expect(view.edges.map((e) => [e.from, e.to, e.amount, e.status, e.start])).toEqual([
      ['b', 'a', 10n, 'signed', '2025-01'],
      ['a', 'b', null, 'announced', null],
    ]);
    expect(view.dropped.selfLoop).toBe(1);
  });

  it('rejects rows it cannot use', () => {
    expect(() => graphFromEdgeList([{ from: '', to: 'a', amount: 1n }])).toThrow(InputError);
    expect(() => graphFromEdgeList([{ from: 'a', to: 'b', amount: -1n }])).toThrow(InputError);
    expect(() => graphFromEdgeList([{ from: 'a', to: 'b', amount: 1n, date: '2025-02-30' }])).toThrow(InputError);
  });
});
