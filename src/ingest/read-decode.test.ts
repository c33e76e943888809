import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { RoundtripError } from '../core/errors.js';
import {
  binarySignature,
  charsetFromContentType,
  decodeBytes,
  decodeWindows1252,
  declaredCharset,
} from './read-decode.js';
import { readErrorReason } from './read-error.js';

const ascii = (s: string): Uint8Array => new Uint8Array(Buffer.from(s, 'latin1'));

function failure(
  bytes: Uint8Array,
  hints: Partial<Parameters<typeof decodeBytes>[1]> = {},
): RoundtripError {
  try {
    decodeBytes(bytes, { input: 'x', syntax: 'none', ...hints });
  } catch (error) {
    if (error instanceof RoundtripError) return error;
    throw error;
  }
  throw new Error('expected decodeBytes to fail');
}

describe('decodeBytes', () => {
  it('reads UTF-8 with and without a byte-order mark', () => {
    const body = Buffer.from('Caf\u00e9 \u20ac1bn \u201cdeal\u201d', 'utf8');
    expect(decodeBytes(body, { input: 'a', syntax: 'none' })).toEqual({
      text: 'Café €1bn “deal”',
      encoding: 'utf-8',
    });
    const withBom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), body]);
    expect(decodeBytes(withBom, { input: 'a', syntax: 'none' }).text).toBe('Café €1bn “deal”');
  });

  it('reads UTF-16 LE and BE when a byte-order mark says so', () => {
    const le = Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      Buffer.from('Nvidia — OpenAI', 'utf16le'),
    ]);
    const be = Buffer.concat([
      Buffer.from([0xfe, 0xff]),
      Buffer.from('Nvidia — OpenAI', 'utf16le').swap16(),
    ]);
    expect(decodeBytes(le, { input: 'a', syntax: 'none' })).toEqual({
      text: 'Nvidia — OpenAI',
      encoding: 'utf-16le',
    });
    expect(decodeBytes(be, { input: 'a', syntax: 'none' })).toEqual({
      text: 'Nvidia — OpenAI',
      encoding: 'utf-16be',
    });
  });

  it('maps the windows-1252 C1 range to the WHATWG characters', () => {
    expect(
      decodeWindows1252(new Uint8Array([0x80, 0x93, 0x94, 0x92, 0x96, 0x97, 0x85, 0xe9, 0x41])),
    ).toBe('€“”’–—…éA');
    expect(decodeWindows1252(new Uint8Array([0x81, 0x8d, 0x9f]))).toBe('\u0081\u008d\u0178');
  });

  it('honours a charset declared in a meta tag, an XML declaration or HTTP, in that order of weakness', () => {
    const html = ascii(
      '<html><head><meta charset="windows-1252"></head><body>\x93Hi\x94 \x80</body></html>',
    );
    expect(decodeBytes(html, { input: 'a', syntax: 'html' }).text).toContain('“Hi” €');
    const equiv = ascii(
      '<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1"><p>caf\xe9 \x93</p>',
    );
    expect(decodeBytes(equiv, { input: 'a', syntax: 'html' }).text).toContain('café “');
    const xml = ascii('<?xml version="1.0" encoding="iso-8859-1"?><rss><t>\x93x\x94</t></rss>');
    expect(decodeBytes(xml, { input: 'a', syntax: 'xml' }).text).toContain('“x”');
    // HTTP beats the document's own declaration.
    const utf8Declared1252 = new Uint8Array(
      Buffer.from('<meta charset="windows-1252"><p>café</p>', 'utf8'),
    );
    expect(
      decodeBytes(utf8Declared1252, { input: 'a', syntax: 'html', httpCharset: 'utf-8' }).text,
    ).toContain('café');
    // A BOM beats everything.
    const bomOverHttp = new Uint8Array([0xef, 0xbb, 0xbf, ...Buffer.from('é', 'utf8')]);
    expect(
      decodeBytes(bomOverHttp, { input: 'a', syntax: 'none', httpCharset: 'windows-1252' }).text,
    ).toBe('é');
  });

  it('reads a meta charset of UTF-16 on an ASCII-readable page as UTF-8', () => {
    const page = new Uint8Array(Buffer.from('<meta charset="utf-16"><p>naïve</p>', 'utf8'));
    expect(decodeBytes(page, { input: 'a', syntax: 'html' }).text).toContain('naïve');
  });

  it('refuses empty, whitespace-only and binary input with a reason', () => {
    expect(readErrorReason(failure(new Uint8Array(0)))).toBe('empty');
    expect(failure(new Uint8Array(0)).code).toBe('extract');
    expect(readErrorReason(failure(ascii(' \n\t \r\n')))).toBe('empty');
    const pdf = failure(ascii('%PDF-1.7\n...'));
    expect([pdf.code, readErrorReason(pdf), pdf.details['format']]).toEqual([
      'unsupported',
      'binary',
      'PDF document',
    ]);
    expect(readErrorReason(failure(new Uint8Array([0x1f, 0x8b, 8, 0])))).toBe('binary');
    expect(readErrorReason(failure(ascii('PK\x03\x04rest')))).toBe('binary');
    expect(readErrorReason(failure(ascii('text with a \x00 NUL byte')))).toBe('binary');
  });

  it('refuses invalid UTF-8 and unknown charsets instead of inserting replacement characters', () => {
    const latin1 = ascii('caf\xe9');
    const bad = failure(latin1);
    expect([bad.code, readErrorReason(bad)]).toEqual(['unsupported', 'encoding']);
    const unknown = failure(ascii('<meta charset="x-unknown-9"><p>hi</p>'), { syntax: 'html' });
    expect([unknown.code, readErrorReason(unknown), unknown.details['charset']]).toEqual([
      'unsupported',
      'unknown_charset',
      'x-unknown-9',
    ]);
    expect(readErrorReason(failure(ascii('hi'), { httpCharset: 'nope' }))).toBe('unknown_charset');
  });

  it('round-trips any string through UTF-8, with or without a BOM, and UTF-16 with a BOM', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', minLength: 1 }), (s) => {
        fc.pre(s.trim() !== '' && !s.includes('\u0000') && !s.startsWith('\uFEFF'));
        const utf8 = new Uint8Array(Buffer.from(s, 'utf8'));
        fc.pre(binarySignature(utf8) === null);
        expect(decodeBytes(utf8, { input: 'p', syntax: 'none' }).text).toBe(s);
        const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(s, 'utf16le')]);
        expect(decodeBytes(le, { input: 'p', syntax: 'none' }).text).toBe(s);
      }),
    );
  });
});

describe('charset helpers', () => {
  it('reads the charset parameter of a Content-Type', () => {
    expect(charsetFromContentType('text/html; charset=ISO-8859-1')).toBe('ISO-8859-1');
    expect(charsetFromContentType('application/rss+xml;charset="utf-8"')).toBe('utf-8');
    expect(charsetFromContentType('text/html')).toBeNull();
    expect(charsetFromContentType(null)).toBeNull();
  });

  it('finds in-document declarations only in the syntax asked for', () => {
    expect(
      declaredCharset(ascii('<?xml version="1.0" encoding="windows-1252"?><feed/>'), 'xml'),
    ).toBe('windows-1252');
    expect(declaredCharset(ascii('<meta charset=latin1>'), 'html')).toBe('latin1');
    expect(declaredCharset(ascii('<meta charset=latin1>'), 'xml')).toBeNull();
    expect(declaredCharset(ascii('<meta charset=latin1>'), 'none')).toBeNull();
  });
});
