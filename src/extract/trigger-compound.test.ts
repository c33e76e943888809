import { describe, it, expect } from 'vitest';
import { extractText } from '../../test/extract-helpers.js';

const amountOf = (text: string, from: string, to: string) =>
  extractText(text).claims.find((c) => c.from.id === from && c.to.id === to && c.type === 'hardware_purchase')?.amount?.lower ?? null;

describe('a deal noun that modifies the next noun', () => {
  it('takes no amount from a bond sale\'s order book', () => {
    const text = 'Meta sold $25bn of bonds last week, with an order book near $120bn. It reportedly agreed to spend $10bn on AMD chips.';
    expect(amountOf(text, 'meta', 'amd')).toBe('10000000000');
  });

  it('still reads an order with its amount', () => {
    expect(amountOf('IREN placed an order for $5.8 billion of Nvidia GPUs.', 'iren', 'nvidia')).toBe('5800000000');
  });

  it('reads no deal from "the contract manufacturer"', () => {
    const out = extractText('Foxconn, the contract manufacturer, said demand from OpenAI stayed strong.').claims;
    expect(out.filter((c) => c.from.id === 'openai' && c.to.id === 'foxconn')).toEqual([]);
  });
});
