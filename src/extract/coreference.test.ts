import { describe, it, expect } from 'vitest';
import { realGazetteer } from '../../test/extract-helpers.js';
import { buildView } from './build-view.js';
import { SECTOR_HINTS } from './coref-anaphors.js';

const view = (text: string) => buildView(text, '2025-12-17', realGazetteer());
const resolved = (text: string, phrase: string) => view(text).mentions.find((m) => m.text === phrase)?.entityId;

describe('coreference', () => {
  it('reads "it" as the subject of its clause, across sentences', () => {
    expect(resolved('After Microsoft made large investments in OpenAI, it announced a deal.', 'it')).toBe('microsoft');
    expect(resolved('OpenAI plans to spend billions on Oracle. It also rents servers from Google.', 'It')).toBe('openai');
  });

  it('reads "its" as the subject of its own sentence', () => {
    expect(resolved('Anthropic counts Google among its backers.', 'its')).toBe('anthropic');
  });

  it('resolves descriptors, products and executives', () => {
    expect(resolved('OpenAI raised money. The ChatGPT-maker said so.', 'ChatGPT-maker')).toBe('openai');
    expect(resolved('Spending commitments for Altman\'s company are piling up.', "Altman's company")).toBe('openai');
    expect(resolved('Nvidia and OpenAI met. Sam Altman’s chatbot company has become hungry.', 'Sam Altman’s chatbot company')).toBe('openai');
  });

  it('reads "the AI firm" by sector and "that company" as the last company named', () => {
    expect(resolved('Amazon will invest in OpenAI. Analysts said the AI firm is growing.', 'the AI firm')).toBe('openai');
    expect(resolved('Microsoft invested in Anthropic and agreed to use that company’s AI.', 'that company')).toBe('anthropic');
  });

  it('reads no sector hint from words that name Object methods', () => {
    // "constructor" once read Object.prototype.constructor, a truthy non-array hint.
    for (const w of ['constructor', 'tostring', 'valueof', '__proto__', 'hasownproperty']) expect(SECTOR_HINTS[w]).toBeUndefined();
    expect(SECTOR_HINTS['chipmaker']).toEqual(['chips']);
  });

  it('never binds "the company" in object position to its own clause subject', () => {
    expect(resolved('Microsoft is in talks to invest in OpenAI, in a deal that would value the company at $29 billion.', 'the company')).toBe('openai');
  });

  it('lets a described sector beat a clause-subject guess that does not fit it', () => {
    expect(resolved('Mistral said it knew of no talks, after a report that Apple executives discussed a bid for the AI start-up.', 'the AI start-up')).toBe('mistral-ai');
    expect(resolved('Mistral said it knew of no talks, after a report that Apple executives discussed a bid for the company.', 'the company')).toBe('apple');
  });

  it('reads an appositive as the company it describes', () => {
    expect(resolved('Amazon will invest in OpenAI, the company behind ChatGPT, soon.', 'the company')).toBe('openai');
    expect(resolved("It would mirror Microsoft's approach, its fiercest cloud-services rival.", 'its fiercest cloud-services rival')).toBe('microsoft');
  });
});

describe('mentions', () => {
  it('matches short names and tickers only in their own case, longer names in any capitalised form', () => {
    const ids = (text: string) => view(text).mentions.filter((m) => m.kind !== 'pronoun').map((m) => m.entityId);
    expect(ids('Coreweave and AMD signed.')).toEqual(['coreweave', 'amd']);
    expect(ids('the amd deal and the coreweave deal')).toEqual([]);
    expect(ids('Shares of NVDA rose.')).toEqual(['nvidia']);
  });

  it('flags outlets and finds unknown companies by suffix or descriptor', () => {
    const v = view('AI startup Quillmark Labs and Foo Robotics Inc. talked to Reuters.');
    expect(v.mentions.map((m) => [m.text, m.kind, m.outlet])).toEqual([
      ['Quillmark Labs', 'unknown', false],
      ['Foo Robotics Inc.', 'unknown', false],
      ['Reuters', 'name', true],
    ]);
  });

  it('finds a bare name in a deal slot: a purchase target, a sentence-opening deal subject, after an opening descriptor', () => {
    const unknown = (text: string) => view(text).mentions.filter((m) => m.kind === 'unknown').map((m) => m.text);
    expect(unknown('Meta agreed to acquire Quillmark for $2 billion.')).toEqual(['Quillmark']);
    expect(unknown('Quillmark raised $200 million from Accel.')).toEqual(['Quillmark']);
    expect(unknown('Chipmaker Quillmark agreed to be bought by Meta.')).toEqual(['Quillmark']);
    expect(unknown('Meta agreed to buy Texas land and Quillmark shares.')).toEqual([]);
    expect(unknown('Officials in Quillmark said the talks would resume.')).toEqual([]);
  });

  it('marks possessives, modifiers and roles', () => {
    const v = view('The Amazon investment would help OpenAI’s growth, Microsoft said.');
    expect(v.mentions.map((m) => [m.text, m.role, m.possessive])).toEqual([
      ['Amazon', 'modifier', false],
      ['OpenAI', 'object', true],
      ['Microsoft', 'subject', false],
    ]);
  });

  it('reads a sentence-initial "Its" as the previous subject, not the latest name', () => {
    expect(resolved('Lambda said it grew. The company rents out Nvidia processors. Its revenue doubled.', 'Its')).toBe('lambda');
    expect(resolved('Nebius rents out Nvidia processors. Its revenue doubled.', 'Its')).toBe('nebius');
  });

  it('keeps a pronoun in a "whose" clause off the clause head', () => {
    expect(resolved('Cohere is raising. Nvidia and Oracle, whose chips it uses, invested.', 'it')).toBe('cohere');
  });

  it('reads "the … miner" as a company', () => {
    expect(resolved('Cipher Mining shares rose after the bitcoin miner signed a deal.', 'the bitcoin miner')).toBe('cipher-mining');
  });

  it('never reads an object "it" as the subject of its own clause', () => {
    const text = 'Cohere is growing fast. Salesforce owns part of Cohere, and Oracle has invested $1 billion in it since 2022.';
    const m = view(text).mentions.find((x) => x.text === 'it');
    expect(m?.entityId).toBe('cohere');
    expect(m?.role).toBe('oblique');
  });

  it('reads "its" after a linking verb as someone other than the subject and its parent', () => {
    const text = 'Mistral AI signed a deal with Microsoft.\n- Amazon: AWS remains its main cloud partner.';
    expect(resolved(text, 'its')).toBe('mistral-ai');
    expect(resolved('Cohere hired engineers. Oracle is its largest supplier.', 'its')).toBe('cohere');
  });

  it('resolves "the London-based company" and prefers the paragraph label', () => {
    const text = 'Cohere needs servers.\n- Nscale: Cohere will spend $2 billion with the London-based company this year.';
    expect(resolved(text, 'the London-based company')).toBe('nscale');
  });

  it('reads "the company" after an analyst\'s estimate as the company under discussion', () => {
    expect(resolved("Cohere is growing. Roth Capital estimates the company's spending could double.", 'the company')).toBe('cohere');
  });
});
