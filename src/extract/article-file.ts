/** The plain-text article format of the seeds, gold fixtures and pasted files: a " date YYYY-MM-DD" header, an optional " outlet NAME" line, then the text. */
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

// NOTE: the seeds put the article's first sentence on the date line itself
// (" date 2025-12-17 Amazon is in talks..."), the gold fixtures put it on the next line; both count.
const DATE_LINE = /^[ \t]*date[ \t]+(\d{4}-\d{2}-\d{2})(?:[ \t]*(?:\r?\n|$)|[ \t]+)/;
const OUTLET_LINE = /^[ \t]*outlet[ \t]+([^\r\n]*\S)[ \t]*(?:\r?\n|$)/;

/** An article file's header as written, before its date is checked. */
export interface ArticleHeader {
  /** The date line's day (YYYY-MM-DD in form, but possibly impossible, e.g. 2025-02-30), or null. */
  readonly date: string | null;
  /** The outlet line after a date line of its own, or null. */
  readonly outlet: string | null;
  /** What follows the header: offsets of evidence point into this. */
  readonly text: string;
}

/**
 * Split off the header lines of a plain-text article: " date YYYY-MM-DD" first, then an
 * optional " outlet NAME" line. Without a date line nothing is a header (an outlet line alone
 * stays text). A leading byte-order mark is dropped; the text is otherwise left as it is.
 * @example splitArticleHeader(' date 2025-12-17\n outlet Reuters\nAmazon is...').outlet // 'Reuters'
 */
export function splitArticleHeader(content: string): ArticleHeader {
  const source = content.replace(/^\uFEFF/, '');
  const date = DATE_LINE.exec(source);
  if (!date) return { date: null, outlet: null, text: source };
  let text = source.slice(date[0].length);
  let outlet: string | null = null;
  if (date[0].endsWith('\n')) {
    const line = OUTLET_LINE.exec(text);
    if (line) {
      outlet = line[1] ?? null;
      text = text.slice(line[0].length);
    }
  }
  return { date: date[1] ?? null, outlet, text };
}

/**
 * Split an article file into its header and text. A date line with an impossible date is not a
 * header: the file is all text and its date unknown.
 */
export function parseArticleFile(content: string): ArticleFile {
  const header = splitArticleHeader(content);
  if (header.date === null || !isIsoDate(header.date))
    return { publishedAt: null, outlet: null, text: content.replace(/^\uFEFF/, '') };
  return { publishedAt: header.date, outlet: header.outlet, text: header.text };
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
