import { describe, expect, it } from 'vitest';
import { ExtractError } from '../core/errors.js';
import { readErrorReason } from './read-error.js';
import { readHtmlArticle } from './read-html.js';

const PARA =
  'OpenAI agreed to buy computing capacity worth about $300 billion from Oracle over roughly five years, according to people familiar with the contract, one of the largest cloud deals ever signed.';

describe('readHtmlArticle', () => {
  it('reads a bare fragment as a page', () => {
    const article = readHtmlArticle(
      `<p>${PARA}</p><p>${PARA.replace('Oracle', 'its partner')}</p>`,
      'snippet',
      { baseUrl: null, minTextLength: 200 },
    );
    expect(article.text.split('\n\n')).toHaveLength(2);
    expect(article.text.startsWith('OpenAI agreed')).toBe(true);
  });

  it('drops ad slots and sign-up boxes that Readability would keep', () => {
    const html = `<html><body><article><p>${PARA}</p><div class="ad ad-inline">Advertisement: buy now.</div><p>${PARA}</p></article>
      <div class="newsletter-signup">Sign up for our briefing.</div></body></html>`;
    const { text } = readHtmlArticle(html, 'page', { baseUrl: null, minTextLength: 200 });
    expect(text).not.toContain('Advertisement');
    expect(text).not.toContain('Sign up');
  });

  it('keeps an article whose wrapper has an unlucky class name', () => {
    const html = `<html><body><div class="story-body has-ads"><p>${PARA}</p><p>${PARA}</p></div></body></html>`;
    expect(readHtmlArticle(html, 'page', { baseUrl: null, minTextLength: 200 }).text).toContain(
      'Oracle over roughly five years',
    );
  });

  it('keeps an article inside a page-wide <form>', () => {
    const html = `<html><body><form action="/page.aspx"><nav><a href="/">Home</a></nav><div id="story"><p>${PARA}</p><p>${PARA}</p></div><input type="submit"></form></body></html>`;
    expect(readHtmlArticle(html, 'page', { baseUrl: null, minTextLength: 200 }).text).toContain(
      'one of the largest cloud deals ever signed',
    );
  });

  it('reports a page without enough article text as no_article_text', () => {
    let caught: unknown;
    try {
      readHtmlArticle(
        '<html><body><nav><a href="/">Home</a></nav><p>Short.</p></body></html>',
        'index.html',
        { baseUrl: null, minTextLength: 200 },
      );
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ExtractError);
    expect(readErrorReason(caught)).toBe('no_article_text');
  });
});
