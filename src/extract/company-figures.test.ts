import { describe, it, expect } from 'vitest';
import { extractText } from '../../test/extract-helpers.js';

const figures = (text: string) => extractText(text).figures.map((f) => [f.entityId, f.kind, f.amount.lower, f.amount.upper]);

describe('company figures', () => {
  it('reads valuations in their common forms', () => {
    expect(figures('The round would value OpenAI at half a trillion dollars.')).toEqual([['openai', 'valuation', '500000000000', '500000000000']]);
    expect(figures('Anthropic raised $13 billion at a $183 billion valuation.')).toEqual([
      ['anthropic', 'funding_raised', '13000000000', '13000000000'],
      ['anthropic', 'valuation', '183000000000', '183000000000'],
    ]);
  });

  it('reads burn, fundraising targets, revenue and losses', () => {
    expect(figures('OpenAI expects to burn more than $100 billion over the next four years.')).toEqual([['openai', 'cash_burn', '100000000000', null]]);
    expect(figures('OpenAI told investors that its 2027 fundraising target is $90 billion.')).toEqual([['openai', 'fundraising_target', '90000000000', '90000000000']]);
    expect(figures('CoreWeave reported $1.9 billion of revenue and a loss of $860 million.')).toEqual([
      ['coreweave', 'revenue', '1900000000', '1900000000'],
      ['coreweave', 'other', '860000000', '860000000'],
    ]);
  });

  it('keeps valuation amounts out of deals', () => {
    const r = extractText('Amazon will invest $10 billion in OpenAI at a $500 billion valuation.');
    expect(r.claims[0]!.amount?.point).toBe('10000000000');
  });

  it.each([
    'Oracle will provide Cohere with cloud capacity. The five-year agreement is valued at $4 billion.',
    'Cohere has agreed to rent computing power from Oracle in a deal valued at $1 billion.',
    'Shareholders of Dell voted down Equinix’s cash offer for the company, valued at about $4 billion.',
  ])('reads "valued at" after a deal noun as the deal size, not a valuation: %s', (text) => {
    expect(figures(text)).toEqual([]);
  });

  it('still reads a company valued at a figure', () => {
    expect(figures('Cohere, valued at $7 billion, signed a deal with Oracle.')).toEqual([['cohere', 'valuation', '7000000000', '7000000000']]);
  });
});
