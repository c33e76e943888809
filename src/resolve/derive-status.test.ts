import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEAL_STATUSES, type DealStatus } from '../core/deal-status.js';
import { claimId } from '../core/ids.js';
import { type StatusReport, deriveStatus } from './derive-status.js';

let n = 0;
const r = (status: DealStatus, date: string, dated = false): StatusReport => ({
  claimId: claimId(`c${++n}`),
  status,
  date,
  dated,
});
const statusOf = (...reports: StatusReport[]) => deriveStatus(reports).status;

describe('deriveStatus', () => {
  it('never moves back on a late report of an earlier stage', () => {
    expect(statusOf(r('signed', '2025-11-20', true), r('in_talks', '2025-12-05'))).toBe('signed');
    expect(statusOf(r('in_talks', '2025-12-05'), r('announced', '2025-11-01', true))).toBe(
      'announced',
    );
  });

  it('orders history by event time, whatever order the reports come in', () => {
    const { history } = deriveStatus([
      r('completed', '2026-02-01', true),
      r('in_talks', '2025-10-01'),
      r('signed', '2025-12-01', true),
    ]);
    expect(history.map((e) => e.status)).toEqual(['in_talks', 'signed', 'completed']);
  });

  it('ends a deal on cancellation and reopens it only on a firmer stage or a dated one', () => {
    expect(
      statusOf(
        r('in_talks', '2025-01-01'),
        r('cancelled', '2025-02-01'),
        r('in_talks', '2025-03-01'),
      ),
    ).toBe('cancelled');
    expect(
      statusOf(
        r('in_talks', '2025-01-01'),
        r('cancelled', '2025-02-01'),
        r('in_talks', '2025-03-01', true),
      ),
    ).toBe('in_talks');
    expect(
      statusOf(
        r('in_talks', '2025-01-01'),
        r('cancelled', '2025-02-01'),
        r('signed', '2025-03-01'),
      ),
    ).toBe('signed');
    expect(statusOf(r('signed', '2025-03-01'), r('cancelled', '2025-02-01'))).toBe('signed');
  });

  it('lets a denial stand only before an announcement, and a stall only before signing', () => {
    expect(statusOf(r('rumoured', '2025-01-01'), r('denied', '2025-01-02'))).toBe('denied');
    expect(statusOf(r('announced', '2025-01-01'), r('denied', '2025-01-02'))).toBe('announced');
    expect(statusOf(r('announced', '2025-01-01'), r('stalled', '2025-01-02'))).toBe('stalled');
    expect(statusOf(r('signed', '2025-01-01'), r('stalled', '2025-01-02'))).toBe('signed');
  });

  it('keeps an amendment until a first completion', () => {
    expect(
      statusOf(r('signed', '2025-01-01'), r('amended', '2025-02-01'), r('signed', '2025-03-01')),
    ).toBe('amended');
    expect(
      statusOf(r('signed', '2025-01-01'), r('amended', '2025-02-01'), r('completed', '2025-03-01')),
    ).toBe('completed');
  });

  it('puts a same-day cancellation after the stage it ends', () => {
    expect(statusOf(r('cancelled', '2025-01-01'), r('in_talks', '2025-01-01'))).toBe('cancelled');
  });

  it('does not depend on the order of the reports', () => {
    const report = fc.record({
      status: fc.constantFrom(...DEAL_STATUSES),
      day: fc.integer({ min: 1, max: 28 }),
      dated: fc.boolean(),
    });
    fc.assert(
      fc.property(
        fc.array(report, { minLength: 1, maxLength: 8 }),
        fc.infiniteStream(fc.nat()),
        (specs, seeds) => {
          const reports = specs.map((s, i) => ({
            claimId: claimId(`k${i}`),
            status: s.status,
            date: `2025-01-${String(s.day).padStart(2, '0')}`,
            dated: s.dated,
          }));
          const keys = reports.map(() => seeds.next().value as number);
          const shuffled = reports
            .map((x, i) => [keys[i]!, x] as const)
            .sort((a, b) => a[0] - b[0])
            .map(([, x]) => x);
          expect(deriveStatus(shuffled)).toEqual(deriveStatus(reports));
        },
      ),
    );
  });

  it('never drops below the firmest forward stage reached unless interrupted', () => {
    const forward = fc.constantFrom<DealStatus>(
      'rumoured',
      'in_talks',
      'announced',
      'signed',
      'completed',
    );
    fc.assert(
      fc.property(fc.array(forward, { minLength: 1, maxLength: 8 }), (statuses) => {
        const order = ['rumoured', 'in_talks', 'announced', 'signed', 'completed'];
        const reports = statuses.map((s, i) => ({
          claimId: claimId(`f${i}`),
          status: s,
          date: `2025-0${(i % 9) + 1}-01`,
          dated: false,
        }));
        const best = statuses.reduce((m, s) => (order.indexOf(s) > order.indexOf(m) ? s : m));
        expect(deriveStatus(reports).status).toBe(best);
      }),
    );
  });
});
