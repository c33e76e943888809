import { describe, expect, it } from 'vitest';
import { makeAmount } from '../core/amount.js';
import type { Claim } from '../core/claim.js';
import { addDuration } from './iso-duration.js';
import { relationCue } from './relation-cue.js';

const withQuote = (quote: string, amountText = 'undisclosed') =>
  ({
    amount: makeAmount('undisclosed', null, amountText),
    evidence: [{ quote, start: 0, end: quote.length }],
  }) as unknown as Claim;

describe('relationCue', () => {
  it('reads expansions and amendments from the evidence', () => {
    expect(
      relationCue(withQuote('Oracle and OpenAI expanded their cloud agreement by 4.5 GW')),
    ).toBe('expands');
    expect(relationCue(withQuote('Microsoft will invest an additional $5 billion'))).toBe(
      'expands',
    );
    expect(relationCue(withQuote('the commitment was increased to $250 billion'))).toBe('amends');
    expect(relationCue(withQuote('x', 'increased to $22.4 billion'))).toBe('amends');
  });

  it('ignores the words in other senses', () => {
    expect(relationCue(withQuote("OpenAI's expanded flexibility in forming alliances"))).toBeNull();
    expect(
      relationCue(withQuote('could prompt additional fundraising rounds with more investors')),
    ).toBeNull();
  });
});

describe('addDuration', () => {
  it('ends a term the day before its anniversary and clamps month ends', () => {
    expect(addDuration('2025-11-01', 'P7Y')).toBe('2032-10-31');
    expect(addDuration('2025-01-31', 'P1M')).toBe('2025-02-27');
    expect(addDuration('2025-01-01', 'P18M')).toBe('2026-06-30');
    expect(addDuration('2025-01-01', 'PT5H')).toBeNull();
  });
});
