/** Commitments per year: each leg spread over its term, beside the company's own figures for that year. */
import { amountValue } from '../core/amount.js';
import { decimalToBigInt } from '../core/decimal.js';
import { InputError } from '../core/errors.js';
import type { CompanyFigure, FigureKind } from '../core/figure.js';
import { dateEnd, dateStart, type IsoDate } from '../core/fuzzy-date.js';
import type { EntityId } from '../core/ids.js';
import type { GraphView } from './graph-view.js';
import { dayNumber } from './temporal-order.js';

export interface ScheduleYear {
  readonly year: number;
  /** What the company pays that year (its legs out, spread over their terms). */
  readonly outgoing: bigint;
  readonly incoming: bigint;
  /** The company's figures for that year by kind (multi-year figures spread evenly). */
  readonly figures: Readonly<Partial<Record<FigureKind, bigint>>>;
  /** outgoing / revenue (or run-rate revenue when no revenue is known); null without either. */
  readonly outgoingToRevenue: number | null;
}

export interface CommitmentSchedule {
  readonly id: EntityId;
  /** Every year with a commitment or a figure, ascending. */
  readonly years: readonly ScheduleYear[];
  /** Legs with an amount but no date at all. */
  readonly undated: { readonly outgoing: bigint; readonly incoming: bigint };
  readonly undisclosedLegs: number;
}

/**
 * Spread the company's commitments over the years of their terms: from the leg's start (else its
 * report date) to its end, else for its term ("P7Y"), else all in the start year; split by days,
 * exactly (the remainder goes to the last year). Figures use the view's amount policy and
 * currency; those of subsidiaries count for the parent when the view rolls them up.
 * @example commitmentSchedule(view, entityId('openai'), figures).years.find((y) => y.year === 2027)
 */
export function commitmentSchedule(view: GraphView, companyId: EntityId, figures: readonly CompanyFigure[] = []): CommitmentSchedule {
  if (view.rolledUp.has(companyId)) {
    throw new InputError(`schedule: "${companyId}" is rolled up into "${view.rolledUp.get(companyId)}" in this view`, { company: companyId });
  }
  const out = new Map<number, bigint>();
  const inc = new Map<number, bigint>();
  const figs = new Map<number, Partial<Record<FigureKind, bigint>>>();
  const undated = { outgoing: 0n, incoming: 0n };
  let undisclosedLegs = 0;
  for (const e of view.edges) {
    const dir = e.from === companyId ? 'outgoing' : e.to === companyId ? 'incoming' : null;
    if (dir === null) continue;
    if (e.amount === null) {
      undisclosedLegs++;
      continue;
    }
    const first = e.start ?? e.reportedAt;
    if (first === null) {
      undated[dir] += e.amount;
      continue;
    }
    const from = dayNumber(first);
    const to = e.end ? dayNumber(dateEnd(e.end)) : e.term ? addDuration(dateStart(first), e.term) - 1 : from;
    spread(e.amount, from, Math.max(from, to), dir === 'outgoing' ? out : inc);
  }
  for (const f of figures) {
    const owner = view.rolledUp.get(f.entityId) ?? f.entityId;
    if (owner !== companyId || f.amount.currency !== view.options.currency) continue;
    const v = amountValue(f.amount, view.options.policy);
    const date = f.period?.earliest ?? f.publishedAt;
    if (v === null || !date) continue;
    const byYear = new Map<number, bigint>();
    spread(decimalToBigInt(v), dayNumber(date), dayNumber(f.period?.latest ?? date), byYear);
    for (const [year, amount] of byYear) {
      const row = figs.get(year) ?? {};
      row[f.kind] = (row[f.kind] ?? 0n) + amount;
      figs.set(year, row);
    }
  }
  const allYears = [...new Set([...out.keys(), ...inc.keys(), ...figs.keys()])].sort((a, b) => a - b);
  const years = allYears.map((year): ScheduleYear => {
    const outgoing = out.get(year) ?? 0n;
    const f = figs.get(year) ?? {};
    const revenue = f.revenue ?? f.run_rate_revenue;
    return {
      year, outgoing, incoming: inc.get(year) ?? 0n, figures: f,
      outgoingToRevenue: revenue && revenue > 0n ? Number(outgoing) / Number(revenue) : null,
    };
  });
  return { id: companyId, years, undated, undisclosedLegs };
}

/** Split `amount` over the calendar years of days [from, to] (inclusive), proportionally to days. */
function spread(amount: bigint, from: number, to: number, into: Map<number, bigint>): void {
  const total = BigInt(to - from + 1);
  let given = 0n;
  let day = from;
  while (day <= to) {
    const year = new Date(day * 86_400_000).getUTCFullYear();
    const yearEnd = Date.UTC(year, 11, 31) / 86_400_000;
    const last = Math.min(to, yearEnd);
    const part = last === to ? amount - given : (amount * BigInt(last - day + 1)) / total;
    given += part;
    into.set(year, (into.get(year) ?? 0n) + part);
    day = last + 1;
  }
}

/** Day number of `start` plus an ISO 8601 duration ("P7Y", "P18M", "P1Y6M", "P90D"). */
function addDuration(start: IsoDate, duration: string): number {
  const m = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)D)?$/.exec(duration);
  const [y, mo, d] = start.split('-').map(Number) as [number, number, number];
  if (!m) return dayNumber(start);
  return Date.UTC(y + Number(m[1] ?? 0), mo - 1 + Number(m[2] ?? 0), d + Number(m[3] ?? 0)) / 86_400_000;
}
