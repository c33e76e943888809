import { describe, expect, it } from 'vitest';
import { formatFromExtension, sniffFormat } from './read-format.js';

const bytes = (s: string, encoding: BufferEncoding = 'utf8'): Uint8Array =>
  new Uint8Array(Buffer.from(s, encoding));

describe('formatFromExtension', () => {
  it('maps the known extensions, case-insensitively, and nothing else', () => {
    expect(
      ['a.txt', 'b.MD', 'c.html', 'd.HTM', 'e.xml', 'f.rss', 'g.atom', 'h.json', 'i'].map(
        formatFromExtension,
      ),
    ).toEqual(['text', 'text', 'html', 'html', 'feed', 'feed', 'feed', null, null]);
  });
});

describe('sniffFormat', () => {
  it('recognises feeds and pages by their root element, past declarations and comments', () => {
    expect(
      sniffFormat(bytes('<?xml version="1.0"?>\n<!-- hi -->\n<rss version="2.0">'), 'text/html'),
    ).toBe('feed');
    expect(sniffFormat(bytes('\uFEFF<feed xmlns="http://www.w3.org/2005/Atom">'), null)).toBe(
      'feed',
    );
    expect(sniffFormat(bytes('<rdf:RDF xmlns:rdf="x">'), null)).toBe('feed');
    expect(sniffFormat(bytes('<!DOCTYPE html><html><body>'), 'application/octet-stream')).toBe(
      'html',
    );
    expect(sniffFormat(bytes('  <html lang="en">'), 'text/plain')).toBe('html');
    const utf16 = Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      Buffer.from('<rss version="2.0">', 'utf16le'),
    ]);
    expect(sniffFormat(utf16, null)).toBe('feed');
  });

  it('falls back on the Content-Type, then on plain text', () => {
    expect(sniffFormat(bytes('<div>fragment</div>'), 'text/html; charset=utf-8')).toBe('html');
    expect(sniffFormat(bytes('<catalog/>'), 'application/xml')).toBe('feed');
    expect(sniffFormat(bytes('<?xml version="1.0"?><catalog/>'), null)).toBe('feed');
    expect(sniffFormat(bytes('<p>Some pasted <b>markup</b></p>'), null)).toBe('html');
    expect(sniffFormat(bytes(' date 2025-12-17 Amazon is in talks'), 'text/plain')).toBe('text');
    expect(sniffFormat(bytes('Nvidia < AMD in share price'), null)).toBe('text');
  });
});
