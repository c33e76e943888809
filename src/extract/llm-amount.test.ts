import { describe, expect, it } from 'vitest';
import { llmAmount, llmPercent } from './llm-amount.js';
import type { LlmAmount } from './llm-schema.js';

const base: LlmAmount = {
  phrase: null,
  qualifier: 'exact',
  value: null,
  upper: null,
  currency: 'USD',
  mayBeZero: false,
  basis: 'total',
  period: null,
};

describe('llmAmount', () => {
  it('reads the phrase in the evidence with the money parser, keeping its tail', () => {
    const ev = 'Amazon could invest $10 billion or more in OpenAI.';
    // The model shortened the phrase and got the qualifier wrong; the parser sees "or more".
    const { amount } = llmAmount({ ...base, phrase: '$10 billion', value: 10e9 }, ev);
    expect(amount).toMatchObject({
      qualifier: 'at_least',
      lower: '10000000000',
      lowerInclusive: true,
      upper: null,
      text: '$10 billion or more',
    });
  });

  it('trusts the parser over the model arithmetic', () => {
    const { amount } = llmAmount(
      { ...base, qualifier: 'exact', phrase: 'half a trillion dollars', value: 5e10 },
      'It would value OpenAI at half a trillion dollars.',
    );
    expect(amount?.point).toBe('500000000000');
  });

  it('finds the figure by value when the phrase is missing', () => {
    const { amount } = llmAmount(
      { ...base, qualifier: 'more_than', value: 10e9 },
      'Amazon may invest more than $10 billion.',
    );
    expect(amount).toMatchObject({
      qualifier: 'more_than',
      lower: '10000000000',
      lowerInclusive: false,
      text: 'more than $10 billion',
    });
  });

  it('falls back to the model numbers as exact decimals, ranges ordered', () => {
    const { amount } = llmAmount(
      { ...base, qualifier: 'range', value: '30000000000', upper: 20e9, currency: 'eur' },
      'no figure here at all',
    );
    expect(amount).toMatchObject({
      qualifier: 'range',
      lower: '20000000000',
      upper: '30000000000',
      currency: 'EUR',
    });
  });

  it('adds what the parser cannot see: may-be-zero and the term', () => {
    const { amount } = llmAmount(
      { ...base, phrase: '$38 billion', value: 38e9, mayBeZero: true, period: 'P7Y' },
      'OpenAI will spend $38 billion renting servers.',
    );
    expect(amount).toMatchObject({ point: '38000000000', mayBeZero: true, period: 'P7Y' });
  });

  it('keeps undisclosed amounts and reports unusable ones', () => {
    expect(
      llmAmount({ ...base, qualifier: 'undisclosed', phrase: 'terms were not disclosed' }, '')
        .amount,
    ).toMatchObject({ qualifier: 'undisclosed', point: null, lower: null });
    const bad = llmAmount({ ...base, qualifier: 'exact', value: -5 }, 'nothing');
    expect(bad.amount).toBeNull();
    expect(bad.problem).toBeTruthy();
  });
});

describe('llmPercent', () => {
  it('uses the parser reading when the numbers agree, else an exact percentage', () => {
    expect(llmPercent(27, 'Microsoft owns about 27% of OpenAI.')).toMatchObject({
      unit: 'percent',
      qualifier: 'about',
      point: '27',
      text: 'about 27%',
    });
    expect(llmPercent(10, 'a tenth of it')).toMatchObject({
      unit: 'percent',
      qualifier: 'exact',
      point: '10',
      lower: '10',
      upper: '10',
    });
    expect(llmPercent(140, 'x')).toBeNull();
  });
});
