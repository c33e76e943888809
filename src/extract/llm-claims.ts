/** Turn a validated LLM answer into grounded claims and company figures; what cannot be grounded is dropped. */
import type { Attribution, Claim, DealDates, DealTerms, Evidence } from '../core/claim.js';
import type { SourceDocument } from '../core/document.js';
import type { CompanyFigure } from '../core/figure.js';
import { fuzzyFromIso, isIsoDate, type FuzzyDate } from '../core/fuzzy-date.js';
import { claimId, figureId } from '../core/ids.js';
import { llmAmount, llmPercent } from './llm-amount.js';
import { createGrounder, type Grounder } from './llm-ground.js';
import type { PartyResolver } from './llm-parties.js';
import type { LlmClaim, LlmFigure, LlmResponse } from './llm-schema.js';

export interface LlmClaimContext {
  readonly doc: SourceDocument;
  /** "llm:qwen2.5:7b". */
  readonly origin: string;
  /** System time for `recordedAt`. */
  readonly recordedAt: string;
  readonly resolveParty: PartyResolver;
}

export interface LlmClaimsResult {
  readonly claims: Claim[];
  readonly figures: CompanyFigure[];
  readonly warnings: string[];
}

/** The share of a model's own confidence we keep: an LLM claim is never as sure as its model says. */
export const LLM_CONFIDENCE_FACTOR = 0.9;

const short = (s: string, n = 80): string => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

function confidenceOf(c: number): number {
  const clamped = Number.isFinite(c) ? Math.min(1, Math.max(0, c)) : 0.5;
  return Math.round(clamped * LLM_CONFIDENCE_FACTOR * 1000) / 1000;
}

function dateOf(
  value: string | null,
  field: string,
  warn: (m: string) => void,
): FuzzyDate | undefined {
  if (value === null || !value.trim()) return undefined;
  const d = value.trim();
  if (isIsoDate(d)) return fuzzyFromIso(d);
  warn(`ignored ${field} date "${short(d, 30)}": not YYYY, YYYY-MM or YYYY-MM-DD`);
  return undefined;
}

/** The text the evidence spans cover, for reading amounts in context. */
const evidenceText = (ev: readonly Evidence[]): string => ev.map((e) => e.quote).join(' … ');

function toClaim(
  c: LlmClaim,
  evidence: Evidence[],
  ctx: LlmClaimContext,
  index: number,
  warn: (m: string) => void,
): Claim {
  const id = claimId(`llm:${ctx.doc.id}:${index}`);
  const text = evidenceText(evidence);
  let amount = null;
  if (c.amount) {
    const read = llmAmount(c.amount, text);
    if (read.problem) warn(`claim ${id}: dropped its ${read.problem}`);
    amount = read.amount;
  }
  const stake = c.stakePercent === null ? null : llmPercent(c.stakePercent, text);
  const terms: DealTerms = {
    ...(stake ? { stakePercent: stake } : {}),
    ...(amount?.period ? { duration: amount.period } : {}),
  };
  const dates: DealDates = Object.fromEntries(
    (['announced', 'signed', 'completed'] as const)
      .map((k) => [k, dateOf(c.dates[k], `${id} ${k}`, warn)] as const)
      .filter(([, v]) => v !== undefined),
  );
  const source = c.attribution.source?.trim();
  const attribution: Attribution = { kind: c.attribution.kind, ...(source ? { source } : {}) };
  return {
    id,
    documentId: ctx.doc.id,
    type: c.type,
    from: ctx.resolveParty(c.from),
    to: ctx.resolveParty(c.to),
    amount,
    terms,
    status: c.status,
    dates,
    attribution,
    hedges: [...new Set(c.hedges.map((h) => h.trim()).filter(Boolean))],
    evidence,
    origin: ctx.origin,
    confidence: confidenceOf(c.confidence),
    review: 'unreviewed',
    publishedAt: ctx.doc.publishedAt,
    recordedAt: ctx.recordedAt,
  };
}

function toFigure(
  f: LlmFigure,
  evidence: Evidence[],
  ctx: LlmClaimContext,
  index: number,
  warn: (m: string) => void,
): CompanyFigure | null {
  const company = ctx.resolveParty(f.company);
  if (!company.id) {
    warn(
      `dropped figure ${f.kind} of "${short(f.company, 40)}": the company is not in the gazetteer`,
    );
    return null;
  }
  const read = llmAmount(f.amount, evidenceText(evidence));
  if (!read.amount || read.amount.qualifier === 'undisclosed') {
    warn(`dropped figure ${f.kind} of ${company.name}: ${read.problem ?? 'no figure given'}`);
    return null;
  }
  const period = f.period?.trim();
  return {
    id: figureId(`llm:${ctx.doc.id}:f${index}`),
    entityId: company.id,
    kind: f.kind,
    amount: read.amount,
    ...(period && isIsoDate(period) ? { period: fuzzyFromIso(period) } : {}),
    documentId: ctx.doc.id,
    evidence,
    publishedAt: ctx.doc.publishedAt,
    origin: ctx.origin,
  };
}

function ground(
  grounder: Grounder,
  quote: string,
  what: string,
  warn: (m: string) => void,
): Evidence[] | null {
  const ev = grounder(quote);
  if (!ev) warn(`dropped ${what}: its quote is not in the article: "${short(quote)}"`);
  return ev;
}

/**
 * Claims and figures from a validated answer. Every one keeps only a quote found in the
 * document (`doc.text.slice(start, end) === quote`); the rest are dropped with a warning.
 * Ids are `llm:<doc>:<n>` (claims) and `llm:<doc>:f<n>` (figures), numbered as kept.
 */
export function llmClaims(answer: LlmResponse, ctx: LlmClaimContext): LlmClaimsResult {
  const warnings: string[] = [];
  const warn = (m: string) => warnings.push(`llm: ${m}`);
  const grounder = createGrounder(ctx.doc.text);
  const claims: Claim[] = [];
  const seen = new Set<string>();
  answer.claims.forEach((c, i) => {
    const what = `claim ${i + 1} (${short(c.from, 30)} → ${short(c.to, 30)}, ${c.type})`;
    if (!c.from.trim() || !c.to.trim()) return warn(`dropped ${what}: a party has no name`);
    const evidence = ground(grounder, c.quote, what, warn);
    if (!evidence) return;
    const claim = toClaim(c, evidence, ctx, claims.length, warn);
    if (claim.from.id !== null && claim.from.id === claim.to.id)
      return warn(`dropped ${what}: both parties are ${claim.from.name}`);
    const key = [
      claim.type,
      claim.from.id ?? claim.from.name,
      claim.to.id ?? claim.to.name,
      evidence[0]!.start,
    ].join('|');
    if (seen.has(key)) return warn(`dropped ${what}: the same claim twice`);
    seen.add(key);
    claims.push(claim);
    for (const p of [claim.from, claim.to])
      if (!p.id) warn(`"${p.name}" is not in the gazetteer (claim ${claim.id})`);
  });
  const figures: CompanyFigure[] = [];
  answer.figures.forEach((f, i) => {
    const evidence = ground(
      grounder,
      f.quote,
      `figure ${i + 1} (${f.kind} of ${short(f.company, 30)})`,
      warn,
    );
    const figure = evidence && toFigure(f, evidence, ctx, figures.length, warn);
    if (figure) figures.push(figure);
  });
  return { claims, figures, warnings };
}
