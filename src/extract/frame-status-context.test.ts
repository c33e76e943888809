import { describe, it, expect } from 'vitest';
import { extractText } from '../../test/extract-helpers.js';
import { ARRANGING, raisingUnderWay } from './frame-status-context.js';

const claim = (text: string, to: string) => extractText(text).claims.find((c) => c.to.id === to);

describe('a round still being raised', () => {
  it.each([
    ['cohere is raising about $ 3 billion , including an investment of up to $ 500 million from', true],
    ['mistral is currently seeking € 1 billion , with', true],
    ['dell is raising its stake in', false],
    ['oracle is raising prices for', false],
    ['cohere raised $ 3 billion from', false],
  ])('"%s" → %s', (before, expected) => {
    expect(raisingUnderWay(before)).toBe(expected);
  });

  it('reads an investment inside a round being raised as in talks', () => {
    const c = claim('Cohere is raising about $3 billion, including an investment of up to $500 million from Samsung, people familiar said.', 'cohere');
    expect(c?.status).toBe('in_talks');
  });

  it('keeps a closed round complete', () => {
    const c = claim('Cohere raised $3 billion, including an investment of $500 million from Samsung.', 'cohere');
    expect(c?.status).toBe('completed');
  });
});

describe('terms still open in the paragraph', () => {
  it('turns a round read from tense alone into talks', () => {
    const c = claim('Cohere funding\n\nTencent led a $1 billion round in Cohere. The terms are still being finalised and could change.', 'cohere');
    expect(c?.status).toBe('in_talks');
  });

  it('leaves another paragraph alone', () => {
    const c = claim('Cohere funding\n\nTencent led a $1 billion round in Cohere.\n\nThe terms of a separate data-centre deal are still being negotiated.', 'cohere');
    expect(c?.status).toBe('completed');
  });

  it('does not override explicit wording', () => {
    const c = claim('Cohere funding\n\nTencent has signed an agreement to invest $1 billion in Cohere. Details of a second tranche are still being negotiated.', 'cohere');
    expect(c?.status).toBe('signed');
  });
});

describe('money promised for later', () => {
  it.each([
    ['As part of the alliance, Samsung and Dell are committing to invest up to $4 billion and $1 billion respectively in Mistral.', 'announced'],
    ['Samsung has promised to invest up to $4 billion in Mistral.', 'announced'],
    ['Samsung invested $4 billion in Mistral.', 'completed'],
  ])('"%s" → %s', (text, expected) => {
    expect(claim(text, 'mistral-ai')?.status).toBe(expected);
  });
});

describe('an investor named in a round before its other deals', () => {
  it('joins the round being raised, not a later deal of the same investor', () => {
    const r = extractText('Cohere funding\n\nCohere is raising about $3 billion, including an investment of up to $500 million from Samsung.\n\nSamsung has promised to invest up to $4 billion in Mistral.');
    const cohere = r.claims.find((c) => c.from.id === 'samsung' && c.to.id === 'cohere');
    expect(cohere?.amount?.upper).toBe('500000000');
    expect(r.claims.find((c) => c.to.id === 'mistral-ai')?.amount?.upper).toBe('4000000000');
  });
});

describe('a financing still being arranged', () => {
  const statusOf = (text: string, id: string) => extractText(text).claims.find((c) => c.to.id === id || c.from.id === id)?.status;

  it('puts what the financing pays for in talks', () => {
    expect(ARRANGING.test('the loan is being arranged through')).toBe(true);
    expect(ARRANGING.test('two banks are lining up to lend')).toBe(true);
    expect(statusOf('The financing is being arranged through Cohere, which will buy Nvidia processors with it.', 'nvidia')).toBe('in_talks');
  });

  it('leaves a financing already arranged, or money already moved, alone', () => {
    expect(ARRANGING.test('the loan was arranged by')).toBe(false);
    expect(statusOf('The financing was arranged last year, and Cohere will buy Nvidia processors with it.', 'nvidia')).toBe('announced');
  });
});
