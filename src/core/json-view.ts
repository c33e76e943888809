/**
 * The JSON shapes the CLI prints and the API returns: amounts with numbers in currency units,
 * claims and deals with the same field names everywhere (`type`, `from`, `to`, `amount`, `status`).
 */
import type { Amount, Interval, Quantity } from './amount.js';
import { formatAmount } from './amount-format.js';
import type { Claim, DealTerms } from './claim.js';
import { type Deal, type Leg, dealDate } from './deal.js';
import { type DecimalString, decimalToNumber } from './decimal.js';

const num = (v: DecimalString | null): number | null => (v === null ? null : decimalToNumber(v));

/** Interval bounds as JSON numbers. */
export interface IntervalJson {
  readonly point: number | null;
  readonly lower: number | null;
  readonly lowerInclusive: boolean;
  readonly upper: number | null;
  readonly upperInclusive: boolean;
  readonly qualifier: string;
  readonly text: string;
}

export interface AmountJson extends IntervalJson {
  readonly currency: string;
  readonly mayBeZero: boolean;
  readonly basis: string;
  readonly period?: string;
  readonly contingentOn?: string;
}

function intervalToJson(i: Interval): IntervalJson {
  return {
    point: num(i.point),
    lower: num(i.lower),
    lowerInclusive: i.lowerInclusive,
    upper: num(i.upper),
    upperInclusive: i.upperInclusive,
    qualifier: i.qualifier,
    text: i.text,
  };
}

export function amountToJson(a: Amount | null | undefined): AmountJson | null {
  if (!a) return null;
  return {
    currency: a.currency,
    ...intervalToJson(a),
    mayBeZero: a.mayBeZero,
    basis: a.basis,
    ...(a.period ? { period: a.period } : {}),
    ...(a.contingentOn ? { contingentOn: a.contingentOn } : {}),
  };
}

export function quantityToJson(q: Quantity | undefined): (IntervalJson & { unit: string }) | undefined {
  return q ? { unit: q.unit, ...intervalToJson(q) } : undefined;
}

export function termsToJson(t: DealTerms): Record<string, unknown> {
  return {
    ...(t.stakePercent ? { stakePercent: quantityToJson(t.stakePercent) } : {}),
    ...(t.valuation ? { valuation: amountToJson(t.valuation) } : {}),
    ...(t.capacity ? { capacity: quantityToJson(t.capacity) } : {}),
    ...(t.shares ? { shares: quantityToJson(t.shares) } : {}),
    ...(t.duration ? { duration: t.duration } : {}),
    ...(t.names?.length ? { names: t.names } : {}),
    ...(t.description ? { description: t.description } : {}),
  };
}

export function claimToJson(c: Claim) {
  return {
    id: c.id,
    documentId: c.documentId,
    type: c.type,
    from: c.from,
    to: c.to,
    amount: amountToJson(c.amount),
    terms: termsToJson(c.terms),
    status: c.status,
    dates: c.dates,
    attribution: c.attribution,
    hedges: c.hedges,
    evidence: c.evidence,
    confidence: c.confidence,
    origin: c.origin,
    review: c.review,
    publishedAt: c.publishedAt,
    recordedAt: c.recordedAt,
    ...(c.relation ? { relation: c.relation } : {}),
    ...(c.editOf ? { editOf: c.editOf } : {}),
  };
}

export function legToJson(l: Leg) {
  return { ...l, amount: amountToJson(l.amount) };
}

/** A consolidated deal as JSON; `claims` holds the claims themselves when given, else their ids. */
export function dealToJson(d: Deal, claims?: readonly Claim[]) {
  return {
    id: d.id,
    title: d.title,
    type: d.type,
    from: d.from,
    to: d.to,
    amount: amountToJson(d.amount),
    status: d.status,
    dates: d.dates,
    terms: termsToJson(d.terms),
    legs: d.legs.map(legToJson),
    claims: claims ? claims.map(claimToJson) : d.claimIds,
    sources: d.sources,
    independentSources: d.sources.filter((s) => s.independent).length,
    conflicts: d.conflicts.map((c) => ({
      field: c.field,
      values: c.values.map((v) => ({ ...v, value: jsonValue(v.value) })),
    })),
    history: d.history,
    relations: d.relations,
    provenance: d.provenance,
    firstReported: d.firstReported,
    reviewed: d.reviewed,
    version: d.version,
  };
}

/** The deal fields the map shows beside an edge, and a related deal's line on the deal page. */
export function dealSummary(d: Deal) {
  return {
    id: d.id,
    title: d.title,
    type: d.type,
    status: d.status,
    from: d.from,
    to: d.to,
    amountText: formatAmount(d.amount),
    reported: d.amount?.text ?? null,
    date: dealDate(d),
    firstReported: d.firstReported,
    independentSources: d.sources.filter((s) => s.independent).length,
    reviewed: d.reviewed,
  };
}

export type DealSummaryJson = ReturnType<typeof dealSummary>;

/** Amount-like values inside conflicts become JSON amounts; anything else passes through. */
function jsonValue(v: unknown): unknown {
  if (v && typeof v === 'object' && 'qualifier' in v && 'currency' in v) return amountToJson(v as Amount);
  return v;
}
