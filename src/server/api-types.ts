/** The JSON shapes of the API's answers, as types: what the web app (which imports types only) reads. */
import type { GraphViewOptions } from '../analysis/graph-view.js';
import type { companyToJson } from './company-json.js';
import type { claimWithSource, dealDetailToJson } from '../ledger/deal-detail-json.js';
import type { ingestItemToJson } from './routes-ingest.js';
import type { loopsToJson } from './loop-json.js';
import type { metricsToJson } from './routes-metrics.js';
import type { metaToJson } from './routes-meta.js';
import type { actionToJson, inboxToJson } from './routes-review.js';
import type { ErrorBody } from './error-mapping.js';

export type { DealSummaryJson } from '../core/json-view.js';
export type { GraphJson, EdgeJson } from './graph-json.js';
export type { LoopJson } from './loop-json.js';
export type { ErrorBody };

/** Dates, enums and bigints arrive as plain JSON. */
type Jsonify<T> = T extends string | number | boolean | null | undefined
  ? T
  : T extends bigint
    ? number
    : T extends readonly (infer U)[]
      ? Jsonify<U>[]
      : T extends object
        ? { [K in keyof T]: Jsonify<T[K]> }
        : T;

export type MetaJson = Jsonify<ReturnType<typeof metaToJson>>;
export type LoopsJson = Jsonify<ReturnType<typeof loopsToJson>> & {
  readonly options: Jsonify<GraphViewOptions>;
};
export type DealDetailJson = Jsonify<ReturnType<typeof dealDetailToJson>>;
export type ClaimJson = Jsonify<ReturnType<typeof claimWithSource>>;
export type InboxJson = Jsonify<ReturnType<typeof inboxToJson>>;
export type ActionJson = Jsonify<ReturnType<typeof actionToJson>>;
export type IngestJson = { readonly items: Jsonify<ReturnType<typeof ingestItemToJson>>[] };
export type CompanyJson = Jsonify<ReturnType<typeof companyToJson>>;
export type MetricsJson = Jsonify<ReturnType<typeof metricsToJson>>;
