/** The plain-text article format of the seeds and gold fixtures: a " date YYYY-MM-DD" header, an optional " outlet NAME" line, then the text. */
import { createHash } from 'node:crypto';
import type { SourceDocument } from '../core/document.js';
import { isIsoDate, type IsoDate } from '../core/fuzzy-date.js';
import { documentId } from '../core/ids.js';

export interface ArticleFile {
  readonly publishedAt: IsoDate | null;
  readonly outlet: string | null;
  /** The article text after the header lines. */
  readonly text: string;
}

const DATE = /^[ \t]*date[ \t]+(\d{4}-\d{2}-\d{2})[ \t]*\n?/;
const OUTLET = /^[ \t]*outlet[ \t]+([^\n]+)\n/;

/**
 * Split an article file into its header and text. The seeds put the text on the date line
 * (" date 2025-12-17 Amazon is ..."); the fixtures put it on the next line.
 */
export function parseArticleFile(content: string): ArticleFile {
  let rest = content.replace(/^\uFEFF/, '');
  const d = DATE.exec(rest);
  let publishedAt: IsoDate | null = null;
  if (d && isIsoDate(d[1]!)) {
    publishedAt = d[1]!;
    rest = rest.slice(d[0].length);
  }
  const o = OUTLET.exec(rest);
  let outlet: string | null = null;
  if (o) {
    outlet = o[1]!.trim();
    rest = rest.slice(o[0].length);
  }
  return { publishedAt, outlet, text: rest };
}

/** A source document for an article file; offsets of evidence point into `text` (header removed). */
export function documentFromArticle(id: string, content: string, retrievedAt = '1970-01-01T00:00:00.000Z'): SourceDocument {
  const a = parseArticleFile(content);
  return {
    id: documentId(id),
    kind: 'news',
    url: null,
    outletId: null,
    outlet: a.outlet,
    title: a.text.split('\n', 1)[0]?.trim() || null,
    publishedAt: a.publishedAt,
    retrievedAt,
    contentHash: createHash('sha256').update(a.text).digest('hex'),
    text: a.text,
  };
}
