import { describe, it, expect } from 'vitest';
import { inClass, wordClass, wordOf } from './word-class.js';
import { tokenize } from './sentences.js';

describe('wordOf', () => {
  it('gives tokens spelled alike one shared word with plain and lower-case forms', () => {
    const [a, , b] = tokenize('OpenAI and OpenAI’s');
    expect(a!.word).toBe(b!.word);
    expect(a!.word.lower).toBe('openai');
    expect(wordOf('’').norm).toBe("'");
    expect(wordOf('—').lower).toBe('-');
  });

  it('knows capitals, digits and letters', () => {
    expect([wordOf('Nvidia').cap, wordOf('9bn').cap, wordOf('chips').cap, wordOf('Émile').cap]).toEqual([true, true, false, true]);
    expect([wordOf('chips').wordy, wordOf('$').wordy, wordOf('été').wordy]).toEqual([true, false, true]);
  });
});

describe('inClass', () => {
  it('answers membership by lower-case or plain form, the same on every ask', () => {
    const byLower = wordClass(new Set(['deal']));
    const byNorm = wordClass(new Set(["'"]), true);
    expect(inClass(wordOf('Deal'), byLower)).toBe(true);
    expect(inClass(wordOf('Deal'), byLower)).toBe(true);
    expect(inClass(wordOf('deals'), byLower)).toBe(false);
    expect(inClass(wordOf('’'), byNorm)).toBe(true);
    expect(inClass(wordOf('’'), byLower)).toBe(false);
  });
});
