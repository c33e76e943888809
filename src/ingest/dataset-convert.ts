/** Turn the curated dataset into ledger records: documents, claims, judgements, deals, figures. */
import { createHash } from 'node:crypto';
import {
  type Amount,
  type AmountBasis,
  type AmountQualifier,
  type Quantity,
  type QuantityUnit,
  makeAmount,
} from '../core/amount.js';
import type {
  AttributionKind,
  Claim,
  DealDates,
  DealTerms,
  Evidence,
  LegSpec,
} from '../core/claim.js';
import type {
  DatasetAmount,
  DatasetDeal,
  DatasetFigure,
  DatasetSource,
  Dataset,
} from '../core/dataset-schema.js';
import type { DealRecord, DealRelationKind, Judgement } from '../core/deal.js';
import type { DealStatus } from '../core/deal-status.js';
import type { AssetKind, DealType } from '../core/deal-type.js';
import type { SourceDocument } from '../core/document.js';
import type { Entity, EntityKind, Sector } from '../core/entity.js';
import type { CompanyFigure, FigureKind } from '../core/figure.js';
import {
  type FuzzyDate,
  type IsoDate,
  dateEnd,
  datePrecision,
  dateStart,
  fuzzyFromIso,
} from '../core/fuzzy-date.js';
import { claimId, dealId, documentId, entityId, figureId, judgementId } from '../core/ids.js';

/** Everything a dataset becomes in the ledger. */
export interface LedgerRecords {
  readonly entities: Entity[];
  readonly documents: SourceDocument[];
  readonly claims: Claim[];
  readonly judgements: Judgement[];
  readonly deals: DealRecord[];
  readonly figures: CompanyFigure[];
}

/** Who the dataset's claims and judgements are attributed to. */
export const DATASET_ORIGIN = 'dataset';

/**
 * Convert a validated dataset into ledger records, deterministically (same dataset, same ids).
 * Per deal: a deal record; per source, a citation document (shared by every deal citing the
 * same URL with the same text), an accepted claim `ds:<deal>:<i>` and a positive judgement
 * dated at the source's publication, so as-of views replay curated knowledge when it was
 * published rather than when it was imported.
 */
export function datasetToLedger(ds: Dataset): LedgerRecords {
  const byId = new Map(ds.entities.map((e) => [e.id, e]));
  const documents = new Map<string, SourceDocument>();
  const citation = (source: DatasetSource): SourceDocument => {
    const doc = citationDocument(
      source,
      byId.get(source.outlet)?.name ?? null,
      byId.has(source.outlet),
    );
    const existing = documents.get(doc.contentHash);
    if (existing) return existing;
    documents.set(doc.contentHash, doc);
    return doc;
  };
  const partyName = (id: string) => byId.get(id)?.name ?? id;

  const claims: Claim[] = [];
  const judgements: Judgement[] = [];
  const deals: DealRecord[] = [];
  for (const deal of ds.deals) {
    const dealClaims = deal.sources.map((source, i) =>
      dealClaim(deal, source, i, citation(source), partyName),
    );
    claims.push(...dealClaims);
    for (const [i, c] of dealClaims.entries()) {
      judgements.push({
        id: judgementId(`dsj:${deal.id}:${i}`),
        claimId: c.id,
        dealId: dealId(deal.id),
        judgement: 'positive',
        score: 1,
        user: DATASET_ORIGIN,
        createdAt: c.recordedAt,
        deletedAt: null,
      });
    }
    const created = dealClaims.map((c) => c.recordedAt).sort()[0] ?? '1970-01-01T00:00:00.000Z';
    deals.push({
      id: dealId(deal.id),
      title: deal.title,
      version: 1,
      relations: deal.relations.map((r) => ({
        kind: r.kind as DealRelationKind,
        dealId: dealId(r.deal),
      })),
      ...(deal.notes !== undefined ? { notes: deal.notes } : {}),
      createdAt: created,
      updatedAt: created,
    });
  }
  const figures = ds.figures.map((f) => companyFigure(f, citation(f.source)));
  return {
    entities: ds.entities.map(toEntity),
    documents: [...documents.values()],
    claims,
    judgements,
    deals,
    figures,
  };
}

/** Midnight UTC of the first day a (possibly partial) date covers. */
function midnight(date: string): string {
  return `${dateStart(date)}T00:00:00.000Z`;
}

function citationDocument(
  source: DatasetSource,
  outletName: string | null,
  known: boolean,
): SourceDocument {
  const outlet = outletName ?? source.outlet;
  const text = source.quote ?? source.title ?? `${outlet} ${source.date} ${source.url}`;
  const contentHash = createHash('sha256').update(`${source.url}\n${text}`).digest('hex');
  return {
    id: documentId(`ds-doc-${contentHash.slice(0, 16)}`),
    kind: 'citation',
    url: source.url,
    outletId: known ? entityId(source.outlet) : null,
    outlet,
    title: source.title ?? null,
    publishedAt: source.date,
    retrievedAt: midnight(source.date),
    contentHash,
    text,
  };
}

function evidenceFor(quote: string | undefined, doc: SourceDocument): Evidence[] {
  if (quote === undefined) return [];
  const start = doc.text.indexOf(quote);
  return start < 0 ? [] : [{ quote, start, end: start + quote.length }];
}

function dealClaim(
  deal: DatasetDeal,
  source: DatasetSource,
  i: number,
  doc: SourceDocument,
  partyName: (id: string) => string,
): Claim {
  const recordedAt = midnight(source.date);
  return {
    id: claimId(`ds:${deal.id}:${i}`),
    documentId: doc.id,
    type: deal.type as DealType,
    from: { id: entityId(deal.from), name: partyName(deal.from) },
    to: { id: entityId(deal.to), name: partyName(deal.to) },
    amount: deal.amount === null ? null : toAmount(deal.amount),
    terms: toTerms(deal.terms),
    status: deal.status as DealStatus,
    dates: toDates(deal.dates),
    attribution: {
      kind: (source.attribution ?? 'curated') as AttributionKind,
      source: doc.outlet ?? source.outlet,
      ...(source.repeats !== undefined ? { repeats: source.repeats } : {}),
    },
    hedges: deal.confirmed ? [] : ['unconfirmed'],
    evidence: evidenceFor(source.quote, doc),
    origin: DATASET_ORIGIN,
    confidence: deal.confirmed ? 1 : 0.6,
    review: 'accepted',
    publishedAt: source.date,
    recordedAt,
    ...(deal.legs !== undefined
      ? {
          legs: deal.legs.map((l): LegSpec => ({
            from: entityId(l.from),
            to: entityId(l.to),
            asset: l.asset as AssetKind,
            carriesAmount: l.carriesAmount,
            ...(l.contingent !== undefined ? { contingent: l.contingent } : {}),
          })),
        }
      : {}),
  };
}

/** A curator's amount as an interval. */
export function toAmount(a: DatasetAmount, defaultBasis?: AmountBasis): Amount {
  const basis = (a.basis as AmountBasis | undefined) ?? defaultBasis;
  return makeAmount(a.qualifier as AmountQualifier, a.value ?? null, a.text, {
    currency: a.currency,
    ...(basis !== undefined ? { basis } : {}),
    ...(a.mayBeZero !== undefined ? { mayBeZero: a.mayBeZero } : {}),
    ...(a.period !== undefined ? { period: a.period } : {}),
    ...(a.contingentOn !== undefined ? { contingentOn: a.contingentOn } : {}),
    ...(a.upperValue !== undefined ? { upperValue: a.upperValue } : {}),
  });
}

function toQuantity(
  q: { value: string; text: string; qualifier?: string | undefined },
  unit: QuantityUnit,
): Quantity {
  const a = makeAmount((q.qualifier ?? 'exact') as AmountQualifier, q.value, q.text);
  return {
    point: a.point,
    lower: a.lower,
    lowerInclusive: a.lowerInclusive,
    upper: a.upper,
    upperInclusive: a.upperInclusive,
    qualifier: a.qualifier,
    text: a.text,
    unit,
  };
}

function toTerms(t: DatasetDeal['terms']): DealTerms {
  return {
    ...(t.stakePercent ? { stakePercent: toQuantity(t.stakePercent, 'percent') } : {}),
    ...(t.valuation ? { valuation: toAmount(t.valuation, 'valuation') } : {}),
    ...(t.capacityGW ? { capacity: toQuantity(t.capacityGW, 'GW') } : {}),
    ...(t.shares ? { shares: toQuantity(t.shares, 'shares') } : {}),
    ...(t.duration !== undefined ? { duration: t.duration } : {}),
    ...(t.names !== undefined ? { names: t.names } : {}),
    ...(t.description !== undefined ? { description: t.description } : {}),
  };
}

function toDates(d: DatasetDeal['dates']): DealDates {
  const out: Record<string, FuzzyDate> = {};
  for (const key of ['announced', 'signed', 'completed', 'start', 'end'] as const) {
    const v = d[key];
    if (v !== undefined) out[key] = fuzzyFromIso(v);
  }
  return out;
}

/** "2025", "2025-06" or a range "2025/2029" as a fuzzy date window. */
export function periodToFuzzy(period: string): FuzzyDate {
  const [from, to] = period.split('/') as [IsoDate, IsoDate | undefined];
  if (to === undefined) return fuzzyFromIso(from, period);
  const precision =
    datePrecision(from) === 'year' || datePrecision(to) === 'year' ? 'year' : 'month';
  return { text: period, earliest: dateStart(from), latest: dateEnd(to), precision };
}

function companyFigure(f: DatasetFigure, doc: SourceDocument): CompanyFigure {
  return {
    id: figureId(f.id),
    entityId: entityId(f.entity),
    kind: f.kind as FigureKind,
    amount: toAmount(f.amount),
    ...(f.period !== undefined ? { period: periodToFuzzy(f.period) } : {}),
    documentId: doc.id,
    evidence: evidenceFor(f.source.quote, doc),
    publishedAt: f.source.date,
    origin: DATASET_ORIGIN,
    ...(f.note !== undefined ? { note: f.note } : {}),
  };
}

function toEntity(e: Dataset['entities'][number]): Entity {
  return {
    id: entityId(e.id),
    name: e.name,
    kind: e.kind as EntityKind,
    sector: e.sector as Sector,
    aliases: e.aliases.map((a) =>
      typeof a === 'string'
        ? { name: a, matchable: true }
        : { name: a.name, matchable: a.matchable },
    ),
    identifiers: stripUndefined(e.identifiers),
    parents: e.parents.map((p) => ({
      id: entityId(p.id),
      relation: p.relation,
      ...(p.share !== undefined ? { share: p.share } : {}),
    })),
    products: e.products,
    descriptors: e.descriptors,
    ...(e.description !== undefined ? { description: e.description } : {}),
  };
}

function stripUndefined<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}
