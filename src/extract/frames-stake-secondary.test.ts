import { describe, it, expect } from 'vitest';
import { extractText, triples } from '../../test/extract-helpers.js';

describe('secondary share sales', () => {
  it('gives each buyer of staff shares a stake with no amount, completed', () => {
    const r = extractText('Current and former Cohere employees sold about $900 million of shares to Tencent and Salesforce.');
    expect(triples(r).sort()).toEqual(['salesforce→cohere stake', 'tencent→cohere stake']);
    for (const c of r.claims) {
      expect(c.amount).toBeNull();
      expect(c.status).toBe('completed');
    }
  });

  it('reads buyers named after "a group of investors including" and in a following sentence', () => {
    expect(triples(extractText('Staff at Databricks have sold stock to a group of investors including Tencent and Samsung.')).sort()).toEqual([
      'samsung→databricks stake',
      'tencent→databricks stake',
    ]);
    expect(triples(extractText('Early Cohere employees sold $400 million of shares last month. The buyers were Tencent and Samsung.')).sort()).toEqual([
      'samsung→cohere stake',
      'tencent→cohere stake',
    ]);
  });

  it('keeps a planned sale open', () => {
    const r = extractText('Cohere employees will sell shares to Tencent in a tender next month.');
    expect(triples(r)).toEqual(['tencent→cohere stake']);
    expect(r.claims[0]!.status).not.toBe('completed');
  });

  it('reads new shares a company sells as money into it, and leaves other sales alone', () => {
    expect(triples(extractText('Cohere sold $500 million of new shares to Tencent.'))).toEqual(['tencent→cohere equity_investment']);
    // A company selling its own product, or shares with no buyer named, is no stake.
    expect(triples(extractText('Cohere employees sold shares last year, the company said.'))).toEqual([]);
    expect(triples(extractText('Cohere sold its software to Samsung for $20 million.'))).not.toContain('samsung→cohere stake');
  });
});
