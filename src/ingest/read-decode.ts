/** Bytes to a string: refuse binary data, honour byte-order marks and declared charsets, never guess. */
import { quoteInput, readError } from './read-error.js';

/** Where a charset may be declared inside the document itself. */
export type DeclarationSyntax = 'html' | 'xml' | 'none';

export interface DecodeHints {
  /** The path or URL, for messages. */
  readonly input: string;
  /** The charset of an HTTP Content-Type header, if any. */
  readonly httpCharset?: string | null;
  /** Which in-document declaration to look for (`<meta charset>` or `<?xml encoding?>`). */
  readonly syntax: DeclarationSyntax;
}

export interface Decoded {
  readonly text: string;
  /** The WHATWG name of the encoding used ("utf-8", "windows-1252", "utf-16le", ...). */
  readonly encoding: string;
}

const SIGNATURES: readonly { readonly name: string; readonly bytes: readonly number[] }[] = [
  { name: 'PNG image', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { name: 'PDF document', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  { name: 'ZIP archive (or DOCX/XLSX)', bytes: [0x50, 0x4b, 0x03, 0x04] },
  { name: 'gzip archive', bytes: [0x1f, 0x8b] },
  { name: 'JPEG image', bytes: [0xff, 0xd8, 0xff] },
  { name: 'GIF image', bytes: [0x47, 0x49, 0x46, 0x38] },
];

/** The name of a known binary format the bytes start with, or null. */
export function binarySignature(bytes: Uint8Array): string | null {
  for (const sig of SIGNATURES) {
    if (bytes.length >= sig.bytes.length && sig.bytes.every((b, i) => bytes[i] === b))
      return sig.name;
  }
  return null;
}

/** The encoding named by a byte-order mark, and the mark's length. */
export function byteOrderMark(bytes: Uint8Array): { encoding: string; length: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return { encoding: 'utf-8', length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return null;
}

/** The charset parameter of a Content-Type header value. */
export function charsetFromContentType(contentType: string | null | undefined): string | null {
  if (!contentType) return null;
  const m = /;\s*charset\s*=\s*["']?([^"';\s]+)/i.exec(contentType);
  return m?.[1] ?? null;
}

// NOTE: declarations live in the first bytes and are ASCII, so a latin1 view of the head is
// enough to find them whatever the real encoding is (the HTML spec pre-scans 1024 bytes; we
// allow more because some pages put long scripts before their meta tags).
const PRESCAN_BYTES = 4096;

/** The charset a document declares about itself (`<meta charset>`, http-equiv, or the XML declaration). */
export function declaredCharset(bytes: Uint8Array, syntax: DeclarationSyntax): string | null {
  if (syntax === 'none') return null;
  const head = Buffer.from(
    bytes.buffer,
    bytes.byteOffset,
    Math.min(bytes.length, PRESCAN_BYTES),
  ).toString('latin1');
  const xml = /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([^"']+)["']/i.exec(head);
  if (xml?.[1]) return xml[1];
  if (syntax === 'xml') return null;
  const metaCharset = /<meta\b[^>]*?\bcharset\s*=\s*["']?([^"'\s/>;]+)/i.exec(head);
  return metaCharset?.[1] ?? null;
}

function decoderFor(label: string, input: string, source: string): TextDecoder {
  try {
    return new TextDecoder(label.trim(), { fatal: true });
  } catch (cause) {
    throw readError(
      'unknown_charset',
      `ingest: ${quoteInput(input)} declares the unknown charset "${label}" (${source}); re-save it as UTF-8`,
      { input, charset: label },
      { cause },
    );
  }
}

// The WHATWG windows-1252 mapping of bytes 0x80-0x9F (the rest equals Latin-1).
const WINDOWS_1252_C1 = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152,
  0x8d, 0x17d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122,
  0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

/** Decode windows-1252 (which the web also uses for "iso-8859-1", "latin1" and "us-ascii"). */
export function decodeWindows1252(bytes: Uint8Array): string {
  const latin1 = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('latin1');
  return latin1.replace(/[\x80-\x9f]/g, (c) =>
    String.fromCharCode(WINDOWS_1252_C1[c.charCodeAt(0) - 0x80] ?? c.charCodeAt(0)),
  );
}

function decodeWith(decoder: TextDecoder, bytes: Uint8Array, input: string, why: string): string {
  // NOTE: Node 20.18.3+ decodes windows-1252 as plain Latin-1 (nodejs/node#60888), turning
  // curly quotes and the euro sign into control characters, so we map that range ourselves.
  if (decoder.encoding === 'windows-1252') return decodeWindows1252(bytes);
  try {
    return decoder.decode(bytes);
  } catch (cause) {
    throw readError(
      'encoding',
      `ingest: ${quoteInput(input)} is not valid ${decoder.encoding} (${why}); re-save it as UTF-8 or declare its charset`,
      { input, encoding: decoder.encoding },
      { cause },
    );
  }
}

/**
 * Decode a document's bytes. Order of precedence: byte-order mark, HTTP charset, in-document
 * declaration, then strict UTF-8. Throws a reader error (empty, binary, encoding,
 * unknown_charset) instead of returning replacement characters.
 * @example decodeBytes(bytes, { input: 'a.html', syntax: 'html' }).text
 */
export function decodeBytes(bytes: Uint8Array, hints: DecodeHints): Decoded {
  const { input } = hints;
  if (bytes.length === 0) {
    throw readError(
      'empty',
      `ingest: ${quoteInput(input)} is empty; remove it or add the article text`,
      { input },
    );
  }
  const signature = binarySignature(bytes);
  if (signature) {
    throw readError(
      'binary',
      `ingest: ${quoteInput(input)} is a ${signature}, not text; convert it to text or HTML first`,
      {
        input,
        format: signature,
      },
    );
  }
  const bom = byteOrderMark(bytes);
  let text: string;
  let encoding: string;
  if (bom) {
    const decoder = decoderFor(bom.encoding, input, 'byte-order mark');
    text = decodeWith(decoder, bytes, input, 'its byte-order mark says so');
    encoding = decoder.encoding;
  } else {
    if (bytes.includes(0)) {
      throw readError(
        'binary',
        `ingest: ${quoteInput(input)} contains NUL bytes: it is binary, or UTF-16 without a byte-order mark; save it as UTF-8`,
        { input, format: 'unknown binary' },
      );
    }
    const fromHttp = hints.httpCharset ?? null;
    const fromDocument = fromHttp ? null : declaredCharset(bytes, hints.syntax);
    const label = fromHttp ?? fromDocument;
    let decoder = label
      ? decoderFor(label, input, fromHttp ? 'HTTP Content-Type' : 'in the document')
      : new TextDecoder('utf-8', { fatal: true });
    // NOTE: a document readable as ASCII that claims UTF-16 is lying (the HTML spec treats it as UTF-8).
    if (decoder.encoding.startsWith('utf-16')) decoder = new TextDecoder('utf-8', { fatal: true });
    text = decodeWith(decoder, bytes, input, label ? `declared "${label}"` : 'no charset declared');
    encoding = decoder.encoding;
  }
  if (text.trim() === '') {
    throw readError(
      'empty',
      `ingest: ${quoteInput(input)} holds only whitespace; remove it or add the article text`,
      { input },
    );
  }
  return { text, encoding };
}
