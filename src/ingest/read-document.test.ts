import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildDocument, contentHashOf, normaliseText } from './read-document.js';

const base = {
  kind: 'news' as const,
  url: null,
  outlet: null,
  outletId: null,
  title: null,
  publishedAt: null,
  retrievedAt: new Date('2025-12-18T09:00:00Z'),
};

describe('normaliseText', () => {
  it('uses LF, NFC, one blank line between paragraphs and no trailing blanks', () => {
    expect(normaliseText('\uFEFFA  \r\n\r\n\r\n\r\nB\t\rC\n\n')).toBe('A\n\nB\nC');
    expect(normaliseText('Cafe\u0301')).toBe('Café');
    expect(normaliseText('\n\n  indented stays\n')).toBe('  indented stays');
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        expect(normaliseText(normaliseText(s))).toBe(normaliseText(s));
      }),
    );
  });
});

describe('buildDocument', () => {
  it('hashes the normalised text with sha256 and derives the id from the hash', () => {
    expect(contentHashOf('hello')).toBe(
      '2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824',
    );
    const doc = buildDocument({ ...base, text: 'hello\r\n' });
    expect(doc.text).toBe('hello');
    expect(doc.contentHash).toBe(
      '2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824',
    );
    expect(doc.id).toBe('doc_2cf24dba5fb0a30e');
    expect(doc.retrievedAt).toBe('2025-12-18T09:00:00.000Z');
  });

  it('gives the same id to the same text whatever its line ends or metadata', () => {
    const a = buildDocument({ ...base, text: 'One.\r\n\r\nTwo.' });
    const b = buildDocument({
      ...base,
      text: 'One.\n\n\nTwo.\n',
      title: 'T',
      url: 'https://x.test/a',
    });
    expect(a.id).toBe(b.id);
    expect(a.contentHash).toBe(b.contentHash);
    expect(buildDocument({ ...base, text: 'One.\n\nTwo!' }).id).not.toBe(a.id);
  });
});
