import { describe, it, expect } from 'vitest';
import { extractText, realGazetteer, triples } from '../../test/extract-helpers.js';
import { buildView } from './build-view.js';
import { startsClause } from './mention-roles.js';

const starts = (text: string, name: string) => {
  const v = buildView(text, '2025-12-01', realGazetteer());
  const m = v.mentions.filter((x) => x.text === name).at(-1)!;
  return startsClause(v, m);
};

describe('a name after ", and" that opens a coordinated clause', () => {
  it('starts a clause before a deal verb, with or without an adverb between', () => {
    expect(starts('Lambda buys its chips from AMD, and AMD owns 5% of Lambda.', 'AMD')).toBe(true);
    expect(starts('Lambda buys its chips from AMD, and AMD in turn holds 5% of Lambda.', 'AMD')).toBe(true);
    expect(starts('Lambda rents servers to Amazon, and Nvidia also invests in Lambda.', 'Nvidia')).toBe(true);
  });

  it('does not start a clause inside a list or before a noun', () => {
    expect(starts('Lambda buys chips from Intel, Samsung, and AMD.', 'AMD')).toBe(false);
    expect(starts('Lambda buys chips from Intel, and AMD chips too.', 'AMD')).toBe(false);
  });

  it('lets the coordinated clause keep its own deal', () => {
    expect(triples(extractText('Lambda buys its processors from AMD, and AMD in turn owns about 5% of Lambda.'))).toContain('amd→lambda stake');
  });
});
