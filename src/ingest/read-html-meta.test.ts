import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { readHtmlMeta } from './read-html-meta.js';

const meta = (head: string, body = '', base: string | null = null) =>
  readHtmlMeta(
    parseHTML(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`).document,
    base,
  );

describe('readHtmlMeta', () => {
  it('reads Open Graph and article meta tags', () => {
    expect(
      meta(
        '<meta property="og:title" content="Big deal"><meta property="og:site_name" content="Example Wire">' +
          '<meta property="article:published_time" content="2025-09-22T21:40:00-04:00"><meta property="og:url" content="https://x.test/a">',
      ),
    ).toEqual({
      title: 'Big deal',
      publishedAt: '2025-09-22',
      siteName: 'Example Wire',
      canonicalUrl: 'https://x.test/a',
    });
  });

  it('reads JSON-LD inside @graph, skipping broken blocks', () => {
    const ld = {
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'WebPage', name: 'page' },
        {
          '@type': ['NewsArticle'],
          headline: 'Ledger headline',
          datePublished: '2025-09-10T06:05:00Z',
          publisher: { '@type': 'Organization', name: 'The Daily Ledger' },
        },
      ],
    };
    const head = `<script type="application/ld+json">{ broken</script><script type="application/ld+json">${JSON.stringify(ld)}</script>`;
    expect(meta(head)).toEqual({
      title: 'Ledger headline',
      publishedAt: '2025-09-10',
      siteName: 'The Daily Ledger',
      canonicalUrl: null,
    });
  });

  it('prefers article:published_time over JSON-LD and falls back on <time datetime> in the article', () => {
    const ld =
      '<script type="application/ld+json">{"@type":"Article","datePublished":"2024-01-01"}</script>';
    expect(
      meta(`<meta property="article:published_time" content="2025-05-05">${ld}`).publishedAt,
    ).toBe('2025-05-05');
    expect(
      meta(
        '',
        '<nav><time datetime="2030-01-01">today</time></nav><article><time datetime="2025-03-04T10:00Z">4 March</time></article>',
      ).publishedAt,
    ).toBe('2025-03-04');
    expect(meta('', '<nav><time datetime="2030-01-01">today</time></nav>').publishedAt).toBeNull();
  });

  it('does not take a Facebook URL for the outlet name, and resolves a relative canonical link', () => {
    const m = meta(
      '<meta property="article:publisher" content="https://facebook.test/wire"><meta name="application-name" content="Wire"><link rel="canonical" href="/a/b">',
      '',
      'https://wire.test/x?y=1',
    );
    expect(m.siteName).toBe('Wire');
    expect(m.canonicalUrl).toBe('https://wire.test/a/b');
    expect(meta('<link rel="canonical" href="javascript:alert(1)">').canonicalUrl).toBeNull();
  });
});
