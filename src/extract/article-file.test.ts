import fc from 'fast-check';
import { describe, it, expect } from 'vitest';
import { documentFromArticle, parseArticleFile, splitArticleHeader } from './article-file.js';

describe('parseArticleFile', () => {
  it('reads the seed form, with the text on the date line', () => {
    expect(parseArticleFile(' date 2025-12-17 Amazon is in talks.')).toEqual({ publishedAt: '2025-12-17', outlet: null, text: 'Amazon is in talks.' });
  });

  it('reads the fixture form with an outlet line', () => {
    expect(parseArticleFile(' date 2019-07-22\n outlet Fixture Daily\nMicrosoft to invest.\n')).toEqual({
      publishedAt: '2019-07-22', outlet: 'Fixture Daily', text: 'Microsoft to invest.\n',
    });
  });

  it('leaves a file without a header alone', () => {
    expect(parseArticleFile('Just text.').text).toBe('Just text.');
  });

  it('takes an outlet line only after a date line of its own, and reads CRLF files', () => {
    expect(parseArticleFile(' outlet Reuters\nText')).toEqual({ publishedAt: null, outlet: null, text: ' outlet Reuters\nText' });
    expect(parseArticleFile(' date 2025-12-17 outlet Reuters\nText').outlet).toBeNull();
    expect(parseArticleFile(' date 2025-12-17\r\n outlet Reuters \r\nText\r\n')).toEqual({ publishedAt: '2025-12-17', outlet: 'Reuters', text: 'Text\r\n' });
  });

  it('treats an impossible date line as text, where splitArticleHeader hands the day back unchecked', () => {
    expect(parseArticleFile(' date 2025-02-30\nText')).toEqual({ publishedAt: null, outlet: null, text: ' date 2025-02-30\nText' });
    expect(splitArticleHeader(' date 2025-02-30\nText')).toEqual({ date: '2025-02-30', outlet: null, text: 'Text' });
    expect(splitArticleHeader(' date 2025-12-17X').date).toBeNull();
  });

  it('gives back the header it is given and the text after it untouched', () => {
    const day = fc.date({ min: new Date('1990-01-01'), max: new Date('2039-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
    const outlet = fc.stringMatching(/^[A-Za-z][A-Za-z .&-]{0,20}[A-Za-z]$/);
    const body = fc.string().filter((t) => !/^[ \t]*outlet[ \t]/.test(t));
    fc.assert(
      fc.property(day, fc.option(outlet, { nil: null }), body, (d, o, text) => {
        const file = ` date ${d}\n${o === null ? '' : ` outlet ${o}\n`}${text}`;
        expect(parseArticleFile(file)).toEqual({ publishedAt: d, outlet: o, text });
      }),
    );
  });

  it('makes a document whose hash and title come from the text', () => {
    const d = documentFromArticle('a1', ' date 2025-01-02\nHeadline here\nBody.');
    expect(d.title).toBe('Headline here');
    expect(d.contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(d.publishedAt).toBe('2025-01-02');
  });
});
