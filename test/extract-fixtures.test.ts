// The gold articles (test/fixtures/articles): scores held at floors, and invariants every claim must keep.
import { describe, it, expect } from 'vitest';
import { intervalProblems } from '../src/core/amount.js';
import { evaluate, parseGoldFile } from '../src/extract/evaluate.js';
import { extractWithRules } from '../src/extract/rules-extractor.js';
import { loadFixtures, realGazetteer } from './extract-helpers.js';

// NOTE: floors are what the rules reach today, a little below so an added gold article does not
// break the build; raise them as the extractor improves. The targets (F1 0.85, amount
// 0.95, status 0.85) are not all reached yet: see the extractor's report.
const FLOORS = { precision: 0.87, recall: 0.61, f1: 0.72, amount: 0.93, status: 0.86 };

describe('gold articles', () => {
  const g = realGazetteer();
  const fixtures = loadFixtures();
  const runs = fixtures.map((f) => ({ f, predicted: extractWithRules(f.doc, { gazetteer: g, now: '2026-01-01T00:00:00.000Z' }) }));

  it('has gold articles to score', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(40);
  });

  it(`scores at least the floors on (from, to, type), amounts and statuses`, () => {
    const r = evaluate(runs.map(({ f, predicted }) => ({ name: f.name, predicted, gold: parseGoldFile(f.gold, f.name), gazetteer: g })));
    expect(r.precision).toBeGreaterThanOrEqual(FLOORS.precision);
    expect(r.recall).toBeGreaterThanOrEqual(FLOORS.recall);
    expect(r.f1).toBeGreaterThanOrEqual(FLOORS.f1);
    expect(r.amountAccuracy).toBeGreaterThanOrEqual(FLOORS.amount);
    expect(r.statusAccuracy).toBeGreaterThanOrEqual(FLOORS.status);
  });

  it('quotes every evidence span exactly at its offsets', () => {
    for (const { f, predicted } of runs) {
      for (const item of [...predicted.claims, ...predicted.figures]) {
        for (const e of item.evidence) expect(f.doc.text.slice(e.start, e.end)).toBe(e.quote);
      }
    }
  });

  it('gives every claim distinct deterministic ids, valid amounts, two parties and a confidence in 0..1', () => {
    for (const { f, predicted } of runs) {
      const again = extractWithRules(f.doc, { gazetteer: g, now: '2026-01-01T00:00:00.000Z' });
      expect(again.claims.map((c) => c.id)).toEqual(predicted.claims.map((c) => c.id));
      expect(new Set(predicted.claims.map((c) => c.id)).size).toBe(predicted.claims.length);
      for (const c of predicted.claims) {
        expect(c.confidence).toBeGreaterThanOrEqual(0);
        expect(c.confidence).toBeLessThanOrEqual(1);
        expect(c.from.id === null || c.from.id !== c.to.id).toBe(true);
        if (c.amount) expect(intervalProblems(c.amount)).toEqual([]);
        if (c.from.id) expect(g.entities.get(c.from.id)?.kind).not.toBe('outlet');
        if (c.to.id) expect(g.entities.get(c.to.id)?.kind).not.toBe('outlet');
      }
    }
  });
});
