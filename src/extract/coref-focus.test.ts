import { describe, it, expect } from 'vitest';
import { realGazetteer } from '../../test/extract-helpers.js';
import { buildView } from './build-view.js';

const view = (text: string) => buildView(text, '2025-12-17', realGazetteer());
const resolved = (text: string, phrase: string) => view(text).mentions.find((m) => m.text === phrase)?.entityId;

describe('previous sentence focus', () => {
  it('reads "the company" after a sentence that named one party as that party', () => {
    const text = 'Oracle is the best-known name here. Amazon talked about Nebius for weeks. Then consider Crusoe. Amazon pays the company $2 billion a year.';
    expect(resolved(text, 'the company')).toBe('crusoe');
  });

  it('reads "the group" as the lone subject of the sentence before, over a more-named company', () => {
    const text = 'Nebius rents chips. Nebius sells compute to Microsoft. G42 is a growing player. Microsoft put $1 billion into the group.';
    expect(resolved(text, 'the group')).toBe('g42');
  });

  it('leaves the choice to salience when the sentence before names two parties', () => {
    const text = 'Anthropic is raising money. Anthropic met investors. Google and Nebius were both there. Amazon put $1 billion into the company.';
    expect(resolved(text, 'the company')).toBe('anthropic');
  });

  it('ignores a party named earlier in the same sentence and a company used as a modifier', () => {
    // NOTE: "Nvidia chips" names a product's maker, not a focus: the previous sentence has none.
    const text = 'Anthropic is raising money. Anthropic met investors. They want Nvidia chips. Amazon put $1 billion into the company.';
    expect(resolved(text, 'the company')).toBe('anthropic');
  });

  it('never takes the clause subject as the focus', () => {
    const text = 'Anthropic is raising money. Anthropic met investors. Amazon was there. Amazon put $1 billion into the company.';
    expect(resolved(text, 'the company')).toBe('anthropic');
  });

  it('lets a possessive subject pass: "X’s contracts with it" means the party the sentence before named', () => {
    const text = 'Meta is spending heavily. Meta signs deals every month. Then there is Lambda, a cloud provider. Meta’s contracts with it now total $2 billion.';
    expect(resolved(text, 'it')).toBe('lambda');
    const two = 'Meta is spending heavily. Nvidia put money into Lambda. The start-up’s biggest backer, Microsoft, has invested $1 billion in it.';
    expect(resolved(two, 'it')).not.toBe('nvidia');
  });
});

describe('"it" after a giving verb', () => {
  it('reads "sells it the chips" with "it" as the receiver, not the seller', () => {
    const text = 'Consider Lambda. Nvidia holds a stake in the cloud company and sells it the chips that fill its data centres.';
    expect(resolved(text, 'it')).toBe('lambda');
  });

  it('keeps a subject "it" after a comma as the subject', () => {
    expect(resolved('Nvidia makes chips. It sells them to Lambda.', 'It')).toBe('nvidia');
  });
});
