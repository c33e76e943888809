/** Amounts on the map's lines: slid along the line off companies and off each other, or left out when nothing is free. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type EdgeLabel, edgeLabelBox, placeEdgeLabels } from '../src/web/map/edge-label-room.js';
import { type Box, labelBox } from '../src/web/map/label-room.js';

const overlap = (a: Box, b: Box) =>
  Math.min(a.right, b.right) > Math.max(a.left, b.left) &&
  Math.min(a.bottom, b.bottom) > Math.max(a.top, b.top);

const straight = (
  id: string,
  text: string,
  x1: number,
  y1: number,
  x2: number,
  y2: number,
  priority = 1,
): EdgeLabel => ({
  id,
  text,
  font: 14,
  priority,
  source: { x: x1, y: y1 },
  target: { x: x2, y: y2 },
  mid: { x: (x1 + x2) / 2, y: (y1 + y2) / 2 },
});

const boxAt = (e: EdgeLabel, spot: { dx: number; dy: number; text: string; font: number }) =>
  edgeLabelBox(spot.text, spot.font, { x: e.mid.x + spot.dx, y: e.mid.y + spot.dy });

describe('placeEdgeLabels', () => {
  it('keeps a label in the middle of its line when nothing is there', () => {
    const e = straight('a', '$40B', 0, 0, 400, 0);
    expect(placeEdgeLabels([e], []).get('a')).toEqual({ dx: 0, dy: 0, text: '$40B', font: 14 });
  });

  it('slides a label off a company name that sits on its midpoint, staying on the line', () => {
    const e = straight('a', '$204B · 3 deals', 0, 0, 600, 0);
    const company = labelBox({ id: 'c', x: 300, y: -20, size: 40, label: 'OpenAI' });
    expect(overlap(boxAt(e, { dx: 0, dy: 0, text: e.text, font: e.font }), company)).toBe(true);
    const spot = placeEdgeLabels([e], [company]).get('a');
    expect(spot).not.toBeNull();
    expect(spot!.dy).toBe(0);
    expect(spot!.dx).not.toBe(0);
    expect(overlap(boxAt(e, spot!), company)).toBe(false);
  });

  it('gives the middle to the larger payment when two lines cross there, and moves the other', () => {
    const big = straight('big', '$300B', -300, 0, 300, 0, 300);
    const small = straight('small', '$10B', 0, -300, 0, 300, 10);
    const out = placeEdgeLabels([small, big], []);
    expect(out.get('big')).toMatchObject({ dx: 0, dy: 0, text: '$300B' });
    const s = out.get('small');
    expect(s).not.toBeNull();
    expect(Math.abs(s!.dy)).toBeGreaterThan(0);
    expect(overlap(boxAt(small, s!), boxAt(big, out.get('big')!))).toBe(false);
  });

  it('puts a label just beside its line when the line itself is covered, close enough to read as its own', () => {
    const e = straight('a', '$12B', 0, 0, 300, 0);
    // A long name sits just above the line along its whole middle.
    const band: Box = { left: 20, right: 280, top: -20, bottom: -1 };
    const spot = placeEdgeLabels([e], [band]).get('a');
    expect(spot).not.toBeNull();
    expect(spot!.dy).toBeGreaterThan(6);
    expect(spot!.dy).toBeLessThan(30);
    expect(overlap(boxAt(e, spot!), band)).toBe(false);
  });

  it('drops the deal count, then shrinks, before it gives up a crowded line', () => {
    const e = { ...straight('a', '$264B · 3 deals', 0, 0, 140, 0), short: '$264B' };
    // Companies at both ends leave room for a short label only.
    const ends: Box[] = [
      { left: -60, right: 30, top: -30, bottom: 30 },
      { left: 110, right: 200, top: -30, bottom: 30 },
    ];
    const spot = placeEdgeLabels([e], ends).get('a');
    expect(spot).toMatchObject({ text: '$264B', font: 14 });
    const tighter: Box[] = [
      { left: -60, right: 50, top: -30, bottom: 30 },
      { left: 90, right: 200, top: -30, bottom: 30 },
    ];
    expect(placeEdgeLabels([e], tighter).get('a')).toMatchObject({ text: '$264B', font: 11 });
  });

  it('leaves a label out when its whole line runs under companies', () => {
    const e = straight('a', '$5B', 0, 0, 80, 0);
    const wall: Box = { left: -50, right: 130, top: -40, bottom: 40 };
    expect(placeEdgeLabels([e], [wall]).get('a')).toBeNull();
  });

  it('never prints a label over a company or another label, and places the same way in any input order', () => {
    const point = fc.record({
      x: fc.integer({ min: -400, max: 400 }),
      y: fc.integer({ min: -400, max: 400 }),
    });
    fc.assert(
      fc.property(
        fc.uniqueArray(
          fc.record({
            id: fc.string({ minLength: 1, maxLength: 4 }),
            a: point,
            b: point,
            p: fc.nat(500),
          }),
          {
            selector: (r) => r.id,
            maxLength: 25,
          },
        ),
        fc.array(point, { maxLength: 10 }),
        (raw, centres) => {
          const labels = raw.map((r) =>
            straight(r.id, `$${r.p}B`, r.a.x, r.a.y, r.b.x, r.b.y, r.p),
          );
          const companies = centres.map((c, i) =>
            labelBox({ id: `n${i}`, ...c, size: 30, label: 'Company' }),
          );
          const out = placeEdgeLabels(labels, companies);
          const boxes = labels.flatMap((e) => (out.get(e.id) ? [boxAt(e, out.get(e.id)!)] : []));
          for (const b of boxes) for (const c of companies) expect(overlap(b, c)).toBe(false);
          for (let i = 0; i < boxes.length; i++)
            for (let j = i + 1; j < boxes.length; j++)
              expect(overlap(boxes[i]!, boxes[j]!)).toBe(false);
          expect(placeEdgeLabels([...labels].reverse(), companies)).toEqual(out);
        },
      ),
    );
  });
});
