import { describe, it, expect } from 'vitest';
import { findDates } from './dates.js';
import { splitSentences } from './sentences.js';

const PUB = '2025-12-17'; // a Wednesday
const first = (text: string) => findDates(splitSentences(text)[0]!, PUB)[0];

describe('findDates', () => {
  it.each([
    ['OpenAI last month announced it.', '2025-11-01', '2025-11-30'],
    ['It was agreed in October.', '2025-10-01', '2025-10-31'],
    ['The talks began earlier this year.', '2025-01-01', '2025-12-17'],
    ['Deployment starts in the second half of 2026.', '2026-07-01', '2026-12-31'],
    ['A source told Reuters on Tuesday.', '2025-12-16', '2025-12-16'],
    ['It was signed on Sept. 9, 2025.', '2025-09-09', '2025-09-09'],
    ['Results for Q3 2025 were strong.', '2025-07-01', '2025-09-30'],
    ['It expects to close by December.', '2025-12-01', '2025-12-31'],
  ])('resolves "%s"', (text, earliest, latest) => {
    const d = first(text)?.date;
    expect(d?.earliest).toBe(earliest);
    expect(d?.latest).toBe(latest);
  });

  it('reads "months ago" as some time before this month', () => {
    const d = first('OpenAI told investors months ago.')?.date;
    expect(d?.latest).toBe('2025-11-30');
    expect(d?.approximate).toBe(true);
  });

  it('reads durations as terms, not dates', () => {
    expect(first('It will spend $38 billion over the next seven years.')).toMatchObject({ duration: 'P7Y' });
    expect(first('It signed a five-year contract.')).toMatchObject({ duration: 'P5Y' });
    expect(first('over the next seven years')?.date).toBeUndefined();
  });

  it('returns offsets into the document', () => {
    const text = 'Intro line\nOpenAI last month announced it.';
    const s = splitSentences(text)[1]!;
    const d = findDates(s, PUB)[0]!;
    expect(text.slice(d.start, d.end)).toBe('last month');
  });
});
