import { describe, it, expect } from 'vitest';
import { extractText } from '../../test/extract-helpers.js';

const attribution = (text: string) => extractText(text).claims[0]!.attribution;

describe('attribution', () => {
  it('credits another outlet and its anonymous sources, and marks the re-report', () => {
    expect(attribution('Amazon is in talks to invest in OpenAI, The Information reported, citing people familiar with the discussions.')).toEqual({
      kind: 'anonymous_sources', source: 'people familiar with the discussions', repeats: 'The Information',
    });
  });

  it('reads "according to", "told Reuters" and "as first reported by"', () => {
    expect(attribution('According to Bloomberg, Nvidia will invest in xAI.')).toMatchObject({ kind: 'other_outlet', source: 'Bloomberg' });
    expect(attribution('A source familiar with the matter told Reuters that Amazon may invest in OpenAI.')).toMatchObject({ kind: 'anonymous_sources', repeats: 'Reuters' });
    expect(attribution('Oracle will buy Nvidia chips, as first reported by the Financial Times.')).toMatchObject({ repeats: 'Financial Times' });
  });

  it('reads company statements, filings and executives', () => {
    expect(attribution('Microsoft will invest $1 billion in OpenAI, the companies said.')).toMatchObject({ kind: 'company_statement' });
    expect(attribution('Nvidia said in a statement that it would invest in Intel.')).toMatchObject({ kind: 'company_statement' });
    expect(attribution('Nvidia owns 7% of CoreWeave, according to a regulatory filing.')).toMatchObject({ kind: 'filing' });
    expect(attribution('Jensen Huang said Nvidia will invest in OpenAI.')).toMatchObject({ kind: 'named_executive', source: 'Jensen Huang' });
  });

  it('does not treat the document’s own outlet as a repeat', () => {
    const r = extractText('Nvidia will invest in Intel, Reuters reported.');
    expect(r.claims[0]!.attribution.repeats).toBe('Reuters');
  });
});
