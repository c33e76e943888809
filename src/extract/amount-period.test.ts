import { describe, it, expect } from 'vitest';
import { extractText } from '../../test/extract-helpers.js';

const claimOf = (text: string, from: string, to: string) => extractText(text, '2025-11-20').claims.find((c) => c.from.id === from && c.to.id === to);

describe('money paid in a period already over', () => {
  it('completes a purchase whose spending the text reports for a past period', () => {
    const c = claimOf('Filings show Cohere spent about $2 billion on Oracle cloud capacity in the first half of 2025.', 'cohere', 'oracle');
    expect(c?.status).toBe('completed');
  });

  it('takes the stated total of payments reported in the next sentence', () => {
    const c = claimOf('Cohere pays Oracle a share of its revenue. The filings show payments of $200 million in 2023 and $300 million in 2024, some $500 million in total.', 'cohere', 'oracle');
    expect(c?.amount?.lower).toBe('450000000');
    expect(c?.status).toBe('completed');
  });

  it.each([
    'Cohere will spend about $2 billion on Oracle cloud capacity in 2026.',
    'Cohere has signed a deal to spend about $2 billion on Oracle cloud capacity from 2026.',
  ])('leaves a plan or a contract alone: %s', (text) => {
    expect(claimOf(text, 'cohere', 'oracle')?.status).not.toBe('completed');
  });
});
