import { describe, it, expect } from 'vitest';
import ai from '../../test/fixtures/graphs/ai-small.json' with { type: 'json' };
import type { Deal } from '../core/deal.js';
import type { Entity } from '../core/entity.js';
import type { CompanyFigure } from '../core/figure.js';
import { entityId } from '../core/ids.js';
import { commitmentSchedule } from './commitment-schedule.js';
import { graphFromEdgeList } from './edge-list.js';
import { buildGraphView } from './graph-view.js';

const fixture = ai as unknown as { entities: Entity[]; deals: Deal[]; figures: CompanyFigure[] };
const B = 1_000_000_000n;

describe('commitmentSchedule', () => {
  const view = buildGraphView(fixture.deals, fixture.entities);
  const schedule = commitmentSchedule(view, entityId('openai'), fixture.figures);
  const year = (y: number) => schedule.years.find((r) => r.year === y);

  it('spreads a commitment over its term, exactly', () => {
    // $300bn to Oracle over 2027–2031, split by days (leap year 2028 gets a little more).
    const only = buildGraphView(fixture.deals.filter((d) => d.id === 'openai-oracle-compute'), fixture.entities);
    const rows = commitmentSchedule(only, entityId('openai')).years;
    expect(rows.map((r) => r.year)).toEqual([2027, 2028, 2029, 2030, 2031]);
    expect(rows.reduce((a, r) => a + r.outgoing, 0n)).toBe(300n * B);
    expect(rows[1]!.outgoing).toBe((300n * B * 366n) / 1826n);
    expect(rows[1]!.outgoing).toBeGreaterThan(rows[2]!.outgoing);
    // Every disclosed outgoing leg is placed once: Oracle 300, Azure 250, AMD 55 (stated midpoint), AWS 38.
    const total = schedule.years.reduce((s, r) => s + r.outgoing, 0n) + schedule.undated.outgoing;
    expect(total).toBe(643n * B);
  });

  it('puts the company figures beside the commitments', () => {
    expect(year(2025)!.figures).toEqual({ revenue: 13n * B, cash_burn: 8_500_000_000n, funding_raised: 40n * B });
    expect(year(2025)!.outgoingToRevenue).toBeCloseTo(Number(year(2025)!.outgoing) / 13e9, 12);
    expect(year(2024)?.outgoingToRevenue ?? null).toBeNull();
    expect(schedule.years.map((r) => r.year)).toEqual([...schedule.years.map((r) => r.year)].sort((a, b) => a - b));
  });

  it('uses the term when there is no end date, and counts undated and undisclosed legs', () => {
    const v = graphFromEdgeList([
      { from: 'a', to: 'b', amount: 700n, date: '2025-01-01' },
      { from: 'a', to: 'c', amount: 10n },
      { from: 'a', to: 'd', amount: null, date: '2025' },
    ]);
    const withTerm = { ...v, edges: v.edges.map((e, i) => (i === 0 ? { ...e, term: 'P7Y' } : e)) };
    const s = commitmentSchedule(withTerm, entityId('a'));
    expect(s.years.map((r) => r.year)).toEqual([2025, 2026, 2027, 2028, 2029, 2030, 2031]);
    expect(s.years.reduce((t, r) => t + r.outgoing, 0n)).toBe(700n);
    expect(s.years[0]!.outgoing).toBe(99n); // 365 of 2557 days
    expect(s).toMatchObject({ undated: { outgoing: 10n, incoming: 0n }, undisclosedLegs: 1 });
  });
});
