import { describe, it, expect } from 'vitest';
import { extractText } from '../../test/extract-helpers.js';

const status = (text: string) => extractText(text).claims.map((c) => c.status);

describe('status and hedges', () => {
  it.each([
    ['Amazon is in talks to invest $10 billion in OpenAI.', 'in_talks'],
    ['Negotiations are ongoing for Amazon to invest in OpenAI.', 'in_talks'],
    ['OpenAI plans to spend $10 billion on Oracle.', 'announced'],
    ['Nvidia announced it would invest $5 billion in Intel.', 'announced'],
    ['Nvidia signed a letter of intent to invest $100 billion in OpenAI.', 'announced'],
    ['OpenAI signed a $300 billion contract with Oracle.', 'signed'],
    ['OpenAI struck deals to rent servers from Google.', 'signed'],
    ['Nvidia invested $100 million in OpenAI.', 'completed'],
    ['Microsoft made large equity investments in OpenAI.', 'completed'],
    ['Microsoft owns 27% of OpenAI.', 'completed'],
    ['Meta held talks to buy Perplexity, but the talks collapsed.', 'cancelled'],
    ['Apple is no longer in talks to invest in OpenAI.', 'cancelled'],
    ['Microsoft denied that it would invest in OpenAI.', 'denied'],
    ['Samsung is said to be investing $1 billion in Mistral.', 'in_talks'],
    ['Tencent is said to be weighing an investment in Mistral.', 'rumoured'],
    ['Samsung is leading the new round in Mistral.', 'in_talks'],
    ['Some analysts believe Cohere is a large cloud customer of Oracle.', 'rumoured'],
    ['Cohere has committed to buy $2 billion of computing capacity from Oracle.', 'signed'],
    ['In May Cohere committed to buy $2 billion of computing capacity from Oracle.', 'announced'],
    ['Tencent, which had been in talks to join the round for Mistral, ended up not investing.', 'cancelled'],
    ['Tencent remains the biggest backer of Mistral.', 'completed'],
    ['Oracle remains the main cloud provider of Cohere.', 'signed'],
    ['Dell is the main chip supplier of Cohere.', 'completed'],
    ['Cohere trains its models mainly on Oracle Cloud.', 'signed'],
    ['Cohere negotiates a funding round of up to $2 billion led by Samsung.', 'in_talks'],
    ['Cohere closed a $2 billion round led by Samsung.', 'completed'],
  ])('"%s" → %s', (text, expected) => {
    expect(status(text)).toEqual([expected]);
  });

  it('gives what was done instead its own stage', () => {
    const r = extractText('Samsung held talks to buy Dell, but the talks collapsed and Samsung instead invested $300 million in Cohere.');
    expect(r.claims.find((c) => c.to.id === 'cohere')?.status).toBe('completed');
    expect(r.claims.find((c) => c.to.id === 'dell')?.status).toBe('cancelled');
  });

  it('keeps hedging words', () => {
    const c = extractText('Amazon could invest $10 billion in OpenAI, people familiar with the matter said; OpenAI declined to comment.').claims[0]!;
    expect(c.hedges).toEqual(expect.arrayContaining(['could', 'people familiar', 'declined to comment']));
  });

  it('flags "ranging from a substantial investment to none at all" as may be zero', () => {
    const c = extractText('Amazon may invest $10 billion or more in OpenAI, ranging from a substantial investment to none at all.').claims[0]!;
    expect(c.amount?.mayBeZero).toBe(true);
  });

  it('records "no money changes hands" as an amount of none', () => {
    const c = extractText('Apple agreed to build ChatGPT into Siri, although no money is believed to change hands.').claims[0]!;
    expect(c.amount?.qualifier).toBe('none');
  });
});
