import { describe, expect, it } from 'vitest';
import { InputError } from '../core/errors.js';
import { readErrorReason } from './read-error.js';
import { parsePlainText } from './read-text.js';

describe('parsePlainText', () => {
  it('reads the date and outlet header lines of the gold fixtures', () => {
    expect(
      parsePlainText(' date 2025-10-06\n outlet Reuters\nAMD and OpenAI...\n', 'a.txt'),
    ).toEqual({
      text: 'AMD and OpenAI...\n',
      publishedAt: '2025-10-06',
      outlet: 'Reuters',
    });
  });

  it('reads the seeds’ date line with the first sentence on the same line', () => {
    expect(parsePlainText(' date 2025-12-17 Amazon is in talks.\r\n\r\nMore.', 's.txt')).toEqual({
      text: 'Amazon is in talks.\n\nMore.',
      publishedAt: '2025-12-17',
      outlet: null,
    });
  });

  it('treats text without a header as all text, and an outlet line only after a date line', () => {
    expect(parsePlainText('Nvidia said on Monday...', 'b.txt')).toEqual({
      text: 'Nvidia said on Monday...',
      publishedAt: null,
      outlet: null,
    });
    expect(parsePlainText(' outlet Reuters\nText', 'c.txt').outlet).toBeNull();
    expect(parsePlainText('date night at Nvidia', 'd.txt').publishedAt).toBeNull();
  });

  it('rejects an impossible date with InputError', () => {
    let caught: unknown;
    try {
      parsePlainText(' date 2025-02-30\nText', 'bad.txt');
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(InputError);
    expect(readErrorReason(caught)).toBe('invalid_date');
  });
});
