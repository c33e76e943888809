import { describe, expect, it } from 'vitest';
import { parsePublishedDate } from './read-date.js';

describe('parsePublishedDate', () => {
  it('keeps the publisher’s calendar date of an ISO timestamp', () => {
    expect(parsePublishedDate('2025-09-22T21:40:00-04:00')).toBe('2025-09-22');
    expect(parsePublishedDate('2025-09-22')).toBe('2025-09-22');
    expect(parsePublishedDate(' 2025-09 ')).toBe('2025-09');
    expect(parsePublishedDate('20250922')).toBe('2025-09-22');
  });

  it('reads RFC 822 dates and written-out dates', () => {
    expect(parsePublishedDate('Thu, 25 Sep 2025 13:05:00 +0000')).toBe('2025-09-25');
    expect(parsePublishedDate('Mon, 22 Sep 25 21:45:00 -0400')).toBe('2025-09-22');
    expect(parsePublishedDate('10 September 2025')).toBe('2025-09-10');
    expect(parsePublishedDate('September 22, 2025')).toBe('2025-09-22');
    expect(parsePublishedDate('Sept. 9, 2025')).toBe('2025-09-09');
    expect(parsePublishedDate('Published Oct 1st 2025, 10:00')).toBe('2025-10-01');
  });

  it('returns null for impossible or missing dates instead of guessing', () => {
    expect(parsePublishedDate('2025-02-30')).toBeNull();
    expect(parsePublishedDate('1')).toBeNull();
    expect(parsePublishedDate('yesterday')).toBeNull();
    expect(parsePublishedDate('')).toBeNull();
    expect(parsePublishedDate(null)).toBeNull();
  });
});
