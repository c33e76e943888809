/** Conversions between domain records and table rows; JSON columns for nested data. */
import type { Amount } from '../core/amount.js';
import type { Claim, ClaimRelation, ReviewState } from '../core/claim.js';
import type { DealRecord, Judgement } from '../core/deal.js';
import type { DealStatus } from '../core/deal-status.js';
import type { DealType } from '../core/deal-type.js';
import type { DocumentKind, SourceDocument } from '../core/document.js';
import type { Entity, EntityKind, Sector } from '../core/entity.js';
import type { CompanyFigure, FigureKind } from '../core/figure.js';
import type { ClaimId, DealId, DocumentId, EntityId, FigureId, JudgementId } from '../core/ids.js';
import type { ActionRecord } from './store.js';
import type {
  ActionsTable,
  ClaimsTable,
  DealRecordsTable,
  DocumentsTable,
  EntitiesTable,
  FiguresTable,
  JsonText,
  JudgementsTable,
} from './store-tables.js';

/** Serialise for a JSON column. */
export function toJson(value: unknown): JsonText {
  return JSON.stringify(value);
}

/** Read a JSON column. NOTE: tolerant of drivers that hand back parsed values (PostgreSQL jsonb). */
export function fromJson<T>(value: unknown): T {
  return (typeof value === 'string' ? JSON.parse(value) : value) as T;
}

export function entityToRow(e: Entity): EntitiesTable {
  return {
    id: e.id,
    name: e.name,
    kind: e.kind,
    sector: e.sector,
    aliases: toJson(e.aliases),
    identifiers: toJson(e.identifiers),
    parents: toJson(e.parents),
    products: toJson(e.products),
    descriptors: toJson(e.descriptors),
    description: e.description ?? null,
  };
}

export function rowToEntity(r: EntitiesTable): Entity {
  return {
    id: r.id as EntityId,
    name: r.name,
    kind: r.kind as EntityKind,
    sector: r.sector as Sector,
    aliases: fromJson(r.aliases),
    identifiers: fromJson(r.identifiers),
    parents: fromJson(r.parents),
    products: fromJson(r.products),
    descriptors: fromJson(r.descriptors),
    ...(r.description !== null ? { description: r.description } : {}),
  };
}

export function documentToRow(d: SourceDocument): DocumentsTable {
  return {
    id: d.id,
    kind: d.kind,
    url: d.url,
    outlet_id: d.outletId,
    outlet: d.outlet,
    title: d.title,
    published_at: d.publishedAt,
    retrieved_at: d.retrievedAt,
    content_hash: d.contentHash,
    text: d.text,
  };
}

export function rowToDocument(r: DocumentsTable): SourceDocument {
  return {
    id: r.id as DocumentId,
    kind: r.kind as DocumentKind,
    url: r.url,
    outletId: r.outlet_id as EntityId | null,
    outlet: r.outlet,
    title: r.title,
    publishedAt: r.published_at,
    retrievedAt: r.retrieved_at,
    contentHash: r.content_hash,
    text: r.text,
  };
}

export function claimToRow(c: Claim): ClaimsTable {
  return {
    id: c.id,
    document_id: c.documentId,
    type: c.type,
    from_party: toJson(c.from),
    to_party: toJson(c.to),
    from_id: c.from.id,
    to_id: c.to.id,
    amount: c.amount === null ? null : toJson(c.amount),
    terms: toJson(c.terms),
    status: c.status,
    dates: toJson(c.dates),
    attribution: toJson(c.attribution),
    hedges: toJson(c.hedges),
    evidence: toJson(c.evidence),
    origin: c.origin,
    confidence: c.confidence,
    review: c.review,
    reviewed_by: null,
    reviewed_at: null,
    published_at: c.publishedAt,
    recorded_at: c.recordedAt,
    relation: c.relation ?? null,
    edit_of: c.editOf ?? null,
    legs: c.legs === undefined ? null : toJson(c.legs),
  };
}

export function rowToClaim(r: ClaimsTable): Claim {
  return {
    id: r.id as ClaimId,
    documentId: r.document_id as DocumentId,
    type: r.type as DealType,
    from: fromJson(r.from_party),
    to: fromJson(r.to_party),
    amount: r.amount === null ? null : fromJson<Amount>(r.amount),
    terms: fromJson(r.terms),
    status: r.status as DealStatus,
    dates: fromJson(r.dates),
    attribution: fromJson(r.attribution),
    hedges: fromJson(r.hedges),
    evidence: fromJson(r.evidence),
    origin: r.origin,
    confidence: r.confidence,
    review: r.review as ReviewState,
    publishedAt: r.published_at,
    recordedAt: r.recorded_at,
    ...(r.relation !== null ? { relation: r.relation as ClaimRelation } : {}),
    ...(r.edit_of !== null ? { editOf: r.edit_of as ClaimId } : {}),
    ...(r.legs !== null ? { legs: fromJson(r.legs) } : {}),
  };
}

export function judgementToRow(j: Judgement): JudgementsTable {
  return {
    id: j.id,
    claim_id: j.claimId,
    deal_id: j.dealId,
    judgement: j.judgement,
    score: j.score,
    user: j.user,
    created_at: j.createdAt,
    deleted_at: j.deletedAt,
  };
}

export function rowToJudgement(r: JudgementsTable): Judgement {
  return {
    id: r.id as JudgementId,
    claimId: r.claim_id as ClaimId,
    dealId: r.deal_id as DealId,
    judgement: r.judgement as Judgement['judgement'],
    score: r.score,
    user: r.user,
    createdAt: r.created_at,
    deletedAt: r.deleted_at,
  };
}

export function dealToRow(d: DealRecord): DealRecordsTable {
  return {
    id: d.id,
    title: d.title,
    version: d.version,
    relations: toJson(d.relations),
    notes: d.notes ?? null,
    created_at: d.createdAt,
    updated_at: d.updatedAt,
  };
}

export function rowToDeal(r: DealRecordsTable): DealRecord {
  return {
    id: r.id as DealId,
    title: r.title,
    // NOTE: Number() because some drivers return integers as strings or bigints.
    version: Number(r.version),
    relations: fromJson(r.relations),
    ...(r.notes !== null ? { notes: r.notes } : {}),
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

export function figureToRow(f: CompanyFigure): FiguresTable {
  return {
    id: f.id,
    entity_id: f.entityId,
    kind: f.kind,
    amount: toJson(f.amount),
    period: f.period === undefined ? null : toJson(f.period),
    document_id: f.documentId,
    evidence: toJson(f.evidence),
    published_at: f.publishedAt,
    origin: f.origin,
    note: f.note ?? null,
  };
}

export function rowToFigure(r: FiguresTable): CompanyFigure {
  return {
    id: r.id as FigureId,
    entityId: r.entity_id as EntityId,
    kind: r.kind as FigureKind,
    amount: fromJson(r.amount),
    ...(r.period !== null ? { period: fromJson(r.period) } : {}),
    documentId: r.document_id as DocumentId | null,
    evidence: fromJson(r.evidence),
    publishedAt: r.published_at,
    origin: r.origin,
    ...(r.note !== null ? { note: r.note } : {}),
  };
}

export function actionToRow(a: ActionRecord): Omit<ActionsTable, 'seq'> {
  return {
    id: a.id,
    kind: a.kind,
    who: a.who,
    at: a.at,
    target: a.target,
    payload: toJson(a.payload === undefined ? null : a.payload),
    undo_of: a.undoOf,
  };
}

export function rowToAction(r: Omit<ActionsTable, 'seq'>): ActionRecord {
  return {
    id: r.id,
    kind: r.kind,
    who: r.who,
    at: r.at,
    target: r.target,
    payload: fromJson(r.payload),
    undoOf: r.undo_of,
  };
}
