import { describe, it, expect } from 'vitest';
import { extractText, realGazetteer, triples } from '../../test/extract-helpers.js';
import { documentFromArticle } from './article-file.js';
import { buildView } from './build-view.js';
import { findFigures } from './company-figures.js';
import { findFrames } from './deal-frames.js';
import { retypeFrames } from './frame-retype.js';
import { AMOUNT_CLASS } from './pair-amount.js';
import { BACKOFF_STRENGTH, pairBackoffFrames } from './pair-backoff.js';
import { loadPairModel, type PairModelData } from './pair-model.js';
import { extractWithRules } from './rules-extractor.js';
import { attributionsBySentence } from './attribution.js';
import { investeesBySentence, mergeClaims } from './merge-claims.js';

/** An invented model: "toasted" between two companies means the second rents compute to the first. */
const TOAST: PairModelData = {
  classes: ['none', 'compute_purchase<', 'compute_purchase>'],
  features: 'bias\nw:toasted',
  offsets: [0, 1, 2],
  cls: [0, 2],
  w: [1, 4],
  threshold: 0.5,
};
const TEXT = 'Cohere toasted Lambda for about $3 billion at a dinner in Austin.';
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
    expect(r.claims[0]!.amount).toBeNull();
    expect(r.claims[0]!.evidence[0]!.quote).toBe(TEXT);
  });

  it('stays quiet below the threshold and where the rules already speak', () => {
    expect(triples(run(TEXT, loadPairModel(TOAST, 0.999)))).toEqual([]);
    const ruled = run('Tencent invested $1 billion in Cohere. Tencent toasted Cohere afterwards.', loadPairModel(TOAST));
    expect(triples(ruled)).toEqual(['tencent→cohere equity_investment']);
  });

  it('makes one claim per pair from its surest sentence, with the class status unless words say otherwise', () => {
    const withStatus = loadPairModel({ ...TOAST, statuses: ['', '', 'signed'] });
    const r = run('Cohere toasted Lambda in May. Later Cohere toasted Lambda again.', withStatus);
    expect(r.claims.length).toBe(1);
    expect(r.claims[0]!.evidence.length).toBe(1);
    expect(r.claims[0]!.status).toBe('signed');
    const talks = run('Cohere, in talks over a deal, toasted Lambda.', withStatus);
    expect(talks.claims[0]!.status).toBe('in_talks');
  });

  it('takes the status the sentence\'s own tense and hedges give, the class\'s usual one only without cues', () => {
    const beside: PairModelData = { ...TOAST, features: 'bias\nw:beside\nw:toasted', offsets: [0, 1, 2, 3], cls: [0, 2, 2], w: [1, 4, 4], statuses: ['', '', 'completed'] };
    const status = (text: string) => run(text, loadPairModel(beside)).claims.map((c) => c.status);
    expect(status('Cohere sat beside Lambda at the Austin dinner.')).toEqual(['completed']);
    expect(status('Cohere toasted Lambda at the Austin dinner.')).toEqual(['signed']);
    expect(status('Cohere may have toasted Lambda at the Austin dinner.')).toEqual(['in_talks']);
    expect(status('Cohere plans to sit beside Lambda at the Austin dinner.')).toEqual(['announced']);
  });

  it('gives a guessed pair no amount: not its sentence\'s sum, nor a loose figure of the paragraph', () => {
    const frameAmount = (text: string) => {
      const v = buildView(text, '2025-12-17', realGazetteer());
      const { taken } = findFigures(v);
      const frames = pairBackoffFrames(v, retypeFrames(v, findFrames(v, taken)), loadPairModel(TOAST));
      expect(frames.length).toBe(1);
      return frames[0]!.amount;
    };
    expect(frameAmount('Cohere toasted Lambda in a deal worth $3 billion.')).toBeNull();
    const loose = run('Cohere toasted Lambda in May. The deal is worth $3 billion, people said.', loadPairModel(TOAST));
    expect(triples(loose)).toEqual(['cohere→lambda compute_purchase']);
    expect(loose.claims[0]!.amount).toBeNull();
  });

  it('gives a guessed pair the sum its amount attacher is sure of, and only from its own sentence', () => {
    const attacher = loadPairModel({ classes: ['none', AMOUNT_CLASS], features: 'bias\nl1:worth', offsets: [0, 1, 2], cls: [0, 1], w: [1, 4], threshold: 0.8 });
    const model = { ...loadPairModel(TOAST), amount: attacher };
    const worth = run('Cohere toasted Lambda in a deal worth $3 billion.', model);
    expect(triples(worth)).toEqual(['cohere→lambda compute_purchase']);
    expect(worth.claims[0]!.amount?.lower).toBe('3000000000');
    expect(run('Cohere toasted Lambda for $3 billion.', model).claims[0]!.amount).toBeNull();
    const loose = run('Cohere toasted Lambda in May. The deal is worth $3 billion, people said.', model);
    expect(loose.claims[0]!.amount).toBeNull();
  });

  it('takes a neighbour\'s sum that names a party and the deal, when the attacher has a threshold for such sums', () => {
    const data: PairModelData = { classes: ['none', AMOUNT_CLASS], features: 'bias\no.lc:gets', offsets: [0, 1, 2], cls: [0, 1], w: [1, 4], threshold: 0.8 };
    const text = 'Cohere toasted Lambda in May. Under the contract, Lambda gets $3 billion.';
    const amountWith = (attacher: PairModelData) => run(text, { ...loadPairModel(TOAST), amount: loadPairModel(attacher) }).claims[0]!.amount?.lower ?? null;
    expect(amountWith(data)).toBeNull();
    expect(amountWith({ ...data, otherThreshold: 0.9 })).toBe('3000000000');
    expect(amountWith({ ...data, otherThreshold: 0.99 })).toBeNull();
  });

  it('lends a rule\'s claim none of the sum a learned frame of the same pair carries', () => {
    const doc = documentFromArticle('t', ' date 2025-12-17\nTencent toasted Cohere with $5 billion. Tencent later invested $1 billion in Cohere.');
    const v = buildView(doc.text, doc.publishedAt, realGazetteer());
    const { figures, taken } = findFigures(v);
    const ruled = retypeFrames(v, findFrames(v, taken));
    const rule = ruled.find((f) => f.type === 'equity_investment' && f.amount)!;
    const five = v.amounts.find((a) => a.value.lower === '5000000000')!;
    const learned = { ...rule, sentence: five.sentence, trigger: five.tok - 1, amount: five, strength: BACKOFF_STRENGTH, learned: true };
    const ctx = { doc, recordedAt: '2026-01-01T00:00:00.000Z', attributionOf: attributionsBySentence(v, null), investees: investeesBySentence(v, ruled, figures) };
    const claims = mergeClaims(v, [...ruled, learned], ctx).filter((c) => c.type === 'equity_investment');
    expect(claims.length).toBe(1);
    expect([claims[0]!.amount?.lower, claims[0]!.amount?.upper]).toEqual(['1000000000', '1000000000']);
    expect(claims[0]!.evidence.length).toBe(2);
  });
});
