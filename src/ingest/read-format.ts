/** Which reader a file or response needs: plain text, an HTML page, or a feed. */
import { extname } from 'node:path';
import { byteOrderMark } from './read-decode.js';

export type SourceFormat = 'text' | 'html' | 'feed';

const BY_EXTENSION: Readonly<Record<string, SourceFormat>> = {
  '.txt': 'text',
  '.text': 'text',
  '.md': 'text',
  '.markdown': 'text',
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
  '.xml': 'feed',
  '.rss': 'feed',
  '.atom': 'feed',
};

/** The extensions a folder walk reads; other files are reported as skipped. */
export const READ_EXTENSIONS: readonly string[] = Object.keys(BY_EXTENSION);

/** The format a file name implies, or null for an extension the readers do not know. */
export function formatFromExtension(path: string): SourceFormat | null {
  return BY_EXTENSION[extname(path).toLowerCase()] ?? null;
}

function head(bytes: Uint8Array): string {
  const bom = byteOrderMark(bytes);
  const slice = bytes.subarray(0, 4096);
  const s = bom?.encoding.startsWith('utf-16')
    ? new TextDecoder(bom.encoding).decode(slice)
    : Buffer.from(slice).toString('latin1');
  return s.replace(/^(?:\uFEFF|\u00ef\u00bb\u00bf)/, '');
}

/** The first element's name in markup, skipping the XML declaration, comments and the doctype. */
function rootElement(s: string): string | null {
  const rest = s.replace(/^\s*(?:<\?[\s\S]*?\?>\s*|<!--[\s\S]*?-->\s*|<!doctype[^>]*>\s*)*/i, '');
  const m = /^<([A-Za-z][\w:.-]*)/.exec(rest);
  return m?.[1] ?? null;
}

/**
 * Decide the format from the content itself, falling back on the HTTP Content-Type:
 * markup rooted at <rss>, <feed> or <rdf:RDF> is a feed, <html> (or a doctype) a page,
 * other XML a feed (which then fails with a clear error), anything else plain text.
 */
export function sniffFormat(bytes: Uint8Array, contentType: string | null): SourceFormat {
  const start = head(bytes);
  const root = rootElement(start)?.toLowerCase() ?? null;
  if (root === 'rss' || root === 'feed' || root === 'rdf:rdf') return 'feed';
  if (root === 'html' || /^\s*<!doctype\s+html/i.test(start)) return 'html';
  const type = contentType?.split(';')[0]?.trim().toLowerCase() ?? '';
  if (type === 'text/html' || type === 'application/xhtml+xml') return 'html';
  if (/[/+]xml$/.test(type)) return 'feed';
  if (root !== null && /^\s*<\?xml/i.test(start)) return 'feed';
  if (root !== null && /<(?:head|body|p|div|article)[\s>]/i.test(start)) return 'html';
  return 'text';
}
