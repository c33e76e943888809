/** Plain-text articles: an optional ` date YYYY-MM-DD` header (and ` outlet NAME` line), then the text. */
import { isIsoDate, type IsoDate } from '../core/fuzzy-date.js';
import { quoteInput, readError } from './read-error.js';

export interface PlainTextArticle {
  readonly text: string;
  readonly publishedAt: IsoDate | null;
  readonly outlet: string | null;
}

// NOTE: the seeds put the article's first sentence on the date line itself
// (" date 2025-12-17 Amazon is in talks..."), the gold fixtures put it on the next line; both count.
const DATE_HEADER = /^[ \t]*date[ \t]+(\d{4}-\d{2}-\d{2})(?:[ \t]*(?:\n|$)|[ \t]+)/;
const OUTLET_LINE = /^[ \t]*outlet[ \t]+([^\n]*\S)[ \t]*(?:\n|$)/;

/**
 * Split a plain-text article into its header fields and its text. Throws InputError
 * (reason `invalid_date`) for a date line with an impossible date such as 2025-02-30.
 * @example parsePlainText(' date 2025-12-17\n outlet Reuters\nAmazon is...', 'a.txt').publishedAt // '2025-12-17'
 */
export function parsePlainText(raw: string, input: string): PlainTextArticle {
  const source = raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const date = DATE_HEADER.exec(source);
  if (!date) return { text: source, publishedAt: null, outlet: null };
  const day = date[1] ?? '';
  if (!isIsoDate(day)) {
    throw readError(
      'invalid_date',
      `ingest: ${quoteInput(input)} starts with the impossible date "${day}"; write its date line as " date YYYY-MM-DD"`,
      {
        input,
        value: day,
      },
    );
  }
  let rest = source.slice(date[0].length);
  let outlet: string | null = null;
  if (date[0].endsWith('\n')) {
    const line = OUTLET_LINE.exec(rest);
    if (line) {
      outlet = line[1] ?? null;
      rest = rest.slice(line[0].length);
    }
  }
  return { text: rest, publishedAt: day, outlet };
}
