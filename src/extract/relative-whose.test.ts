import { describe, it, expect } from 'vitest';
import { extractText, triples } from '../../test/extract-helpers.js';

const found = (text: string) => triples(extractText(text));

describe('a role noun opened by ", whose"', () => {
  it.each([
    ['Demand is strong at Vultr, whose customers include Cohere and Anthropic, the company said.', ['cohere→vultr compute_purchase', 'anthropic→vultr compute_purchase']],
    ['It is a big step for Lambda, whose existing clients include Meta.', ['meta→lambda compute_purchase']],
    ['Nebius, whose biggest customer is Microsoft, raised new money.', ['microsoft→nebius compute_purchase']],
    ['CoreWeave, whose largest shareholder is Nvidia, fell 5%.', ['nvidia→coreweave stake']],
  ])('names the company before the comma as the owner in "%s"', (text, expected) => {
    const out = found(text);
    for (const e of expected) expect(out).toContain(e);
  });

  it.each([
    'Fluidstack, whose founders include two Oxford graduates, said revenue grew.',
    'Nvidia, whose customers have complained about delays, fell.',
    "Oracle's partner, whose customers include Meta, gained.",
    'Analysts whose clients include hedge funds expect Nebius to grow.',
  ])('reads no role from "%s"', (text) => {
    expect(found(text).filter((x) => / (compute_purchase|hardware_purchase|stake|equity_investment)$/.test(x))).toEqual([]);
  });
});
