import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { splitSentences, tokenize } from './sentences.js';

describe('splitSentences', () => {
  it('splits on full stops before capitals, not after abbreviations or initials', () => {
    const text = 'Mistral raised €2bn on Sept. 9, 2025, Reuters said. The U.S. group J. P. Morgan agreed. Foo Inc. The deal closed.';
    expect(splitSentences(text).map((s) => s.text)).toEqual([
      'Mistral raised €2bn on Sept. 9, 2025, Reuters said.',
      'The U.S. group J. P. Morgan agreed.',
      'Foo Inc.',
      'The deal closed.',
    ]);
  });

  it('splits before a camel-cased brand name but not before an ordinary lower-case word', () => {
    const text = 'Quarry paid for zCloud\'s shares. zCloud also leases servers from Brontel. He said so. and then left.';
    expect(splitSentences(text).map((s) => s.text)).toEqual([
      "Quarry paid for zCloud's shares.",
      'zCloud also leases servers from Brontel.',
      'He said so. and then left.',
    ]);
  });

  it('ends a sentence at every line break and marks short unpunctuated lines as headings', () => {
    const s = splitSentences('Amazon weighs OpenAI stake\n\nAmazon is in talks. It may invest $10bn.');
    expect(s.map((x) => [x.text, x.heading, x.paragraph])).toEqual([
      ['Amazon weighs OpenAI stake', true, 0],
      ['Amazon is in talks.', false, 1],
      ['It may invest $10bn.', false, 1],
    ]);
  });

  it('keeps a decimal amount in one sentence', () => {
    expect(splitSentences('It costs $1.4tn. Analysts agree.')).toHaveLength(2);
  });

  it('returns offsets that slice the text to each sentence (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('Amazon', 'invests', '$1.5', 'bn.', 'U.S.', 'Inc.', 'It', '\n', ' ', '. ', 'the'), { maxLength: 40 }), (parts) => {
        const text = parts.join(' ');
        for (const s of splitSentences(text)) {
          expect(text.slice(s.start, s.end)).toBe(s.text);
          expect(s.text).toBe(s.text.trim());
        }
      }),
    );
  });
});

describe('tokenize', () => {
  it('cuts words, numbers with decimals, hyphens and apostrophes, with offsets and plain forms', () => {
    const text = 'ChatGPT-maker OpenAI’s $1.4tn GB200 deal';
    const t = tokenize(text);
    expect(t.map((x) => x.text)).toEqual(['ChatGPT', '-', 'maker', 'OpenAI', '’', 's', '$', '1.4', 'tn', 'GB200', 'deal']);
    expect(t[4]!.norm).toBe("'");
    for (const x of t) expect(text.slice(x.start, x.end)).toBe(x.text);
  });

  it('handles letters outside ASCII', () => {
    expect(tokenize('Zürich’s Société 𝒜b').map((x) => x.text)).toEqual(['Zürich', '’', 's', 'Société', '𝒜b']);
  });
});
