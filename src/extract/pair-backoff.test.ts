import { describe, it, expect } from 'vitest';
import { extractText, realGazetteer, triples } from '../../test/extract-helpers.js';
import { documentFromArticle } from './article-file.js';
import { BACKOFF_STRENGTH } from './pair-backoff.js';
import { loadPairModel, type PairModelData } from './pair-model.js';
import { extractWithRules } from './rules-extractor.js';

/** An invented model: "toasted" between two companies means the second rents compute to the first. */
const TOAST: PairModelData = {
  classes: ['none', 'compute_purchase<', 'compute_purchase>'],
  features: 'bias\nw:toasted',
  offsets: [0, 1, 2],
  cls: [0, 2],
  w: [1, 4],
  threshold: 0.5,
};
const TEXT = 'Cohere toasted Lambda at a dinner in Austin, and a $3 billion figure was mentioned.';
const run = (text: string, pairBackoff: boolean | ReturnType<typeof loadPairModel>) =>
  extractWithRules(documentFromArticle('t', ` date 2025-12-17\n${text}`), { gazetteer: realGazetteer(), now: '2026-01-01T00:00:00.000Z', pairBackoff });

describe('the pair back-off', () => {
  it('is off by default and adds nothing when off', () => {
    expect(triples(extractText(TEXT))).toEqual([]);
    expect(triples(run(TEXT, false))).toEqual([]);
  });

  it('proposes a low-confidence claim for an unlinked pair its model scores above the threshold', () => {
    const r = run(TEXT, loadPairModel(TOAST));
    expect(triples(r)).toEqual(['cohere→lambda compute_purchase']);
    expect(r.claims[0]!.confidence).toBeLessThanOrEqual(BACKOFF_STRENGTH);
    expect(r.claims[0]!.amount?.point).toBe('3000000000');
    expect(r.claims[0]!.evidence[0]!.quote).toBe(TEXT);
  });

  it('stays quiet below the threshold and where the rules already speak', () => {
    expect(triples(run(TEXT, loadPairModel(TOAST, 0.999)))).toEqual([]);
    const ruled = run('Tencent invested $1 billion in Cohere. Tencent toasted Cohere afterwards.', loadPairModel(TOAST));
    expect(triples(ruled)).toEqual(['tencent→cohere equity_investment']);
  });

  it('takes no amount when the sentence offers two', () => {
    const r = run('Cohere toasted Lambda, and figures of $3 billion and $5 billion were mentioned.', loadPairModel(TOAST));
    expect(triples(r)).toEqual(['cohere→lambda compute_purchase']);
    expect(r.claims[0]!.amount).toBeNull();
  });
});
