import { describe, expect, it } from 'vitest';
import { llmJsonSchema, parseLlmResponse } from './llm-schema.js';

const claim = {
  type: 'loan',
  from: 'Acme',
  to: 'Beta',
  status: 'signed',
  quote: 'Acme lent Beta money.',
};

describe('llmJsonSchema', () => {
  it('requires every property and forbids extra ones, with no keywords strict servers reject', () => {
    const schema = llmJsonSchema() as {
      required: string[];
      properties: { claims: { items: Record<string, unknown> } };
    };
    expect(schema.required).toEqual(['claims', 'figures']);
    const item = schema.properties.claims.items as {
      required: string[];
      additionalProperties: boolean;
    };
    expect(item.additionalProperties).toBe(false);
    expect(item.required).toContain('quote');
    expect(item.required).toContain('amount');
    const text = JSON.stringify(schema);
    expect(text).not.toContain('"default"');
    expect(text).not.toContain('$schema');
  });
});

describe('parseLlmResponse', () => {
  it('fills defaults for fields a lax server left out', () => {
    const r = parseLlmResponse(JSON.stringify({ claims: [claim] }));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.figures).toEqual([]);
    expect(r.value.claims[0]).toMatchObject({
      amount: null,
      hedges: [],
      confidence: 0.5,
      attribution: { kind: 'journalist', source: null },
    });
  });

  it('reads JSON inside a fence or after a preamble', () => {
    const body = JSON.stringify({ claims: [claim], figures: [] });
    for (const content of [
      '```json\n' + body + '\n```',
      'Here you go:\n```\n' + body + '\n```',
      `Sure. ${body} Done.`,
    ]) {
      const r = parseLlmResponse(content);
      expect(r.ok ? r.value.claims[0]?.from : r.problems).toBe('Acme');
    }
  });

  it('names the field and the problem for a repair request', () => {
    const r = parseLlmResponse(JSON.stringify({ claims: [{ ...claim, status: 'in talks' }] }));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems).toContain('claims[0].status');
    const bad = parseLlmResponse('{"claims": [');
    expect(bad.ok ? '' : bad.problems).toMatch(/not valid JSON/);
  });
});
