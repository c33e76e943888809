/** Application services over a Store, shared by the CLI and the server. */
export * from './deal-detail-json.js';
export * from './deal-filter.js';
export * from './entity-lookup.js';
export * from './extractor.js';
export * from './ingest.js';
export * from './ledger.js';
export * from './open-ledger.js';
export * from './review.js';
