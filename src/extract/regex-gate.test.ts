import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { GateTable, requiredWords } from './regex-gate.js';
import { GATED_STATUS_PATTERNS } from './frame-status.js';

/** Letter runs of a pattern's source: the words invented texts are made of. */
const wordsOfSource = (re: RegExp) => re.source.match(/[a-z]{2,}/g) ?? [];
const FILLER = ['the', 'a', 'its', 'openai', 'said', 'on', 'was', 'is', 'to', 'of', 'and', "'", 's', '-', 'billion', '$', '10', 'not', 'has', 'been'];

/** Endings that turn a stem into the words texts use ("negotiat" → "negotiations"). */
const ENDINGS = ['', 's', 'ed', 'ing', 'ions', 'e', 'er'];

describe('requiredWords', () => {
  it('reads a word every alternative needs', () => {
    expect(requiredWords(/\b(no longer|walked away|cancell?ed)\b/)?.sort()).toEqual(['cancel', 'longer', 'walked']);
    expect(requiredWords(/\bunder (?:a|an|the) (?:[^ ]+ ){0,5}?(?:deal|contract)s?\b/)).toEqual(['under']);
    expect(requiredWords(/^(?:is|are)$/)?.sort()).toEqual(['are', 'is']);
  });

  it('gives up on a pattern with an alternative made only of optional or class parts', () => {
    expect(requiredWords(/\b(?:talks|\w+)\b/)).toBeNull();
    expect(requiredWords(/\b(?:talks|\w+ing)\b/)?.sort()).toEqual(['ing', 'talks']);
    expect(requiredWords(/[a-z]+/)).toBeNull();
    expect(requiredWords(/(?:abc)?/)).toBeNull();
  });

  it('keeps the letters before a repeated letter and restarts after it', () => {
    expect(requiredWords(/ab+cd/)?.sort()).toEqual(['ab']);
    expect(requiredWords(/x(?=abc)yz/)?.sort()).toEqual(['xyz']);
  });

  it('lower-cases the words of a case-insensitive pattern', () => {
    expect(requiredWords(/\bSubject to\b/i)).toEqual(['subject']);
  });
});

describe('the status patterns readStage gates', () => {
  it('every gated pattern has words to gate on', () => {
    for (const re of GATED_STATUS_PATTERNS) expect([re.source, requiredWords(re)?.length ?? 0]).not.toEqual([re.source, 0]);
  });

  it('no pattern matches a text without one of its words (invented texts from its own vocabulary)', () => {
    for (const re of GATED_STATUS_PATTERNS) {
      const words = requiredWords(re)!;
      const vocab = [...new Set([...wordsOfSource(re).flatMap((w) => ENDINGS.map((e) => w + e)), ...FILLER])];
      const plain = new RegExp(re.source, re.flags.replace('g', ''));
      fc.assert(
        fc.property(fc.array(fc.constantFrom(...vocab), { minLength: 1, maxLength: 14 }), (list) => {
          const text = list.join(' ');
          if (plain.test(text)) expect(words.some((w) => text.includes(w))).toBe(true);
        }),
        { numRuns: 400 },
      );
    }
  });

  it('a gated test agrees with the plain test on invented token lists', () => {
    const table = new GateTable(GATED_STATUS_PATTERNS);
    const vocab = [...new Set([...GATED_STATUS_PATTERNS.flatMap(wordsOfSource), ...FILLER])];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...vocab), { minLength: 1, maxLength: 16 }), (tokens) => {
        const text = tokens.join(' ');
        let mask = 0;
        for (const t of tokens) mask |= table.tokenMask(t);
        for (const re of GATED_STATUS_PATTERNS) {
          const plain = new RegExp(re.source, re.flags.replace('g', ''));
          const gated = table.mayMatch(re, mask) && plain.test(text);
          expect([re.source, gated]).toEqual([re.source, plain.test(text)]);
        }
      }),
      { numRuns: 300 },
    );
  });
});
