/** Every API route, in the order the OpenAPI document lists them. */
import type { ApiRoute } from './api-route.js';
import { graphRoutes } from './routes-graph.js';
import { ingestRoutes } from './routes-ingest.js';
import { metaRoutes } from './routes-meta.js';
import { metricsRoutes } from './routes-metrics.js';
import { outputRoutes } from './routes-output.js';
import { readRoutes } from './routes-read.js';
import { reviewRoutes } from './routes-review.js';

export const apiRoutes: readonly ApiRoute[] = [
  ...metaRoutes,
  ...readRoutes,
  ...graphRoutes,
  ...metricsRoutes,
  ...reviewRoutes,
  ...ingestRoutes,
  ...outputRoutes,
];
