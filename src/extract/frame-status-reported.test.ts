import { describe, it, expect } from 'vitest';
import { extractText } from '../../test/extract-helpers.js';

const statusOf = (text: string, from: string, to: string) => extractText(text).claims.find((c) => c.from.id === from && c.to.id === to)?.status;

describe('"would" in reported speech', () => {
  it('reads "X reported (in May) that Y would spend" as an announced plan', () => {
    expect(statusOf('Reuters reported in March that Anthropic would spend about $5 billion on AMD chips.', 'anthropic', 'amd')).toBe('announced');
    expect(statusOf('The Information reported that Meta would spend $2 billion on Nvidia GPUs.', 'meta', 'nvidia')).toBe('announced');
  });

  it('keeps talks and bare conditionals as they were', () => {
    expect(statusOf('Bloomberg reported that Meta is in talks to spend $2 billion on Nvidia GPUs.', 'meta', 'nvidia')).toBe('in_talks');
    expect(statusOf('Meta would spend $2 billion on Nvidia GPUs if the plan went ahead.', 'meta', 'nvidia')).not.toBe('announced');
  });
});
