/** The `ftm` export: FollowTheMoney entities as JSON lines, for Aleph, OpenSanctions and the `ftm` tools. */
import { formatAmount } from '../core/amount-format.js';
import type { Amount } from '../core/amount.js';
import { DEAL_TYPE_INFO } from '../core/deal-type.js';
import type { Deal, Leg } from '../core/deal.js';
import type { SourceDocument } from '../core/document.js';
import type { Entity, EntityKind } from '../core/entity.js';
import { isoAtPrecision } from './bundle-to-dataset.js';
import type { ExportBundle } from './export-bundle.js';
import type { ExportOptions } from './export-edges.js';

/** One FtM entity: every property is a list of strings. */
export interface FtmEntity {
  readonly id: string;
  readonly schema: string;
  readonly properties: Readonly<Record<string, readonly string[]>>;
}

const SCHEMA_OF: Readonly<Record<EntityKind, string>> = {
  company: 'Company', joint_venture: 'Company', fund: 'Company', government: 'PublicBody', person: 'Person', outlet: 'Organization',
};

/**
 * A stable FtM id: "rt-<kind>-<our id>", with characters FtM ids do not allow replaced by dots.
 * @example ftmId('leg', 'openai-oracle:cash') // 'rt-leg-openai-oracle.cash'
 */
export function ftmId(kind: string, id: string): string {
  return `rt-${kind}-${id.replace(/[^0-9A-Za-z.-]+/g, '.').replace(/[.-]+$/, '')}`;
}

/** Drop empty values and empty properties. */
function props(p: Record<string, readonly (string | null | undefined)[]>): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [k, values] of Object.entries(p)) {
    const kept = [...new Set(values.filter((v): v is string => typeof v === 'string' && v.trim() !== ''))];
    if (kept.length) out[k] = kept;
  }
  return out;
}

/** The number FtM's single-valued `amount` gets: the stated point, else the lower bound, else the upper. */
function amountNumber(a: Amount | null): string | null {
  return a ? (a.point ?? a.lower ?? a.upper) : null;
}

/** The interval in words, since FtM has no range type: "up to $100B (up to $100 billion); from 0 to 100000000000". */
function amountSummary(a: Amount | null): string | null {
  if (!a) return null;
  const lo = a.lower === null ? 'unbounded' : `${a.lower}${a.lowerInclusive ? '' : ' (exclusive)'}`;
  const hi = a.upper === null ? 'unbounded' : `${a.upper}${a.upperInclusive ? '' : ' (exclusive)'}`;
  return `amount ${formatAmount(a)} ("${a.text}"), ${a.currency} from ${lo} to ${hi}${a.mayBeZero ? ', may be zero' : ''}${a.period ? `, over ${a.period}` : ''}`;
}

function entityFtm(e: Entity, known: ReadonlySet<string>): FtmEntity[] {
  const schema = SCHEMA_OF[e.kind];
  const own: FtmEntity = {
    id: ftmId('entity', e.id),
    schema,
    properties: props({
      name: [e.name],
      alias: e.aliases.filter((a) => a.matchable).map((a) => a.name),
      weakAlias: e.aliases.filter((a) => !a.matchable).map((a) => a.name),
      description: [e.description],
      wikidataId: [e.identifiers.wikidata],
      ...(schema === 'Company' ? { ticker: [e.identifiers.ticker] } : {}),
      ...(schema !== 'Person' ? { leiCode: [e.identifiers.lei], sector: [e.sector] } : {}),
      website: [e.identifiers.domain ? `https://${e.identifiers.domain}` : null],
      keywords: [...e.products],
    }),
  };
  const ownerships = e.parents.filter((p) => known.has(p.id)).map((p) => ({
    id: ftmId('parent', `${e.id}.${p.id}`),
    schema: 'Ownership',
    properties: props({
      owner: [ftmId('entity', p.id)],
      asset: [ftmId('entity', e.id)],
      percentage: [p.share],
      role: [p.relation],
      ownershipType: [p.relation === 'owner' ? 'direct' : null],
    }),
  }));
  // NOTE: only companies are assets in FtM, so ownership links into a public body or person are left out.
  return [own, ...(schema === 'Company' ? ownerships : [])];
}

function legFtm(deal: Deal, leg: Leg, common: Record<string, readonly (string | null | undefined)[]>): FtmEntity | null {
  const project = ftmId('deal', deal.id);
  const base = {
    ...common,
    startDate: [leg.start],
    endDate: [leg.end],
    date: [deal.firstReported],
    summary: [`${deal.status.replace('_', ' ')}; ${amountSummary(leg.amount) ?? 'no amount on this leg'}`],
  };
  const id = ftmId('leg', leg.id);
  switch (leg.asset) {
    case 'cash':
      return {
        id, schema: 'Payment',
        properties: props({
          ...base, payer: [ftmId('entity', leg.from)], beneficiary: [ftmId('entity', leg.to)],
          amount: [amountNumber(leg.amount)], currency: [leg.amount?.currency],
          purpose: [DEAL_TYPE_INFO[deal.type].label], programme: [deal.id], project: [project],
        }),
      };
    case 'equity':
    case 'warrant':
    case 'ownership':
      // The leg runs from the issuer to the holder: the holder owns (a part of) the issuer.
      return {
        id, schema: 'Ownership',
        properties: props({
          ...base, owner: [ftmId('entity', leg.to)], asset: [ftmId('entity', leg.from)],
          percentage: [deal.terms.stakePercent?.point ?? deal.terms.stakePercent?.lower], sharesCount: [deal.terms.shares?.point ?? deal.terms.shares?.upper],
          sharesType: [leg.asset === 'warrant' ? 'warrants' : null], status: [deal.status], role: [DEAL_TYPE_INFO[deal.type].label],
        }),
      };
    case 'debt':
      // The debt leg runs from the borrower to the lender.
      return {
        id, schema: 'Debt',
        properties: props({ ...base, debtor: [ftmId('entity', leg.from)], creditor: [ftmId('entity', leg.to)], amount: [amountNumber(deal.amount)], currency: [deal.amount?.currency] }),
      };
    default:
      return null;
  }
}

function dealFtm(deal: Deal, docs: ReadonlyMap<string, SourceDocument>, legs: readonly Leg[]): FtmEntity[] {
  const id = ftmId('deal', deal.id);
  const urls = deal.sources.map((s) => s.url);
  const outlets = deal.sources.map((s) => s.outlet);
  const common = { sourceUrl: urls, publisher: outlets };
  const inKind = deal.legs.filter((l) => !['cash', 'equity', 'warrant', 'ownership', 'debt'].includes(l.asset));
  const project: FtmEntity = {
    id, schema: 'Project',
    properties: props({
      ...common,
      name: [deal.title], projectId: [deal.id], status: [deal.status],
      amount: [amountNumber(deal.amount)], currency: [deal.amount?.currency],
      startDate: [isoAtPrecision(deal.dates.start ?? deal.dates.signed ?? deal.dates.announced)],
      endDate: [isoAtPrecision(deal.dates.end)],
      date: [deal.firstReported],
      summary: [amountSummary(deal.amount)],
      description: [
        deal.terms.description,
        ...inKind.map((l) => `${l.asset} from ${l.from} to ${l.to}`),
      ],
      keywords: [DEAL_TYPE_INFO[deal.type].label, ...(deal.terms.names ?? [])],
    }),
  };
  const roles = DEAL_TYPE_INFO[deal.type].roles;
  const participants = (['from', 'to'] as const).flatMap((side) => {
    const party = deal[side];
    if (!party.id) return [];
    return [{
      id: ftmId('party', `${deal.id}.${side}`), schema: 'ProjectParticipant',
      properties: props({ project: [id], participant: [ftmId('entity', party.id)], role: [roles[side]] }),
    }];
  });
  const legEntities = legs.flatMap((l) => {
    const e = legFtm(deal, l, common);
    return e ? [e] : [];
  });
  const documentation = [...new Set(deal.sources.map((s) => s.documentId))].filter((d) => docs.has(d)).map((d) => ({
    id: ftmId('source', `${deal.id}.${d}`), schema: 'Documentation',
    properties: props({ document: [ftmId('doc', d)], entity: [id], role: ['source'] }),
  }));
  return [project, ...participants, ...legEntities, ...documentation];
}

function documentFtm(d: SourceDocument): FtmEntity {
  return {
    id: ftmId('doc', d.id), schema: 'Article',
    properties: props({ title: [d.title], name: [d.title ?? d.url], publishedAt: [d.publishedAt], sourceUrl: [d.url], publisher: [d.outlet], retrievedAt: [d.retrievedAt.slice(0, 19)] }),
  };
}

/**
 * FollowTheMoney entities for a bundle: a Company (or Organization, PublicBody, Person) per
 * entity and an Ownership per parent link; per deal a Project with a ProjectParticipant per
 * party, a Payment per cash leg, an Ownership per equity or warrant leg, a Debt per debt
 * leg; an Article per source document, linked to its deal by a Documentation. Amounts are
 * numbers in currency units (the stated value, else the lower bound); the interval is
 * spelled out in `summary`, since FtM has no ranges.
 */
export function ftmEntities(bundle: ExportBundle, options: ExportOptions = {}): FtmEntity[] {
  const inView = options.view ? new Set(options.view.edges.map((e) => e.legId)) : null;
  const used = new Set(bundle.deals.flatMap((d) => d.sources.map((s) => String(s.documentId))));
  const docs = new Map(bundle.documents.filter((d) => used.has(d.id)).map((d) => [String(d.id), d] as const));
  const known = new Set<string>(bundle.entities.map((e) => e.id));
  // NOTE: a party or leg end that is not among the entities becomes a bare Company so references resolve.
  const stubs = new Set(bundle.deals.flatMap((d) => d.legs.flatMap((l) => [l.from, l.to])).filter((id) => !known.has(id)));
  return [
    ...bundle.entities.flatMap((e) => entityFtm(e, known)),
    ...[...stubs].map((id) => ({ id: ftmId('entity', id), schema: 'Company', properties: { name: [id] } })),
    ...[...docs.values()].map(documentFtm),
    ...bundle.deals.flatMap((d) => dealFtm(d, docs, inView ? d.legs.filter((l) => inView.has(l.id)) : d.legs)),
  ];
}

/** The FtM entities as JSON lines (one entity per line). */
export function exportFtm(bundle: ExportBundle, options: ExportOptions = {}): string {
  return ftmEntities(bundle, options).map((e) => JSON.stringify(e)).join('\n') + '\n';
}
