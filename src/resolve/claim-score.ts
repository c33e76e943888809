/** How alike two claims are, 0..1: blocking on parties and type, then a weighted score of what both report. */
import type { Amount, Interval, Quantity } from '../core/amount.js';
import type { Claim, PartyRef } from '../core/claim.js';
import type { DealType } from '../core/deal-type.js';
import { type Entity, rollupRoot } from '../core/entity.js';
import { dateStart } from '../core/fuzzy-date.js';
import type { EntityId } from '../core/ids.js';
import { partyEntityId } from './build-legs.js';
import { DATE_FIELDS, dateWindow } from './consolidate-dates.js';
import { agree, boundsOf, hasNumbers, intersectBounds, overlapRatio } from './interval-math.js';

/** What scoring needs besides the two claims. */
export interface ScoreContext {
  readonly entities: ReadonlyMap<EntityId, Entity>;
  readonly windowDays: number;
}

/** Types reported for the same deal by different extractors or outlets ("cloud" vs "chips"). */
const COMPATIBLE: ReadonlySet<string> = new Set([
  'compute_purchase|service_purchase',
  'compute_purchase|hardware_purchase',
]);

/** 1 for the same type, 0.5 for a compatible one (or "other"), null when they cannot be one deal. */
export function typeAgreement(a: DealType, b: DealType): number | null {
  if (a === b) return 1;
  if (a === 'other' || b === 'other') return 0.5;
  return COMPATIBLE.has([a, b].sort().join('|')) ? 0.5 : null;
}

/** The party a claim names, rolled up to its top parent (AWS → Amazon). */
export function partyRoot(p: PartyRef, entities: ReadonlyMap<EntityId, Entity>): string {
  return p.id ? rollupRoot(p.id, entities) : `name:${partyEntityId(p)}`;
}

const blockKeys = new WeakMap<ReadonlyMap<EntityId, Entity>, WeakMap<Claim, string>>();

/** The blocking key of a claim: its unordered pair of rolled-up parties. */
export function blockKey(c: Claim, entities: ReadonlyMap<EntityId, Entity>): string {
  let cache = blockKeys.get(entities);
  if (!cache) blockKeys.set(entities, (cache = new WeakMap()));
  let key = cache.get(c);
  if (key === undefined) {
    key = [partyRoot(c.from, entities), partyRoot(c.to, entities)].sort().join('|');
    cache.set(c, key);
  }
  return key;
}

/** Days between two report dates, or null when either is unknown. */
export function daysApart(a: Claim, b: Claim): number | null {
  if (!a.publishedAt || !b.publishedAt) return null;
  return (
    Math.abs(Date.parse(dateStart(a.publishedAt)) - Date.parse(dateStart(b.publishedAt))) /
    86_400_000
  );
}

function intervalAgreement(
  a: Interval | undefined | null,
  b: Interval | undefined | null,
): number | null {
  if (!hasNumbers(a) || !hasNumbers(b)) return null;
  const strict = intersectBounds(boundsOf(a), boundsOf(b));
  if (strict) return 0.7 + 0.3 * overlapRatio(boundsOf(a), boundsOf(b));
  return agree([boundsOf(a), boundsOf(b)]) ? 0.7 : 0;
}

function amountAgreement(
  a: Amount | undefined | null,
  b: Amount | undefined | null,
): number | null {
  if (!a || !b || a.currency !== b.currency || a.basis !== b.basis) return null;
  return intervalAgreement(a, b);
}

function quantityAgreement(a: Quantity | undefined, b: Quantity | undefined): number | null {
  if (!a || !b || a.unit !== b.unit) return null;
  return intervalAgreement(a, b);
}

const norm = (s: string) => s.trim().toLowerCase();

/** A feature's value and weight; features neither claim informs are left out. */
type Feature = readonly [name: string, value: number, weight: number];

/**
 * Score two claims for being reports of the same deal; null when blocking rules them out
 * (different rolled-up parties, or types that cannot be one deal). Features and weights:
 * type 2, roles 2, amount 3, valuation 1, stake 1, capacity 2, shares 1, term length 1,
 * distinctive names 3 (1 when both name different things), event dates 2, report proximity 1.
 * The score is the weighted mean of the features both claims inform.
 */
export function scoreClaims(
  a: Claim,
  b: Claim,
  ctx: ScoreContext,
  opts: { readonly ignoreAmount?: boolean } = {},
): { score: number; features: Feature[] } | null {
  if (blockKey(a, ctx.entities) !== blockKey(b, ctx.entities)) return null;
  const type = typeAgreement(a.type, b.type);
  if (type === null) return null;
  const features: Feature[] = [['type', type, 2]];

  const same = (x: PartyRef, y: PartyRef) => partyEntityId(x) === partyEntityId(y);
  const sameRoot = (x: PartyRef, y: PartyRef) =>
    partyRoot(x, ctx.entities) === partyRoot(y, ctx.entities);
  const roles =
    same(a.from, b.from) && same(a.to, b.to)
      ? 1
      : sameRoot(a.from, b.from) && sameRoot(a.to, b.to)
        ? 0.9
        : 0.3;
  features.push(['roles', roles, 2]);

  const add = (name: string, value: number | null, weight: number) => {
    if (value !== null) features.push([name, value, weight]);
  };
  if (!opts.ignoreAmount) add('amount', amountAgreement(a.amount, b.amount), 3);
  add('valuation', amountAgreement(a.terms.valuation, b.terms.valuation), 1);
  add('stake', quantityAgreement(a.terms.stakePercent, b.terms.stakePercent), 1);
  add('capacity', quantityAgreement(a.terms.capacity, b.terms.capacity), 2);
  add('shares', quantityAgreement(a.terms.shares, b.terms.shares), 1);
  const da = a.terms.duration ?? a.amount?.period;
  const db = b.terms.duration ?? b.amount?.period;
  if (da && db) add('duration', da === db ? 1 : 0, 1);

  const na = new Set((a.terms.names ?? []).map(norm));
  const nb = (b.terms.names ?? []).map(norm);
  if (na.size && nb.length) {
    const shared = nb.some((n) => na.has(n));
    add('names', shared ? 1 : 0, shared ? 3 : 1);
  }

  const dateScores: number[] = [];
  for (const f of DATE_FIELDS) {
    const x = a.dates[f];
    const y = b.dates[f];
    const wx = x ? dateWindow(x) : null;
    const wy = y ? dateWindow(y) : null;
    if (wx && wy) dateScores.push(wx.from <= wy.to && wy.from <= wx.to ? 1 : 0);
  }
  if (dateScores.length) add('dates', dateScores.reduce((s, x) => s + x, 0) / dateScores.length, 2);

  const days = daysApart(a, b);
  if (days !== null) add('proximity', Math.max(0, 1 - days / ctx.windowDays), 1);

  let sum = 0;
  let weights = 0;
  for (const [, v, w] of features) {
    sum += v * w;
    weights += w;
  }
  return { score: sum / weights, features };
}
