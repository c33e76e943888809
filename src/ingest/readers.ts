/** The document readers: text files, HTML pages, URLs, RSS/Atom feeds and folders to SourceDocuments. */
export { readSource } from './read-source.js';
export { readBytes, type ByteSource } from './read-bytes.js';
export { type ReadResult } from './read-result.js';
export {
  outletsFromEntities,
  resolveReadOptions,
  READ_DEFAULTS,
  type OutletRef,
  type ReadOptions,
  type ResolvedReadOptions,
} from './read-options.js';
export { readErrorReason, type ReadErrorReason } from './read-error.js';
export {
  buildDocument,
  contentHashOf,
  normaliseText,
  type DocumentFields,
} from './read-document.js';
export { parsePlainText, type PlainTextArticle } from './read-text.js';
export { readHtmlArticle, type HtmlArticle, type HtmlReadOptions } from './read-html.js';
export { parseFeed, type Feed, type FeedFormat, type FeedItem } from './read-feed.js';
export { fetchResource, type Fetched, type FetchOptions } from './read-fetch.js';
export { parsePublishedDate } from './read-date.js';
export { matchOutlet, type OutletMatch } from './read-outlet.js';
export { htmlToText, htmlFragmentToText } from './read-html-text.js';
export { READ_EXTENSIONS, type SourceFormat } from './read-format.js';
