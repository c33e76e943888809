/** The domain model: amounts, entities, documents, claims, deals, legs, errors. No I/O. */
export * from './amount.js';
export * from './amount-parse.js';
export * from './amount-format.js';
export * from './claim.js';
export * from './dataset-schema.js';
export * from './dataset-validate.js';
export * from './deal-status.js';
export * from './deal-type.js';
export * from './deal.js';
export * from './decimal.js';
export * from './document.js';
export * from './entity.js';
export * from './errors.js';
export * from './figure.js';
export * from './fuzzy-date.js';
export * from './ids.js';
export * from './json-view.js';
