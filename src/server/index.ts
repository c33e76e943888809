/** The HTTP server: the JSON API over a Ledger and the host of the web app. */
export * from './app.js';
export * from './api-route.js';
export * from './error-mapping.js';
export * from './openapi.js';
export * from './serve.js';
export * from './write-guard.js';
