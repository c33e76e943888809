import { describe, it, expect } from 'vitest';
import { extractText, triples } from '../../test/extract-helpers.js';

const claim = (text: string, triple: string) => {
  const r = extractText(text);
  return r.claims[triples(r).indexOf(triple)];
};

describe('licences and acquisitions in other wordings', () => {
  it.each([
    ['Beyond its investment, Oracle will license Cohere\'s models for use across its products.', 'oracle→cohere licence'],
    ['Apple licenses 300-plus Adobe images for its video app in a two-year pact.', 'apple→adobe licence'],
    ['Adobe is to license more than 100 of its characters to OpenAI for three years.', 'openai→adobe licence'],
  ])('"%s" → %s', (text, triple) => {
    expect(triples(extractText(text))).toContain(triple);
  });

  it('does not read a licence noun or the licensee\'s own models as a licence', () => {
    expect(triples(extractText("Oracle's license covers its own models."))).toEqual([]);
  });

  it('reads the possessor of an attempt as the acquirer and its collapse as cancelled', () => {
    expect(claim("Oracle's attempt to take over Cohere has collapsed after shareholders voted against it.", 'oracle→cohere acquisition')?.status).toBe('cancelled');
  });

  it('keeps an acquisition whose completion is still expected at signed', () => {
    expect(claim('Oracle has snapped up Cohere for $6 billion. Completion is expected next year.', 'oracle→cohere acquisition')?.status).toBe('signed');
    expect(claim('Oracle bought Cohere for $6 billion in 2023.', 'oracle→cohere acquisition')?.status).toBe('completed');
  });

  it('reads an option not exercised as cancelled', () => {
    expect(claim('Microsoft decided against exercising an option to buy $2 billion of extra capacity from Nebius.', 'microsoft→nebius compute_purchase')?.status).toBe('cancelled');
  });

  it('makes no company of a number after "buy"', () => {
    expect(triples(extractText('Oracle would buy 50,000 of its MI450 GPUs from AMD.'))).toEqual(['oracle→amd hardware_purchase']);
  });
});

describe('revenue shares passed on', () => {
  it('reads "passes Y a share of some of its own revenues" and not "a share of the spotlight"', () => {
    expect(triples(extractText('Microsoft passes Cohere a share of some of its own revenues.'))).toContain('microsoft→cohere revenue_share');
    expect(triples(extractText('Microsoft passes Cohere a share of the spotlight.'))).toEqual([]);
  });
});
