/** Valuations reported beside an investment become a term of that investment as well as a company figure. */
import type { Claim } from '../core/claim.js';
import type { CompanyFigure } from '../core/figure.js';

/**
 * Give each equity investment (and acquisition) in a company the valuation the same article
 * reports for that company ("the round would value OpenAI at $500 billion"), unless the claim
 * already carries one. The figure is kept too: it is also a fact about the company.
 * @example attachValuations(result.claims, result.figures)
 */
export function attachValuations(claims: readonly Claim[], figures: readonly CompanyFigure[]): Claim[] {
  const valuations = figures.filter((f) => f.kind === 'valuation');
  if (!valuations.length) return [...claims];
  return claims.map((c) => {
    if (c.terms.valuation || (c.type !== 'equity_investment' && c.type !== 'acquisition') || !c.to.id) return c;
    const v = valuations.find((f) => f.entityId === c.to.id);
    if (!v) return c;
    return { ...c, terms: { ...c.terms, valuation: v.amount }, evidence: mergeEvidence(c, v) };
  });
}

function mergeEvidence(c: Claim, f: CompanyFigure): Claim['evidence'] {
  const seen = new Set(c.evidence.map((e) => `${e.start}:${e.end}`));
  return [...c.evidence, ...f.evidence.filter((e) => !seen.has(`${e.start}:${e.end}`))].sort((a, b) => a.start - b.start);
}
