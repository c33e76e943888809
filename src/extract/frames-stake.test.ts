import { describe, it, expect } from 'vitest';
import { extractText, triples } from '../../test/extract-helpers.js';

const claims = (text: string) => extractText(text).claims.map((c) => ({ t: `${c.from.id ?? `?${c.from.name}`}→${c.to.id ?? `?${c.to.name}`} ${c.type}`, status: c.status, amount: c.amount }));
const stakes = (text: string) => triples(extractText(text)).filter((x) => / stake$/.test(x));

describe('stake sales', () => {
  it('reads a sale of the whole holding as a stake that ended, the proceeds its amount', () => {
    const [c] = claims('Dell sold all of its Equinix shares in March for $2.1 billion.');
    expect(c?.t).toBe('dell→equinix stake');
    expect(c?.status).toBe('cancelled');
    expect(c?.amount?.lower).toBe('2100000000');
  });

  it('reads a partial sale as a stake still held, without the proceeds as its size', () => {
    const [c] = claims('Tencent sold part of its holding in Snowflake for $900 million last quarter.');
    expect(c?.t).toBe('tencent→snowflake stake');
    expect(c?.status).toBe('completed');
    expect(c?.amount).toBeNull();
  });

  it('reads "has offloaded its entire stake in"', () => {
    expect(claims('Samsung has offloaded its entire stake in Cerebras.').map((c) => [c.t, c.status])).toEqual([['samsung→cerebras stake', 'cancelled']]);
  });

  it.each([
    'Regulators could force Intel to sell its stake in Cerebras.',
    'Dell sells servers and storage to Equinix.',
    'The size of the stake was not disclosed.',
    'Tencent would never sell its Snowflake shares, a spokesman said.',
  ])('finds no stake sale in "%s"', (text) => {
    expect(claims(text).filter((c) => /stake$/.test(c.t) && c.status === 'cancelled')).toEqual([]);
  });
});

describe('shareholders', () => {
  it.each([
    ['Qualcomm has been a shareholder in Cohere since its 2023 funding round.', 'qualcomm→cohere stake'],
    ['Brookfield, one of Vultr’s largest shareholders, opposed the plan.', 'brookfield→vultr stake'],
    ['Tiger Global is a major shareholder of Databricks.', 'tiger-global→databricks stake'],
    ['Intel is both Cerebras’s biggest foundry customer and a shareholder.', 'intel→cerebras stake'],
    ['Cohere relies on one partner. It works closely with Oracle, which is at once its cloud host, an early shareholder and its main reseller.', 'oracle→cohere stake'],
    ['Salesforce, which has invested about $2 billion in Cohere since 2021, remains its largest outside shareholder.', 'salesforce→cohere stake'],
  ])('"%s" → %s', (text, expected) => {
    expect(stakes(text)).toEqual([expected]);
  });

  it('gives a shareholder the stated value of its stake', () => {
    const c = claims('Intel is both Cerebras’s main foundry and a shareholder, with a stake of about 5% worth roughly $400 million.').find((x) => x.t === 'intel→cerebras stake');
    expect(c?.amount?.lower).toBe('360000000');
  });

  it.each([
    'ASML invested €1.3bn in Mistral AI, becoming its largest shareholder.',
    'Shareholders of Snowflake will vote next week.',
    'The shareholder meeting was held in Austin.',
    'Dell poured $2 billion into Cohere last year, making it the top shareholder.',
    'Intel is a chip supplier to Cerebras, and its shareholders are unhappy.',
  ])('finds no holding in "%s"', (text) => {
    expect(stakes(text)).toEqual([]);
  });
});

describe('holdings', () => {
  it.each([
    ['Tencent owns roughly a third of Moonshot Labs Inc.', '?Moonshot Labs Inc.'],
    ['Intel, which will own about 30% of SambaNova’s chip business, declined to comment.', 'sambanova'],
    ['Salesforce holds 11% of Cohere, a stake worth about $700 million.', 'cohere'],
  ])('"%s" → a stake in %s', (text, company) => {
    const found = stakes(text);
    expect(found).toHaveLength(1);
    expect(found[0]).toContain(`→${company} stake`);
  });

  it('gives a stake the stated value of the holding', () => {
    const c = claims('Salesforce holds 11% of Cohere, a stake worth about $700 million.').find((x) => x.t === 'salesforce→cohere stake');
    expect(c?.amount?.lower).toBe('630000000');
  });

  it('reads a subject named by its appositive ("The lab, renamed the X,")', () => {
    expect(stakes('Databricks was spun out in 2013. The fund, renamed Tiger Global, keeps control of Databricks and holds about 30% of it.')).toEqual(['tiger-global→databricks stake']);
  });

  it('reads "the group" as the company whose name ends in it, named just before', () => {
    expect(stakes('SoftBank Group said on Monday it had raised new debt. The group will hold about 11% of Cohere.')).toEqual(['softbank→cohere stake']);
  });

  it.each([
    'Analysts expect Nvidia to own 5% of the market by 2027.',
    'Microsoft owns 20% of the cloud market.',
    'About a third of Snowflake’s revenue comes from three customers.',
    'Intel holds 51% of the PC processor market.',
    'Microsoft holds about 27% of the votes on the board.',
    'Cohere could end up owning a tenth of Groq if the warrant vests.',
  ])('finds no holding in "%s"', (text) => {
    expect(stakes(text)).toEqual([]);
  });
});
