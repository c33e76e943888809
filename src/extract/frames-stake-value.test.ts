import { describe, it, expect } from 'vitest';
import { extractText, triples } from '../../test/extract-helpers.js';

const amountOf = (r: ReturnType<typeof extractText>, triple: string) =>
  r.claims.find((c) => `${c.from.id ?? `?${c.from.name}`}→${c.to.id ?? `?${c.to.name}`} ${c.type}` === triple)?.amount ?? null;

describe('what a holding is worth', () => {
  it('reads "X\'s stake in Y was valued at $N" as a held stake with that value, not a valuation of Y', () => {
    const r = extractText('Salesforce\'s stake in Cohere was valued at about $2 billion at the end of June.');
    expect(triples(r)).toEqual(['salesforce→cohere stake']);
    expect(amountOf(r, 'salesforce→cohere stake')?.point).toBe('2000000000');
    expect(r.claims[0]!.status).toBe('completed');
    expect(r.figures.map((f) => f.entityId)).not.toContain('cohere');
  });

  it('reads "holding in Y, worth $N" and "holds an investment in Y valued at $N"', () => {
    expect(amountOf(extractText('Tencent\'s holding in Cohere, worth some $900m, is its largest.'), 'tencent→cohere stake')?.point).toBe('900000000');
    const r = extractText('Oracle now holds an investment in Cohere valued at about $3 billion.');
    expect(triples(r)).toEqual(['oracle→cohere stake']);
    expect(amountOf(r, 'oracle→cohere stake')?.point).toBe('3000000000');
  });

  it('reads sales of named holdings, past a share-count appositive', () => {
    const r = extractText('Tencent has sold its entire Cohere holding, 12 million shares, for $1.2 billion, and offloaded Salesforce shares for $800 million.');
    expect(amountOf(r, 'tencent→cohere stake')?.point).toBe('1200000000');
    expect(amountOf(r, 'tencent→salesforce stake')?.point).toBe('800000000');
    expect(r.claims.every((c) => c.status === 'cancelled')).toBe(true);
  });

  it('does not make a company selling its own new shares a holder', () => {
    expect(triples(extractText('Cohere sold new shares to investors last month.'))).toEqual([]);
  });
});

describe('shareholders named before the noun', () => {
  it('reads "X is also a Y shareholder" as a held stake', () => {
    const r = extractText('Tencent, which hosts its models and is also a Cohere shareholder, remains its main partner.');
    expect(triples(r)).toContain('tencent→cohere stake');
  });

  it('does not make a customer a shareholder', () => {
    expect(triples(extractText('Tencent is a big Cohere customer.'))).not.toContain('tencent→cohere stake');
  });
});

describe('the holder of the rest', () => {
  it('reads "will own 80% of the joint venture against Y\'s 20%" as two partners', () => {
    const r = extractText('Meta has agreed a financing for its Hyperion JV campus with Blue Owl, which will own 80% of the joint venture against Meta\'s 20%.');
    expect(triples(r)).toEqual(expect.arrayContaining(['blue-owl→hyperion-jv joint_venture', 'meta→hyperion-jv joint_venture']));
  });

  it('needs a percentage after the second company', () => {
    const r = extractText('Microsoft owns 27% of OpenAI and Oracle sells it cloud capacity.');
    expect(triples(r)).not.toContain('oracle→openai stake');
  });
});

describe('money contributed with the venture in context', () => {
  it('reads "X contributes $N in cash" after a venture is named as a contribution to it', () => {
    const r = extractText('Meta and Blue Owl set up the Hyperion JV last year. Blue Owl contributes about $7 billion in cash.');
    expect(triples(r)).toContain('blue-owl→hyperion-jv joint_venture');
    expect(triples(r)).not.toContain('blue-owl→meta equity_investment');
  });
});
