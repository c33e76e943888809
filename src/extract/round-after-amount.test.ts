import { describe, it, expect } from 'vitest';
import { extractText, triples } from '../../test/extract-helpers.js';

const found = (text: string) => triples(extractText(text));

describe('a participation whose round comes after an amount (roundAfterAmount)', () => {
  it.each([
    ["Qualcomm took part in Cohere's $500 million Series D last year.", ['qualcomm→cohere equity_investment']],
    ["Samsung participated in Groq's $640 million funding round.", ['samsung→groq equity_investment']],
    ["Qualcomm took part in Cohere's $500 million round, in the same round as Oracle and Salesforce.", ['qualcomm→cohere equity_investment', 'oracle→cohere equity_investment', 'salesforce→cohere equity_investment']],
  ])('reads "%s"', (text, expected) => {
    const out = found(text);
    for (const e of expected) expect(out).toContain(e);
  });

  it.each([
    ['Qualcomm took part in talks that valued Cohere at $5.5 billion, a person said.', 'qualcomm→cohere'],
    ['Qualcomm took part in Cohere\'s round and sells the same chips as Nvidia.', 'nvidia→cohere'],
    ['Samsung took part in a $2 billion buyback of its own shares last year.', 'samsung→'],
  ])('reads no investment "%s" from "%s"', (text, wrong) => {
    expect(found(text).filter((x) => x.startsWith(wrong) && / equity_investment$/.test(x))).toEqual([]);
  });
});
