import { describe, expect, it } from 'vitest';
import type { SourceDocument } from '../core/document.js';
import { documentId, entityId } from '../core/ids.js';
import { llmClaims } from './llm-claims.js';
import type { PartyResolver } from './llm-parties.js';
import { LlmResponseSchema, type LlmResponse } from './llm-schema.js';

const text =
  'Acme Corp agreed to lend Beta Labs $2 billion on 3 March. Beta Labs is valued at $9 billion. Gamma invested in Beta Labs.';
const doc: SourceDocument = {
  id: documentId('d1'),
  kind: 'news',
  url: null,
  outletId: null,
  outlet: null,
  title: null,
  publishedAt: '2025-03-05',
  retrievedAt: '2025-03-05T00:00:00Z',
  contentHash: 'h',
  text,
};
const known: Record<string, string> = { acme: 'acme', 'beta labs': 'beta' };
const resolveParty: PartyResolver = (name) => {
  const id = known[name.toLowerCase()];
  return id
    ? { id: entityId(id), name: id.toUpperCase(), mention: name }
    : { id: null, name, mention: name };
};
const ctx = { doc, origin: 'llm:test', recordedAt: '2025-03-06T00:00:00Z', resolveParty };
const answer = (raw: unknown): LlmResponse => LlmResponseSchema.parse(raw);
const loan = {
  type: 'loan',
  from: 'Acme',
  to: 'Beta Labs',
  status: 'signed',
  quote: 'Acme Corp agreed to lend Beta Labs $2 billion',
};

describe('llmClaims', () => {
  it('numbers kept claims, drops self-deals and repeats, and warns about unknown parties', () => {
    const out = llmClaims(
      answer({
        claims: [
          { ...loan, quote: 'Acme lent Beta Labs nothing at all, ever.' },
          loan,
          { ...loan, from: 'Beta Labs' },
          loan,
          {
            type: 'equity_investment',
            from: 'Gamma',
            to: 'Beta Labs',
            status: 'completed',
            quote: 'Gamma invested in Beta Labs.',
          },
        ],
      }),
      ctx,
    );
    expect(out.claims.map((c) => [c.id, c.from.id ?? c.from.name, c.to.id])).toEqual([
      ['llm:d1:0', 'acme', 'beta'],
      ['llm:d1:1', 'Gamma', 'beta'],
    ]);
    expect(out.warnings).toHaveLength(4);
    expect(out.warnings.filter((w) => w.includes('not in the article'))).toHaveLength(1);
    expect(out.warnings.some((w) => w.includes('both parties'))).toBe(true);
    expect(out.warnings.some((w) => w.includes('the same claim twice'))).toBe(true);
    expect(out.warnings.some((w) => w.includes('"Gamma" is not in the gazetteer'))).toBe(true);
  });

  it('keeps valid dates, ignores others with a warning', () => {
    const out = llmClaims(
      answer({
        claims: [
          { ...loan, dates: { announced: 'March 2025', signed: '2025-03-03', completed: null } },
        ],
      }),
      ctx,
    );
    expect(out.claims[0]?.dates).toEqual({
      signed: { precision: 'day', earliest: '2025-03-03', latest: '2025-03-03' },
    });
    expect(out.warnings).toEqual([
      expect.stringContaining('ignored llm:d1:0 announced date "March 2025"'),
    ]);
  });

  it('keeps figures of known companies only', () => {
    const amount = { phrase: '$9 billion', qualifier: 'exact', value: 9e9 };
    const out = llmClaims(
      answer({
        claims: [],
        figures: [
          {
            company: 'Beta Labs',
            kind: 'valuation',
            amount,
            quote: 'Beta Labs is valued at $9 billion.',
          },
          {
            company: 'Gamma',
            kind: 'valuation',
            amount,
            quote: 'Beta Labs is valued at $9 billion.',
          },
        ],
      }),
      ctx,
    );
    expect(out.figures.map((f) => [f.id, f.entityId, f.amount.point])).toEqual([
      ['llm:d1:f0', 'beta', '9000000000'],
    ]);
    expect(out.warnings).toEqual([
      expect.stringContaining('"Gamma": the company is not in the gazetteer'),
    ]);
  });
});
