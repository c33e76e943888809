import { describe, it, expect } from 'vitest';
import { realGazetteer } from '../../test/extract-helpers.js';
import { buildView } from './build-view.js';

const view = (text: string) => buildView(text, '2025-12-17', realGazetteer());
const resolved = (text: string, phrase: string) => view(text).mentions.find((m) => m.text === phrase)?.entityId;

describe('cataphora', () => {
  it('reads a pronoun in an opening clause as the company named after the clause', () => {
    const text = 'Lambda is growing. In 2024, the same year it put $50 million into Lambda, Microsoft signed a cloud deal.';
    expect(resolved(text, 'it')).toBe('microsoft');
    expect(resolved('Oracle had a good year. When it announced the round, Anthropic said demand was strong.', 'it')).toBe('anthropic');
  });

  it('leaves a pronoun after a named company, or one with no opening clause, to the usual order', () => {
    expect(resolved('After Microsoft made large investments in OpenAI, it announced a deal.', 'it')).toBe('microsoft');
    expect(resolved('Oracle had a good year. It said demand was strong, Anthropic added.', 'It')).toBe('oracle');
    expect(resolved('Oracle had a good year. When it announced the round, the company said demand was strong.', 'it')).toBe('oracle');
  });
});
