/** Plain-text articles: an optional ` date YYYY-MM-DD` header (and ` outlet NAME` line), then the text. */
import { isIsoDate, type IsoDate } from '../core/fuzzy-date.js';
import { splitArticleHeader } from '../extract/article-file.js';
import { quoteInput, readError } from './read-error.js';

export interface PlainTextArticle {
  readonly text: string;
  readonly publishedAt: IsoDate | null;
  readonly outlet: string | null;
}

/**
 * Split a plain-text article into its header fields and its text (line ends made \n). Throws
 * InputError (reason `invalid_date`) for a date line with an impossible date such as 2025-02-30.
 * @example parsePlainText(' date 2025-12-17\n outlet Reuters\nAmazon is...', 'a.txt').publishedAt // '2025-12-17'
 */
export function parsePlainText(raw: string, input: string): PlainTextArticle {
  const { date, outlet, text } = splitArticleHeader(raw.replace(/\r\n?/g, '\n'));
  if (date === null) return { text, publishedAt: null, outlet: null };
  if (!isIsoDate(date)) {
    throw readError(
      'invalid_date',
      `ingest: ${quoteInput(input)} starts with the impossible date "${date}"; write its date line as " date YYYY-MM-DD"`,
      { input, value: date },
    );
  }
  return { text, publishedAt: date, outlet };
}
