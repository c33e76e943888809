import { describe, expect, it } from 'vitest';
import { dateEnd, dateStart, isIsoDate } from './fuzzy-date.js';

describe('isIsoDate', () => {
  it('accepts real prefix dates and refuses impossible ones', () => {
    expect(['2025', '2025-10', '2025-10-06', '2024-02-29'].map(isIsoDate)).toEqual([true, true, true, true]);
    expect(['2025-02-30', '2025-13', '2023-02-29', '25-10-06', '2025-1-6', ''].map(isIsoDate)).toEqual([false, false, false, false, false, false]);
  });

  it('expands prefixes to the days they cover', () => {
    expect([dateStart('2025'), dateEnd('2025')]).toEqual(['2025-01-01', '2025-12-31']);
    expect(dateEnd('2024-02')).toBe('2024-02-29');
  });
});
