import { describe, it, expect } from 'vitest';
import { extractText, triples } from '../../test/extract-helpers.js';

const licences = (text: string) => triples(extractText(text)).filter((x) => x.endsWith(' licence'));

describe('a licence handed over as a noun', () => {
  it('reads the one given the licence as the licensee and the owner of what it covers as the licensor', () => {
    expect(licences('The pact gives Microsoft a five-year licence to more than 50 Mistral AI models.')).toEqual(['microsoft→mistral-ai licence']);
    expect(licences('Nvidia granted Samsung a licence to its designs.')).toEqual(['samsung→nvidia licence']);
  });

  it('reads the subject of "gets a licence" as the licensee', () => {
    expect(licences("Apple got a two-year licence to Google's models.")).toEqual(['apple→google licence']);
  });

  it('reads "licenses Y\'s catalogue to X" with X as the licensee', () => {
    expect(licences("The deal licenses 300 of Nvidia's designs to Samsung.")).toEqual(['samsung→nvidia licence']);
  });

  it('reads no licence when nobody is handed one', () => {
    expect(licences('The licence to Mistral AI models was discussed at length.')).toEqual([]);
    expect(licences('Microsoft gave a speech about its licence.')).toEqual([]);
  });
});
