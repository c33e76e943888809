/** Analysis routes: the graph view, loops and what changed between two dates. */
import { z } from 'zod';
import { findLoops } from '../analysis/find-loops.js';
import { dealSummary } from '../core/json-view.js';
import { type ApiRoute, defineRoute } from './api-route.js';
import { companyToJson } from './company-json.js';
import { viewFor } from './graph-options.js';
import { graphToJson } from './graph-json.js';
import { loopsToJson } from './loop-json.js';
import { diffQuery, graphQuery, loopsQuery } from './query-schemas.js';

export const graphRoute = defineRoute({
  method: 'get',
  path: '/graph',
  tag: 'analysis',
  summary: 'The graph view the map draws: companies with their flows, legs as directed edges',
  description:
    'In the money view (default) every edge is a cash leg and points the way the money goes.',
  query: graphQuery,
  cacheable: true,
  handler: async ({ ledger, cache, query }) => {
    const { view, deals, entities } = await viewFor(ledger, cache, query);
    return graphToJson(view, deals, entities);
  },
});

export const loopsRoute = defineRoute({
  method: 'get',
  path: '/loops',
  tag: 'analysis',
  summary: 'Loops (money that comes back), ranked by circular amount, with their legs and sources',
  query: loopsQuery,
  cacheable: true,
  handler: async ({ ledger, cache, query }) => {
    const data = await viewFor(ledger, cache, query);
    const through = query.through ? (await ledger.entity(query.through)).id : undefined;
    const all = findLoops(data.view, {
      ...(query.maxLength !== undefined ? { maxLength: query.maxLength } : {}),
      ...(query.minAmount !== undefined ? { minAmount: query.minAmount } : {}),
      ...(query.windowDays !== undefined ? { temporal: { windowDays: query.windowDays } } : {}),
      ...(through ? { through: data.view.rolledUp.get(through) ?? through } : {}),
    });
    const loops = query.limit === undefined ? all : all.slice(0, query.limit);
    return {
      options: data.view.options,
      ...loopsToJson(loops, data.deals, data.entities, all.length),
    };
  },
});

export const diffRoute = defineRoute({
  method: 'get',
  path: '/diff',
  tag: 'analysis',
  summary: 'Deals added, changed field by field, and ended between two dates',
  query: diffQuery,
  cacheable: true,
  handler: async ({ ledger, query }) => {
    const diff = await ledger.diff(query.from, query.to, {
      includeUnreviewed: query.includeUnreviewed ?? false,
    });
    return {
      from: query.from,
      to: query.to,
      added: diff.added.map((d) => dealSummary(d)),
      changed: diff.changed,
      ended: diff.ended.map((e) => ({
        id: e.id,
        reason: e.reason,
        title: e.before.title,
        fields: e.fields,
      })),
    };
  },
});

export const companyRoute = defineRoute({
  method: 'get',
  path: '/companies/:id',
  tag: 'analysis',
  summary:
    'One company: money in and out by counterparty and type, concentration, commitments per year, figures, loops through it',
  params: z.object({
    id: z.string().min(1).max(200).meta({ description: 'company id, name or ticker' }),
  }),
  query: graphQuery,
  cacheable: true,
  handler: async ({ ledger, cache, params, query }) => {
    const entity = await ledger.entity(params.id);
    const data = await viewFor(ledger, cache, query);
    const figures = await ledger.figures();
    return companyToJson({ entity, ...data, figures, loops: findLoops(data.view) });
  },
});

export const graphRoutes: readonly ApiRoute[] = [graphRoute, loopsRoute, companyRoute, diffRoute];
