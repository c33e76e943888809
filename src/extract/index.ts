/** The extraction layer: documents in, claims and company figures with evidence out (offline rules). */
export * from './amount-merge.js';
export * from './article-file.js';
export * from './evaluate.js';
export * from './executives.js';
export * from './extractor.js';
export * from './gazetteer.js';
export * from './rules-extractor.js';
export * from './sentences.js';
export { findDates } from './dates.js';
export type { DateSpan } from './doc-view.js';
