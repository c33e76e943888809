/** Read routes: companies, deals, one deal, claims and documents (the same operations as the CLI). */
import { z } from 'zod';
import { REVIEW_STATES } from '../core/claim.js';
import { type Deal, dealDate } from '../core/deal.js';
import { NotFoundError } from '../core/errors.js';
import { claimId, dealId, documentId } from '../core/ids.js';
import { dealToJson } from '../core/json-view.js';
import { claimWithSource, dealDetailToJson, documentRef } from '../ledger/deal-detail-json.js';
import { filterDeals } from '../ledger/deal-filter.js';
import { type ApiRoute, defineRoute } from './api-route.js';
import {
  companiesQuery,
  csvEnum,
  dealQuery,
  dealsQuery,
  idParam,
  intParam,
} from './query-schemas.js';

const byDate = (a: Deal, b: Deal) =>
  (dealDate(a) ?? '').localeCompare(dealDate(b) ?? '') || a.id.localeCompare(b.id);

export const companiesRoute = defineRoute({
  method: 'get',
  path: '/companies',
  tag: 'ledger',
  summary: 'Companies, joint ventures, funds and outlets the ledger knows',
  query: companiesQuery,
  cacheable: true,
  handler: async ({ ledger, query }) => {
    const all = await ledger.entities();
    const companies = query.kind?.length ? all.filter((e) => query.kind?.includes(e.kind)) : all;
    return { count: companies.length, companies };
  },
});

export const dealsRoute = defineRoute({
  method: 'get',
  path: '/deals',
  tag: 'ledger',
  summary: 'Deals consolidated from their reports, filtered, as of a date',
  query: dealsQuery,
  cacheable: true,
  handler: async ({ ledger, cache, query }) => {
    const company = query.company ? (await ledger.entity(query.company)).id : undefined;
    const all = await cache.deals(query.asOf, query.includeUnreviewed ?? false);
    const deals = filterDeals(all, await ledger.entities(), {
      ...(company ? { company } : {}),
      ...(query.types ? { types: query.types } : {}),
      ...(query.statuses ? { statuses: query.statuses } : {}),
      ...(query.from ? { from: query.from } : {}),
      ...(query.to ? { to: query.to } : {}),
    }).sort(byDate);
    return {
      asOf: query.asOf ?? null,
      count: deals.length,
      deals: deals.map((d) => dealToJson(d)),
    };
  },
});

export const dealRoute = defineRoute({
  method: 'get',
  path: '/deals/:id',
  tag: 'ledger',
  summary:
    'One deal: consolidated fields, legs, claims with their evidence, sources, conflicts, history, related deals',
  params: z.object({ id: idParam('deal') }),
  query: dealQuery,
  cacheable: true,
  handler: async ({ ledger, params, query }) => {
    const detail = await ledger.deal(dealId(params.id), {
      ...(query.asOf ? { asOf: query.asOf } : {}),
      includeUnreviewed: query.includeUnreviewed ?? false,
    });
    return dealDetailToJson(detail);
  },
});

export const claimsRoute = defineRoute({
  method: 'get',
  path: '/claims',
  tag: 'review',
  summary: 'Claims, by review state or document, newest first, with their evidence in context',
  query: z.object({
    review: csvEnum(REVIEW_STATES, 'review states'),
    documentId: idParam('document').optional(),
    limit: intParam(1, 1000, 'at most this many claims (default 100)'),
  }),
  handler: async ({ ledger, query }) => {
    const claims = await ledger.store.listClaims({
      ...(query.review ? { review: query.review } : {}),
      ...(query.documentId ? { documentId: documentId(query.documentId) } : {}),
    });
    const newest = claims.reverse().slice(0, query.limit ?? 100);
    const docs = (await ledger.snapshot()).documents;
    return {
      count: claims.length,
      claims: newest.map((c) => claimWithSource(c, docs.get(c.documentId))),
    };
  },
});

export const claimRoute = defineRoute({
  method: 'get',
  path: '/claims/:id',
  tag: 'review',
  summary: 'One claim with its document and evidence in context',
  params: z.object({ id: idParam('claim') }),
  handler: async ({ ledger, params }) => {
    const claim = await ledger.store.getClaim(claimId(params.id));
    if (!claim) throw new NotFoundError(`no claim "${params.id}"`, { id: params.id });
    const doc = await ledger.store.getDocument(claim.documentId);
    return claimWithSource(claim, doc ?? undefined);
  },
});

export const documentRoute = defineRoute({
  method: 'get',
  path: '/documents/:id',
  tag: 'review',
  summary: 'One source document with its full text (evidence offsets point into it) and its claims',
  params: z.object({ id: idParam('document') }),
  handler: async ({ ledger, params }) => {
    const doc = await ledger.store.getDocument(documentId(params.id));
    if (!doc) throw new NotFoundError(`no document "${params.id}"`, { id: params.id });
    const claims = await ledger.store.listClaims({ documentId: doc.id });
    return {
      ...documentRef(doc),
      retrievedAt: doc.retrievedAt,
      text: doc.text,
      claims: claims.map((c) => claimWithSource(c, doc)),
    };
  },
});

export const readRoutes: readonly ApiRoute[] = [
  companiesRoute,
  dealsRoute,
  dealRoute,
  claimsRoute,
  claimRoute,
  documentRoute,
];
