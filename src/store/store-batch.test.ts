/** Id batches for IN lists: distinct, bounded, padded so a query shape has few SQL texts. */
import { describe, expect, it } from 'vitest';
import { chunks, idBatches, padIds } from './store-batch.js';

describe('idBatches', () => {
  it('drops repeats, splits at the size and pads each batch to a power of two with its last id', () => {
    expect(idBatches(['a', 'b', 'a', 'c'])).toEqual([['a', 'b', 'c', 'c']]);
    expect(idBatches(['a', 'b', 'c', 'd', 'e'], 4)).toEqual([['a', 'b', 'c', 'd'], ['e']]);
    expect(idBatches([])).toEqual([]);
  });

  it('gives at most one list length per power of two, whatever the number of ids', () => {
    const lengths = new Set<number>();
    for (let n = 1; n <= 1500; n++) for (const b of idBatches(Array.from({ length: n }, (_, i) => `id${i}`))) lengths.add(b.length);
    expect([...lengths].sort((x, y) => x - y)).toEqual([1, 2, 4, 8, 16, 32, 64, 128, 256, 512]);
  });

  it('keeps every id of the input', () => {
    const ids = Array.from({ length: 700 }, (_, i) => `c${i}`);
    expect(new Set(idBatches(ids).flat())).toEqual(new Set(ids));
    expect(padIds(['x'])).toEqual(['x']);
    expect(chunks([1, 2, 3], 2)).toEqual([[1, 2], [3]]);
  });
});
