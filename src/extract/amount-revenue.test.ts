import { describe, it, expect } from 'vitest';
import { extractText } from '../../test/extract-helpers.js';

const amountOf = (text: string, from: string, to: string) =>
  extractText(text).claims.find((c) => c.from.id === from && c.to.id === to && c.type === 'hardware_purchase')?.amount ?? null;

describe('revenueAmounts', () => {
  it("takes a seller's expected revenue from the deal as the purchase's size", () => {
    const text = 'Cerebras has agreed to supply Cohere with 2 gigawatts of processors over several years. Cerebras said the agreement should generate $6 billion of revenue.';
    expect(amountOf(text, 'cohere', 'cerebras')).toMatchObject({ lower: '6000000000', upper: '6000000000' });
  });

  it('reads it in a relative clause naming the seller', () => {
    const text = 'Cohere will buy 2 gigawatts of Cerebras processors, which Cerebras expects to bring in $6 billion in revenue.';
    expect(amountOf(text, 'cohere', 'cerebras')).toMatchObject({ lower: '6000000000' });
  });

  it('leaves revenue already booked, or a forecast by someone other than the seller, alone', () => {
    const booked = 'Cerebras has agreed to supply Cohere with 2 gigawatts of processors. Last year Cerebras generated about $6 billion of revenue.';
    expect(amountOf(booked, 'cohere', 'cerebras')).toBeNull();
    const other = 'Cerebras has agreed to supply Cohere with 2 gigawatts of processors. Nvidia expects its own chips to bring in about $6 billion of revenue.';
    expect(amountOf(other, 'cohere', 'cerebras')).toBeNull();
  });
});
