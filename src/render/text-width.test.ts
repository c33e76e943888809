import { describe, it, expect } from 'vitest';
import { textWidth, wrapText } from './text-width.js';

describe('textWidth', () => {
  it('measures Inter advance widths, bold wider than regular', () => {
    expect(textWidth('', 14)).toBe(0);
    expect(textWidth('Nvidia', 14)).toBeCloseTo(41.5, 0);
    expect(textWidth('Nvidia', 14, 'bold')).toBeGreaterThan(textWidth('Nvidia', 14));
    expect(textWidth('$300B', 20)).toBeCloseTo(2 * textWidth('$300B', 10));
  });
});

describe('wrapText', () => {
  it('breaks at spaces and inside words longer than a line', () => {
    const lines = wrapText('Sources: Reuters, 2025-09-22, https://example.org/a/very/long/address/that/cannot/fit', 11, 160);
    expect(lines.length).toBeGreaterThan(2);
    for (const l of lines) expect(textWidth(l, 11)).toBeLessThanOrEqual(160);
    expect(lines.join('').replace(/\s/g, '')).toBe('Sources:Reuters,2025-09-22,https://example.org/a/very/long/address/that/cannot/fit');
  });
});
