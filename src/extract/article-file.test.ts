import { describe, it, expect } from 'vitest';
import { documentFromArticle, parseArticleFile } from './article-file.js';

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

  it('makes a document whose hash and title come from the text', () => {
    const d = documentFromArticle('a1', ' date 2025-01-02\nHeadline here\nBody.');
    expect(d.title).toBe('Headline here');
    expect(d.contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(d.publishedAt).toBe('2025-01-02');
  });
});
