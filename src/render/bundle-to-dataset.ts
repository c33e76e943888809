/** Ledger data back to the dataset format (data/*.json): the inverse of ingest's `datasetToLedger` + consolidation. */
import type { Amount, AmountBasis, Quantity } from '../core/amount.js';
import type { Claim, LegSpec } from '../core/claim.js';
import type { Dataset, DatasetAmount, DatasetDeal, DatasetEntity, DatasetFigure, DatasetSource } from '../core/dataset-schema.js';
import { DEAL_TYPE_INFO } from '../core/deal-type.js';
import type { Deal } from '../core/deal.js';
import type { SourceDocument } from '../core/document.js';
import type { Entity } from '../core/entity.js';
import type { CompanyFigure } from '../core/figure.js';
import type { FuzzyDate } from '../core/fuzzy-date.js';
import type { ExportBundle } from './export-bundle.js';

/** The hedge `datasetToLedger` puts on claims of deals a curator marked unconfirmed. */
const UNCONFIRMED = 'unconfirmed';

/**
 * The dataset a bundle corresponds to: entities, one dataset deal per consolidated deal
 * (amount, status, dates and terms as consolidated; one source per claim; explicit legs only
 * when they differ from the deal type's), and figures. Deterministic: deals and entities keep
 * the bundle's order, sources are sorted by date, address and outlet.
 * NOTE: a deal's `facts` (row ids of the curators' facts file) do not survive import, so they come back empty.
 */
export function bundleToDataset(bundle: ExportBundle): Dataset {
  const claims = new Map(bundle.claims.map((c) => [c.id, c] as const));
  const docs = new Map(bundle.documents.map((d) => [d.id, d] as const));
  const notes = new Map((bundle.dealRecords ?? []).map((r) => [r.id, r.notes] as const));
  return {
    format: 'roundtrip-dataset',
    version: 1,
    entities: bundle.entities.map(datasetEntity),
    deals: bundle.deals.map((d) => {
      const own = d.claimIds.flatMap((id) => {
        const c = claims.get(id);
        return c ? [c] : [];
      });
      return datasetDeal(d, own, docs, notes.get(d.id));
    }),
    figures: bundle.figures.map((f) => datasetFigure(f, f.documentId ? docs.get(f.documentId) : undefined)),
  };
}

/** An entity as the dataset writes it. */
export function datasetEntity(e: Entity): DatasetEntity {
  return {
    id: e.id,
    name: e.name,
    kind: e.kind,
    sector: e.sector,
    aliases: e.aliases.map((a) => (a.matchable ? a.name : { name: a.name, matchable: false })),
    identifiers: Object.fromEntries(Object.entries(e.identifiers).filter(([, v]) => v !== undefined)),
    parents: e.parents.map((p) => ({ id: p.id, relation: p.relation, ...(p.share !== undefined ? { share: p.share } : {}) })),
    products: [...e.products],
    descriptors: [...e.descriptors],
    ...(e.description !== undefined ? { description: e.description } : {}),
  };
}

/** An amount interval as qualifier + value (+ upper value); bases equal to `defaultBasis` are left out. */
export function datasetAmount(a: Amount, defaultBasis: AmountBasis = 'total'): DatasetAmount {
  let value: string | null = null;
  let upperValue: string | null = null;
  switch (a.qualifier) {
    case 'exact':
    case 'about':
      value = a.point;
      break;
    case 'more_than':
    case 'at_least':
      value = a.lower ?? a.point;
      break;
    case 'up_to':
    case 'less_than':
      value = a.upper ?? a.point;
      break;
    case 'range':
      value = a.lower;
      upperValue = a.upper;
      break;
    case 'order_of_magnitude':
      value = a.lower;
      break;
    case 'undisclosed':
    case 'none':
      break;
  }
  const needsValue = a.qualifier !== 'undisclosed' && a.qualifier !== 'none';
  // NOTE: an interval missing the number its qualifier needs cannot be written; it goes out as undisclosed.
  const qualifier = needsValue && (value === null || (a.qualifier === 'range' && upperValue === null)) ? 'undisclosed' : a.qualifier;
  return {
    text: a.text || 'undisclosed',
    currency: a.currency,
    qualifier,
    ...(qualifier !== 'undisclosed' && value !== null ? { value } : {}),
    ...(qualifier === 'range' && upperValue !== null ? { upperValue } : {}),
    ...(a.mayBeZero ? { mayBeZero: true } : {}),
    ...(a.basis !== defaultBasis ? { basis: a.basis } : {}),
    ...(a.period !== undefined ? { period: a.period } : {}),
    ...(a.contingentOn !== undefined ? { contingentOn: a.contingentOn } : {}),
  };
}

function datasetQuantity(q: Quantity): { value: string; text: string; qualifier?: string } | undefined {
  const value = q.point ?? q.lower ?? q.upper;
  if (value === null) return undefined;
  return { value, text: q.text, ...(q.qualifier !== 'exact' ? { qualifier: q.qualifier } : {}) };
}

/** A fuzzy date at its precision, as the dataset writes dates ("2025", "2025-09", "2025-09-22"). */
export function isoAtPrecision(d: FuzzyDate | undefined): string | undefined {
  const date = d?.earliest ?? d?.latest;
  if (!d || !date) return undefined;
  if (d.precision === 'year' || d.precision === 'half' || d.precision === 'quarter') return date.slice(0, 4);
  if (d.precision === 'month') return date.slice(0, 7);
  return date.slice(0, 10);
}

/** The dataset source one claim stands for (its document's outlet, address and title; its quote). */
export function datasetSource(claim: Claim, doc: SourceDocument | undefined): DatasetSource {
  const quote = claim.evidence[0]?.quote;
  const title = doc?.title ?? null;
  return {
    outlet: doc?.outletId ?? doc?.outlet ?? claim.attribution.source ?? 'unknown',
    date: claim.publishedAt ?? doc?.publishedAt ?? claim.recordedAt.slice(0, 10),
    url: doc?.url ?? `urn:roundtrip:document:${claim.documentId}`,
    ...(title !== null ? { title } : {}),
    ...(quote !== undefined ? { quote } : {}),
    ...(claim.attribution.kind !== 'curated' ? { attribution: claim.attribution.kind } : {}),
    ...(claim.attribution.repeats !== undefined ? { repeats: claim.attribution.repeats } : {}),
  };
}

function sortSources(sources: DatasetSource[]): DatasetSource[] {
  const seen = new Set<string>();
  return sources
    .filter((s) => {
      const k = JSON.stringify(s);
      if (seen.has(k)) return false;
      seen.add(k);
      return true;
    })
    .sort((a, b) => cmp(a.date, b.date) || cmp(a.url, b.url) || cmp(a.outlet, b.outlet) || cmp(JSON.stringify(a), JSON.stringify(b)));
}

function explicitLegs(deal: Deal, claims: readonly Claim[]): LegSpec[] | null {
  const withLegs = claims.find((c) => c.legs && c.legs.length > 0);
  if (withLegs?.legs) return [...withLegs.legs];
  if (!deal.from.id || !deal.to.id) return null;
  const from = deal.from.id;
  const to = deal.to.id;
  const defaults = DEAL_TYPE_INFO[deal.type].legs.map((t) => ({
    from: t.direction === 'from_to' ? from : to,
    to: t.direction === 'from_to' ? to : from,
    asset: t.asset,
  }));
  const same =
    defaults.length === deal.legs.length &&
    defaults.every((d, i) => {
      const l = deal.legs[i]!;
      return l.from === d.from && l.to === d.to && l.asset === d.asset;
    });
  if (same) return null;
  return deal.legs.map((l) => ({ from: l.from, to: l.to, asset: l.asset, carriesAmount: l.amount !== null, ...(l.contingent ? { contingent: true } : {}) }));
}

function datasetDeal(deal: Deal, claims: readonly Claim[], docs: ReadonlyMap<string, SourceDocument>, notes: string | undefined): DatasetDeal {
  const sources = claims.length
    ? claims.map((c) => datasetSource(c, docs.get(c.documentId)))
    : deal.sources.map((s) => ({
        outlet: docs.get(s.documentId)?.outletId ?? s.outlet ?? 'unknown',
        date: s.publishedAt ?? '1970',
        url: s.url ?? `urn:roundtrip:document:${s.documentId}`,
        ...(s.title !== null ? { title: s.title } : {}),
      }));
  const dates: DatasetDeal['dates'] = {};
  for (const key of ['announced', 'signed', 'completed', 'start', 'end'] as const) {
    const v = isoAtPrecision(deal.dates[key]);
    if (v !== undefined) dates[key] = v;
  }
  const t = deal.terms;
  const stake = t.stakePercent ? datasetQuantity(t.stakePercent) : undefined;
  const capacity = t.capacity && t.capacity.unit === 'GW' ? datasetQuantity(t.capacity) : undefined;
  const shares = t.shares ? datasetQuantity(t.shares) : undefined;
  const terms: DatasetDeal['terms'] = {
    ...(stake ? { stakePercent: stake } : {}),
    ...(t.valuation ? { valuation: datasetAmount(t.valuation, 'valuation') } : {}),
    ...(capacity ? { capacityGW: capacity } : {}),
    ...(shares ? { shares } : {}),
    ...(t.duration !== undefined ? { duration: t.duration } : {}),
    ...(t.names !== undefined ? { names: [...t.names] } : {}),
    ...(t.description !== undefined ? { description: t.description } : {}),
  };
  const legs = explicitLegs(deal, claims);
  const unconfirmed = claims.length > 0 && claims.every((c) => c.hedges.includes(UNCONFIRMED));
  return {
    id: deal.id,
    title: deal.title,
    type: deal.type,
    from: deal.from.id ?? deal.from.name,
    to: deal.to.id ?? deal.to.name,
    amount: deal.amount ? datasetAmount(deal.amount) : null,
    status: deal.status,
    dates,
    terms,
    ...(legs
      ? {
          legs: legs.map((l) => ({
            from: l.from, to: l.to, asset: l.asset, carriesAmount: l.carriesAmount,
            ...(l.contingent !== undefined ? { contingent: l.contingent } : {}),
          })),
        }
      : {}),
    relations: deal.relations.map((r) => ({ kind: r.kind, deal: r.dealId })),
    sources: sortSources(sources),
    confirmed: !unconfirmed,
    ...(notes !== undefined ? { notes } : {}),
    facts: [],
  };
}

function datasetFigure(f: CompanyFigure, doc: SourceDocument | undefined): DatasetFigure {
  const quote = f.evidence[0]?.quote;
  const period = f.period?.text ?? isoAtPrecision(f.period);
  return {
    id: f.id,
    entity: f.entityId,
    kind: f.kind,
    amount: datasetAmount(f.amount),
    ...(period !== undefined ? { period } : {}),
    source: {
      outlet: doc?.outletId ?? doc?.outlet ?? 'unknown',
      date: f.publishedAt ?? doc?.publishedAt ?? '1970',
      url: doc?.url ?? `urn:roundtrip:document:${f.documentId ?? f.id}`,
      ...(doc?.title ? { title: doc.title } : {}),
      ...(quote !== undefined ? { quote } : {}),
    },
    ...(f.note !== undefined ? { note: f.note } : {}),
  };
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
