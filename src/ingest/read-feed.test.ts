import { describe, expect, it } from 'vitest';
import { RoundtripError } from '../core/errors.js';
import { readErrorReason } from './read-error.js';
import { parseFeed } from './read-feed.js';

function failure(xml: string): RoundtripError {
  try {
    parseFeed(xml, 'feed.xml');
  } catch (error) {
    if (error instanceof RoundtripError) return error;
    throw error;
  }
  throw new Error('expected parseFeed to fail');
}

describe('parseFeed', () => {
  it('reads RSS 2.0 items with content:encoded, escaped descriptions, guids and dc:date', () => {
    const feed = parseFeed(
      `<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
      <channel><title>Wire &amp; Co</title><link>https://wire.test/</link>
      <item><title>A &amp; B</title><guid>https://wire.test/a</guid><pubDate>Tue, 28 Oct 2025 12:00:00 GMT</pubDate>
        <description>&lt;p&gt;Short &amp;amp; sweet&lt;/p&gt;</description><content:encoded><![CDATA[<p>Full & text</p>]]></content:encoded></item>
      <item><title>C</title><link>/c</link><guid isPermaLink="false">id-1</guid><dc:date>2025-10-01T00:00:00Z</dc:date></item>
      </channel></rss>`,
      'feed.xml',
    );
    expect(feed.format).toBe('rss');
    expect(feed.title).toBe('Wire & Co');
    expect(feed.link).toBe('https://wire.test/');
    expect(feed.items).toEqual([
      {
        index: 1,
        title: 'A & B',
        link: 'https://wire.test/a',
        publishedAt: '2025-10-28',
        contentHtml: '<p>Full & text</p>',
        summaryHtml: '<p>Short &amp; sweet</p>',
      },
      {
        index: 2,
        title: 'C',
        link: 'https://wire.test/c',
        publishedAt: '2025-10-01',
        contentHtml: null,
        summaryHtml: null,
      },
    ]);
  });

  it('reads Atom entries: alternate links, html and xhtml content, published before updated', () => {
    const feed = parseFeed(
      `<feed xmlns="http://www.w3.org/2005/Atom"><title type="html">Ledger &lt;i&gt;Companies&lt;/i&gt;</title>
      <link rel="self" href="https://ledger.test/f.atom"/><link href="https://ledger.test/"/>
      <entry><title>One</title><link rel="self" href="https://ledger.test/1.atom"/><link rel="alternate" href="https://ledger.test/1"/>
        <published>2025-11-03T09:30:00Z</published><updated>2025-11-04T00:00:00Z</updated>
        <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>X &amp; Y</p></div></content></entry>
      <entry><title>Two</title><link href="2"/><updated>2025-10-13T15:00:00Z</updated><summary type="text">a &lt; b</summary>
        <content type="text/html" src="https://ledger.test/2.html"/></entry>
      </feed>`,
      'ledger.atom',
      'https://ledger.test/feeds/companies.atom',
    );
    expect(feed.format).toBe('atom');
    expect(feed.title).toBe('Ledger Companies');
    expect(feed.link).toBe('https://ledger.test/');
    expect(feed.items[0]).toEqual({
      index: 1,
      title: 'One',
      link: 'https://ledger.test/1',
      publishedAt: '2025-11-03',
      contentHtml: '<div xmlns="http://www.w3.org/1999/xhtml"><p>X &amp; Y</p></div>',
      summaryHtml: null,
    });
    expect(feed.items[1]).toMatchObject({
      link: 'https://ledger.test/feeds/2',
      publishedAt: '2025-10-13',
      contentHtml: null,
      summaryHtml: 'a &lt; b',
    });
  });

  it('reads RSS 1.0 (RDF) items that sit beside the channel', () => {
    const feed = parseFeed(
      `<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/">
      <channel rdf:about="https://r.test/"><title>R</title><link>https://r.test/</link></channel>
      <item rdf:about="https://r.test/1"><title>First</title><link>https://r.test/1</link><description>Body</description></item></rdf:RDF>`,
      'r.rdf',
    );
    expect(feed.format).toBe('rdf');
    expect(feed.items.map((i) => [i.title, i.link, i.summaryHtml])).toEqual([
      ['First', 'https://r.test/1', 'Body'],
    ]);
  });

  it('rejects XML that is not a feed, and malformed XML, with distinct reasons', () => {
    const notFeed = failure('<?xml version="1.0"?><catalog><book/></catalog>');
    expect([notFeed.code, readErrorReason(notFeed), notFeed.details['root']]).toEqual([
      'unsupported',
      'not_a_feed',
      'catalog',
    ]);
    const broken = failure('<rss><channel><item></channel></rss>');
    expect([broken.code, readErrorReason(broken)]).toEqual(['extract', 'invalid_xml']);
  });

  it('drops item links that are not http(s)', () => {
    const feed = parseFeed(
      '<rss><channel><title>T</title><item><title>x</title><link>javascript:alert(1)</link></item></channel></rss>',
      'f.rss',
    );
    expect(feed.items[0]?.link).toBeNull();
  });
});
