import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createGrounder } from './llm-ground.js';

const ARTICLE =
  'Amazon is in talks with ChatGPT-maker OpenAI to invest more than $10 billion.\n\nSam Altman\u2019s chatbot company  has become \u201Ccapital-hungry\u201D \u2014 it expects to burn cash.';

describe('createGrounder', () => {
  const ground = createGrounder(ARTICLE);

  it('finds an exact quote and slices it back', () => {
    const ev = ground('invest more than $10 billion');
    const start = ARTICLE.indexOf('invest');
    expect(ev).toEqual([{ quote: 'invest more than $10 billion', start, end: start + 28 }]);
  });

  it('finds a quote with plain apostrophes, quotes, dashes and single spaces', () => {
    const ev = ground('Altman\'s chatbot company has become "capital-hungry" - it expects');
    expect(ev).toHaveLength(1);
    const e = ev![0]!;
    expect(ARTICLE.slice(e.start, e.end)).toBe(e.quote);
    expect(e.quote).toBe(
      'Altman\u2019s chatbot company  has become \u201Ccapital-hungry\u201D \u2014 it expects',
    );
  });

  it('matches across a paragraph break and strips wrapping quotation marks', () => {
    const ev = ground('"$10 billion. Sam Altman\u2019s chatbot"');
    expect(ev?.[0]?.quote).toBe('$10 billion.\n\nSam Altman\u2019s chatbot');
  });

  it('splits a quote at an ellipsis and needs the parts in order', () => {
    const ev = ground('Amazon is in talks ... to burn cash.');
    expect(ev?.map((e) => e.quote)).toEqual(['Amazon is in talks', 'to burn cash.']);
    expect(ground('to burn cash ... Amazon is in talks')).toBeNull();
  });

  it('rejects quotes that are not in the article or too short to prove anything', () => {
    expect(ground('Amazon agreed to invest $50 billion')).toBeNull();
    expect(ground('OpenAI')).toBeNull();
    expect(ground('   ')).toBeNull();
  });

  it('grounds any slice of a text after its whitespace and typography are flattened', () => {
    const char = fc.constantFrom(
      'a',
      'b',
      'c',
      ' ',
      '  ',
      '\n',
      '\u2019',
      "'",
      '\u2014',
      '-',
      '$',
      '1',
      '.',
    );
    fc.assert(
      fc.property(
        fc.array(char, { minLength: 20, maxLength: 80 }),
        fc.nat(),
        fc.nat(),
        (chars, x, y) => {
          const text = chars.join('');
          const i = x % text.length;
          const j = i + 1 + (y % (text.length - i));
          const slice = text.slice(i, j).trim();
          const flat = slice
            .replace(/\s+/g, ' ')
            .replace(/\u2019/g, "'")
            .replace(/\u2014/g, '-');
          // NOTE: wrapping quotation marks are stripped on purpose, and an ellipsis splits a quote.
          if (flat.length < 12 || flat.includes('...') || /^['"].*['"]$/s.test(flat)) return;
          const ev = createGrounder(text)(flat);
          expect(ev).not.toBeNull();
          const e = ev![0]!;
          expect(text.slice(e.start, e.end)).toBe(e.quote);
          const flatFound = e.quote
            .replace(/\s+/g, ' ')
            .replace(/\u2019/g, "'")
            .replace(/\u2014/g, '-');
          expect(flatFound).toBe(flat);
        },
      ),
    );
  });
});
