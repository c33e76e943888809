import { describe, it, expect } from 'vitest';
import { extractText, triples } from '../../test/extract-helpers.js';
import { buildView } from './build-view.js';
import { describesCompany } from './hardware-modifier.js';
import { realGazetteer } from '../../test/extract-helpers.js';

const at = (text: string, word: string) => {
  const v = buildView(text, null, realGazetteer());
  return describesCompany(v, v.tokens.findIndex((t) => t.lower === word));
};

describe('describesCompany', () => {
  it('is true for a hardware word before a company noun', () => {
    expect(at('It rents capacity from the chip start-up.', 'chip')).toBe(true);
    expect(at('The GPU cloud will deploy more racks.', 'gpu')).toBe(true);
  });
  it('is false for hardware named as goods', () => {
    expect(at('It bought 10,000 chips from Nvidia.', 'chips')).toBe(false);
    expect(at('It ordered GPU servers for its campus.', 'gpu')).toBe(false);
  });
});

describe('capacity from a company described by its chips', () => {
  it('gives no hardware purchase for capacity taken from "the chip start-up"', () => {
    const out = triples(extractText('OpenAI picked Cerebras for its new data centres. The ChatGPT maker will take up to 750 megawatts of the chip start-up\'s capacity through 2028.'));
    expect(out).not.toContain('openai→cerebras hardware_purchase');
  });
});
