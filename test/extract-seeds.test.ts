// The two seed articles: every deal row of shared/seeds/EXPECTED.md, with direction, type, status and amounts.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it, expect } from 'vitest';
import type { Claim } from '../src/core/claim.js';
import type { ExtractionResult } from '../src/extract/extractor.js';
import { documentFromArticle } from '../src/extract/article-file.js';
import { extractWithRules } from '../src/extract/rules-extractor.js';
import { ARTICLES, realGazetteer } from './extract-helpers.js';

const NOW = '2025-12-18T00:00:00.000Z';

function run(name: string): { result: ExtractionResult; text: string } {
  const doc = documentFromArticle(name, readFileSync(join(ARTICLES, `${name}.txt`), 'utf8'));
  return { result: extractWithRules(doc, { gazetteer: realGazetteer(), now: NOW }), text: doc.text };
}

function claim(r: ExtractionResult, from: string, to: string, type: string): Claim {
  const found = r.claims.filter((c) => c.from.id === from && c.to.id === to && c.type === type);
  expect(found, `${from} → ${to} ${type}`).toHaveLength(1);
  return found[0]!;
}

function mention(r: ExtractionResult, text: string): string | null | undefined {
  return r.mentions?.find((m) => m.text === text)?.entityId;
}

describe('seed 000 (Amazon in talks to invest in OpenAI; OpenAI commitments)', () => {
  const { result: r, text } = run('seed-000');

  it('row 1: Amazon → OpenAI equity, more than $10 billion, in talks, via The Information', () => {
    const c = claim(r, 'amazon', 'openai', 'equity_investment');
    expect(c.status).toBe('in_talks');
    expect(c.amount?.lower).toBe('10000000000');
    expect(c.amount?.lowerInclusive).toBe(false);
    expect(c.amount?.upper).toBeNull();
    expect(c.attribution.kind).toBe('anonymous_sources');
    expect(c.attribution.repeats).toBe('The Information');
    expect(c.hedges).toContain('would');
  });

  it('row 1a: the round values OpenAI at half a trillion dollars (a figure, not a claim)', () => {
    const v = r.figures.find((f) => f.entityId === 'openai' && f.kind === 'valuation');
    expect(v?.amount.point).toBe('500000000000');
  });

  it('row 1b: OpenAI plans to use Trainium chips → hardware from Amazon, in talks', () => {
    const c = claim(r, 'openai', 'amazon', 'hardware_purchase');
    expect(c.status).toBe('in_talks');
    expect(c.terms.names).toContain('Trainium');
  });

  it('row 2: OpenAI → AWS compute, $38 billion over seven years, announced last month', () => {
    const c = claim(r, 'openai', 'aws', 'compute_purchase');
    expect(c.status).toBe('announced');
    expect(c.amount?.point).toBe('38000000000');
    expect(c.amount?.qualifier).toBe('exact');
    expect(c.amount?.period).toBe('P7Y');
    expect(c.terms.duration).toBe('P7Y');
    expect(c.dates.announced?.earliest).toBe('2025-11-01');
    expect(c.dates.announced?.latest).toBe('2025-11-30');
  });

  it('rows 3-4: Microsoft holds about 27% of OpenAI and licenses its models exclusively', () => {
    const stake = claim(r, 'microsoft', 'openai', 'stake');
    expect(stake.status).toBe('completed');
    expect(stake.terms.stakePercent?.point).toBe('27');
    expect(stake.terms.stakePercent?.qualifier).toBe('about');
    const licence = claim(r, 'microsoft', 'openai', 'licence');
    expect(licence.status).toBe('signed');
    expect(licence.amount).toBeNull();
  });

  it('rows 5-6: hundreds of billions shared by Microsoft and Oracle, announced', () => {
    for (const to of ['microsoft', 'oracle']) {
      const c = claim(r, 'openai', to, 'compute_purchase');
      expect(c.status).toBe('announced');
      expect(c.amount?.qualifier).toBe('order_of_magnitude');
      expect(c.amount?.lower).toBe('100000000000');
      expect(c.amount?.upper).toBe('1000000000000');
      expect(c.hedges).toContain('plans to');
    }
  });

  it('rows 7-8: struck deals to rent servers from Google and CoreWeave (two claims, signed)', () => {
    for (const to of ['google', 'coreweave']) {
      const c = claim(r, 'openai', to, 'compute_purchase');
      expect(c.status).toBe('signed');
      expect(c.amount).toBeNull();
    }
  });

  it('rows 9-11: Microsoft invested in OpenAI, announced an investment in Anthropic and agreed to use its AI', () => {
    expect(claim(r, 'microsoft', 'anthropic', 'equity_investment').status).toBe('announced');
    expect(claim(r, 'microsoft', 'anthropic', 'service_purchase').status).toBe('signed');
    expect(claim(r, 'microsoft', 'openai', 'equity_investment').status).toBe('completed');
  });

  it('row 12: OpenAI uses Nvidia chips today → hardware from Nvidia, completed', () => {
    expect(claim(r, 'openai', 'nvidia', 'hardware_purchase').status).toBe('completed');
  });

  it('finds no claim that is not in EXPECTED.md', () => {
    expect(r.claims).toHaveLength(13);
  });

  it('keeps company figures apart from deals: burn and the 2027 fundraising target', () => {
    const burn = r.figures.find((f) => f.entityId === 'openai' && f.kind === 'cash_burn');
    expect(burn?.amount.lower).toBe('100000000000');
    expect(burn?.amount.period).toBe('P4Y');
    expect(r.figures.find((f) => f.kind === 'fundraising_target')?.amount.point).toBe('90000000000');
  });

  it('resolves coreference to the right companies', () => {
    expect(mention(r, 'Sam Altman’s chatbot company')).toBe('openai');
    expect(mention(r, 'the capital-hungry chatbot company')).toBe('openai');
    expect(mention(r, "Altman's company")).toBe('openai');
    expect(mention(r, 'that company')).toBe('anthropic');
    expect(mention(r, 'its fiercest cloud-services rival')).toBe('microsoft');
    expect(mention(r, 'ChatGPT-maker OpenAI') ?? mention(r, 'OpenAI')).toBe('openai');
  });

  it('quotes evidence exactly at its offsets, with claim ids, origin and review state', () => {
    for (const c of r.claims) {
      expect(c.evidence.length).toBeGreaterThan(0);
      for (const e of c.evidence) expect(text.slice(e.start, e.end)).toBe(e.quote);
      expect(c.id.startsWith('seed-000#c')).toBe(true);
      expect(c.origin).toBe('rules@1');
      expect(c.review).toBe('unreviewed');
      expect(c.publishedAt).toBe('2025-12-17');
      expect(c.recordedAt).toBe(NOW);
    }
  });
});

describe('seed 003 (Reuters on the same talks)', () => {
  const { result: r, text } = run('seed-003');

  it('row 1: one Amazon → OpenAI claim: at least $10 billion, about $10 billion, may be zero, in talks', () => {
    const c = claim(r, 'amazon', 'openai', 'equity_investment');
    expect(c.status).toBe('in_talks');
    expect(c.amount?.lower).toBe('10000000000');
    expect(c.amount?.lowerInclusive).toBe(true);
    expect(c.amount?.upper).toBe('11000000000');
    expect(c.amount?.mayBeZero).toBe(true);
    expect(c.evidence.length).toBeGreaterThanOrEqual(3);
    expect(c.attribution.kind).toBe('anonymous_sources');
  });

  it('row 1a: the valuation beyond $500 billion is OpenAI’s', () => {
    const v = r.figures.find((f) => f.kind === 'valuation' && f.amount.qualifier === 'more_than');
    expect(v?.entityId).toBe('openai');
    expect(v?.amount.lower).toBe('500000000000');
  });

  it('row 1b: OpenAI intends to incorporate Amazon’s Trainium chips (part of the talks)', () => {
    expect(claim(r, 'openai', 'amazon', 'hardware_purchase').status).toBe('in_talks');
  });

  it('rows 2-3: Microsoft’s 27% stake and its exclusive rights to distribute OpenAI’s models', () => {
    const stake = claim(r, 'microsoft', 'openai', 'stake');
    expect(stake.terms.stakePercent?.point).toBe('27');
    expect(claim(r, 'microsoft', 'openai', 'licence').status).toBe('signed');
    expect(r.claims).toHaveLength(4);
  });

  it('credits The Information as the outlet that broke the story', () => {
    const repeats = r.claims.map((c) => c.attribution.repeats).filter(Boolean);
    expect(repeats).toContain('The Information');
  });

  it('resolves "the company behind ChatGPT" and "the AI firm" to OpenAI', () => {
    expect(mention(r, 'the company')).toBe('openai');
    expect(mention(r, 'the AI firm')).toBe('openai');
  });

  it('quotes evidence exactly at its offsets', () => {
    for (const c of r.claims) for (const e of c.evidence) expect(text.slice(e.start, e.end)).toBe(e.quote);
  });
});
