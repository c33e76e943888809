/** Turn read text and metadata into a SourceDocument: normalised text, content hash, stable id. */
import { createHash } from 'node:crypto';
import type { DocumentKind, SourceDocument } from '../core/document.js';
import type { IsoDate } from '../core/fuzzy-date.js';
import { documentId, type EntityId } from '../core/ids.js';

/**
 * The canonical form of a document's text, which evidence offsets point into: Unicode NFC,
 * LF line ends, no trailing spaces on a line, paragraphs separated by exactly one blank line,
 * nothing leading or trailing.
 * @example normaliseText('A \r\n\r\n\r\nB\t') // 'A\n\nB'
 */
export function normaliseText(text: string): string {
  return text
    .normalize('NFC')
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t\f\v\u00a0]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .replace(/^\n+|\n+$/g, '');
}

/** sha256 of the UTF-8 bytes of already-normalised text, as lower-case hex. */
export function contentHashOf(normalisedText: string): string {
  return createHash('sha256').update(normalisedText, 'utf8').digest('hex');
}

/** The fields a reader found; everything but the text may be missing. */
export interface DocumentFields {
  readonly text: string;
  readonly kind: DocumentKind;
  readonly url: string | null;
  readonly outlet: string | null;
  readonly outletId: EntityId | null;
  readonly title: string | null;
  readonly publishedAt: IsoDate | null;
  readonly retrievedAt: Date;
}

/**
 * Build a SourceDocument. The id is `doc_` plus the first 16 hex digits of the content hash,
 * so the same text read twice (from a file, a URL or a feed) gets the same id.
 */
export function buildDocument(fields: DocumentFields): SourceDocument {
  const text = normaliseText(fields.text);
  const contentHash = contentHashOf(text);
  return {
    id: documentId(`doc_${contentHash.slice(0, 16)}`),
    kind: fields.kind,
    url: fields.url,
    outletId: fields.outletId,
    outlet: fields.outlet,
    title: fields.title,
    publishedAt: fields.publishedAt,
    retrievedAt: fields.retrievedAt.toISOString(),
    contentHash,
    text,
  };
}
