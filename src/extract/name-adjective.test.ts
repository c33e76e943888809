import { describe, it, expect } from 'vitest';
import { extractText, triples } from '../../test/extract-helpers.js';
import { describesOnly } from './name-adjective.js';
import { tokenize } from './sentences.js';

describe('describesOnly', () => {
  const toks = (s: string) => tokenize(s);
  it('is true for a run of nationality or place words', () => {
    expect(describesOnly(toks('American'), 0, 1)).toBe(true);
    expect(describesOnly(toks('Abu Dhabi'), 0, 2)).toBe(true);
  });
  it('is false when any word of the run could be a name, or the run is empty', () => {
    expect(describesOnly(toks('Saudi Aramco'), 0, 2)).toBe(false);
    expect(describesOnly(toks('Globex'), 0, 1)).toBe(false);
    expect(describesOnly(toks('American'), 0, 0)).toBe(false);
  });
});

describe('nationalities are no unknown companies', () => {
  it('gives no party to money put into a country\'s AI sector', () => {
    expect(triples(extractText('Microsoft said it would invest $3 billion in British AI infrastructure over two years.'))).toEqual([]);
    expect(triples(extractText('Nvidia will put $1 billion into European AI start-ups, the company said.'))).toEqual([]);
  });
  it('still reads a known company after the same preposition', () => {
    expect(triples(extractText('Microsoft said it would invest $3 billion in Anthropic over two years.'))).toContain('microsoft→anthropic equity_investment');
  });
});
