/** Meta routes: what the server knows about itself and the vocabulary the web app labels things with. */
import { AMOUNT_POLICIES } from '../core/amount.js';
import type { Deal } from '../core/deal.js';
import { DEAL_STATUSES, DEFAULT_STATUSES, STATUS_RANK, statusLine } from '../core/deal-status.js';
import { ASSET_KINDS, DEAL_TYPE_INFO, DEAL_TYPES } from '../core/deal-type.js';
import { ENTITY_KINDS, SECTORS } from '../core/entity.js';
import { THEMES, TYPE_SHORT } from '../render/render-theme.js';
import { type ApiRoute, type ServerInfo, defineRoute } from './api-route.js';

export const healthRoute = defineRoute({
  method: 'get',
  path: '/health',
  tag: 'meta',
  summary: 'Liveness: answers when the server and its database are usable',
  handler: async ({ ledger, info }) => ({
    ok: true,
    version: info.version,
    stats: await ledger.store.stats(),
  }),
});

/** The vocabulary and settings the web app labels things with. */
export function metaToJson(info: ServerInfo, deals: readonly Deal[], entities: number) {
  const dates = deals
    .flatMap((d) => [d.firstReported, ...d.legs.map((l) => l.reportedAt)])
    .filter((d) => d !== null)
    .sort();
  return {
    version: info.version,
    writesNeedToken: info.writesNeedToken,
    statuses: DEAL_STATUSES.map((s) => ({
      id: s,
      line: statusLine(s),
      rank: STATUS_RANK[s],
      default: DEFAULT_STATUSES.includes(s),
    })),
    types: DEAL_TYPES.map((t) => ({
      id: t,
      label: DEAL_TYPE_INFO[t].label,
      short: TYPE_SHORT[t],
      colour: THEMES.light.types[t],
      roles: DEAL_TYPE_INFO[t].roles,
    })),
    assets: ASSET_KINDS,
    sectors: SECTORS,
    kinds: ENTITY_KINDS,
    policies: AMOUNT_POLICIES,
    dataRange: { first: dates[0] ?? null, last: dates.at(-1) ?? null },
    entities,
  };
}

export const metaRoute = defineRoute({
  method: 'get',
  path: '/meta',
  tag: 'meta',
  summary:
    'Vocabulary (statuses, deal types with colours, sectors), the dates the data covers, and server settings',
  cacheable: true,
  handler: async ({ ledger, cache, info }) =>
    metaToJson(info, await cache.deals(undefined, true), (await ledger.entities()).length),
});

export const metaRoutes: readonly ApiRoute[] = [healthRoute, metaRoute];
