import { describe, expect, it } from 'vitest';
import { makeAmount } from '../core/amount.js';
import type { Claim } from '../core/claim.js';
import type { CompanyFigure } from '../core/figure.js';
import { claimId, documentId, entityId, figureId } from '../core/ids.js';
import { attachValuations } from './attach-valuations.js';

const claim = (type: Claim['type'], to: string): Claim => ({
  id: claimId(`c-${type}-${to}`), documentId: documentId('d'), type,
  from: { id: entityId('amazon'), name: 'Amazon' }, to: { id: entityId(to), name: to },
  amount: null, terms: {}, status: 'in_talks', dates: {}, attribution: { kind: 'journalist' }, hedges: [],
  evidence: [{ quote: 'Amazon is in talks', start: 0, end: 18 }], origin: 'rules@1', confidence: 0.8, review: 'unreviewed',
  publishedAt: '2025-12-17', recordedAt: '2025-12-17T00:00:00.000Z',
});
const valuation: CompanyFigure = {
  id: figureId('f'), entityId: entityId('openai'), kind: 'valuation',
  amount: makeAmount('exact', '500000000000', 'half a trillion dollars', { basis: 'valuation' }),
  documentId: documentId('d'), evidence: [{ quote: 'value OpenAI at half a trillion dollars', start: 40, end: 79 }],
  publishedAt: '2025-12-17', origin: 'rules@1',
};

describe('attachValuations', () => {
  it("adds the valued company's valuation to investments in it, with the sentence as evidence", () => {
    const [inv, other, compute] = attachValuations([claim('equity_investment', 'openai'), claim('equity_investment', 'anthropic'), claim('compute_purchase', 'openai')], [valuation]);
    expect(inv!.terms.valuation?.point).toBe('500000000000');
    expect(inv!.evidence.map((e) => e.start)).toEqual([0, 40]);
    expect(other!.terms.valuation).toBeUndefined();
    expect(compute!.terms.valuation).toBeUndefined();
  });

  it('keeps a valuation the claim already carries', () => {
    const own = { ...claim('equity_investment', 'openai'), terms: { valuation: makeAmount('exact', '300000000000', '$300bn') } };
    expect(attachValuations([own], [valuation])[0]!.terms.valuation?.point).toBe('300000000000');
  });
});
