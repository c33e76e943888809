/** Metrics routes: circular volume and exposure across the view, and stress (who comes up short under a shock). */
import { z } from 'zod';
import { circularVolume, circularVolumeRange } from '../analysis/circular-volume.js';
import { eisenbergNoe } from '../analysis/eisenberg-noe.js';
import { exposure } from '../analysis/exposure.js';
import { stronglyConnectedComponents } from '../analysis/strongly-connected-components.js';
import { InputError } from '../core/errors.js';
import type { Entity } from '../core/entity.js';
import type { EntityId } from '../core/ids.js';
import type { GraphView } from '../analysis/graph-view.js';
import { type ApiRoute, defineRoute } from './api-route.js';
import { viewFor } from './graph-options.js';
import { graphQuery, graphQueryShape } from './query-schemas.js';

const n = (v: bigint): number => Number(v);

/** Circular volume, its range, the groups money circles in, and per company circular share and concentration. */
export function metricsToJson(view: GraphView, entities: readonly Entity[]) {
  const names = new Map(entities.map((e) => [e.id as string, e.name] as const));
  const volume = circularVolume(view);
  const range = circularVolumeRange(view);
  const companies = volume.perCompany
    .map((c) => {
      const e = exposure(view, c.id);
      const top = e.inflow.byCounterparty[0];
      return {
        id: c.id,
        name: names.get(c.id) ?? c.id,
        inflow: n(c.inflow),
        outflow: n(c.outflow),
        clearedInflow: n(c.clearedInflow),
        circularShare: c.share,
        topPayer: top ? { id: top.id, name: names.get(top.id) ?? top.id, share: top.share } : null,
        hhi: e.inflow.hhi,
        vendorFinancedShare: e.vendorFinancedShare,
      };
    })
    .sort((a, b) => b.clearedInflow - a.clearedInflow || a.name.localeCompare(b.name));
  return {
    options: view.options,
    volume: {
      gross: n(volume.gross),
      cleared: n(volume.cleared),
      remaining: n(volume.remaining),
      net: n(volume.net),
      circularShare: volume.circularShare,
      undisclosedLegs: volume.undisclosedLegs,
      range: {
        low: { cleared: n(range.low.cleared), share: range.low.circularShare },
        high: { cleared: n(range.high.cleared), share: range.high.circularShare },
      },
    },
    components: stronglyConnectedComponents(view, { minSize: 2 }).map((c) =>
      c.map((id) => ({ id, name: names.get(id) ?? id })),
    ),
    companies,
  };
}

export const metricsRoute = defineRoute({
  method: 'get',
  path: '/metrics',
  tag: 'analysis',
  summary:
    'Circular volume (how much of the flow cancels around loops), groups money circles in, and each company’s circular share and concentration',
  query: graphQuery,
  cacheable: true,
  handler: async ({ ledger, cache, query }) => {
    const { view, entities } = await viewFor(ledger, cache, query);
    return metricsToJson(view, entities);
  },
});

/** "openai:0.5,oracle:0.8" → shocks (the share each company still pays). */
function parseShocks(text: string): [string, number][] {
  return text.split(',').map((part) => {
    const m = /^\s*([^:]+):\s*(0(?:\.\d+)?|1(?:\.0+)?)\s*$/.exec(part);
    if (!m)
      throw new InputError(
        `stress: shock "${part}" must be company:share, e.g. openai:0.5 (pays half)`,
        { option: 'shock', value: part },
      );
    return [m[1]!.trim(), Number(m[2])];
  });
}

export const stressRoute = defineRoute({
  method: 'get',
  path: '/stress',
  tag: 'analysis',
  summary:
    'What if a company pays only part of its commitments: the Eisenberg–Noe clearing, who comes up short, by how much, in how many rounds',
  query: z.object({
    ...graphQueryShape,
    shock: z
      .string()
      .min(3)
      .max(2000)
      .meta({ description: 'company:share pays, comma-separated, e.g. openai:0.5' }),
    buffer: z
      .string()
      .regex(/^\d+(\.\d+)?$/)
      .transform(Number)
      .pipe(z.number().min(0).max(10))
      .optional()
      .meta({
        description: 'extra resources for every company as a share of what it owes (default 0)',
      }),
  }),
  cacheable: true,
  handler: async ({ ledger, cache, query }) => {
    const { view, entities } = await viewFor(ledger, cache, query);
    const names = new Map(entities.map((e) => [e.id as string, e.name] as const));
    const shocks = new Map<EntityId, number>();
    for (const [ref, share] of parseShocks(query.shock)) {
      const id = (await ledger.entity(ref)).id;
      shocks.set(view.rolledUp.get(id) ?? id, share);
    }
    const r = eisenbergNoe(
      view,
      shocks,
      query.buffer !== undefined ? { buffer: query.buffer } : {},
    );
    return {
      options: view.options,
      shocks: [...shocks].map(([id, share]) => ({ id, name: names.get(id) ?? id, pays: share })),
      companies: r.companies.map((c) => ({ ...c, name: names.get(c.id) ?? c.id })),
      defaulted: r.defaulted.map((id) => ({ id, name: names.get(id) ?? id })),
      totalShortfall: r.totalShortfall,
      rounds: r.rounds,
      converged: r.converged,
    };
  },
});

export const metricsRoutes: readonly ApiRoute[] = [metricsRoute, stressRoute];
