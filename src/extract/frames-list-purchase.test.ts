import { describe, it, expect } from 'vitest';
import { extractText, triples } from '../../test/extract-helpers.js';

describe('verbless purchase lists', () => {
  it('gives each colon-list entry to the possessor of the lead-in deal noun', () => {
    const r = extractText('Meta has kept buying. Its hardware orders this year: 2 GW of Nvidia systems; 500 MW of AMD accelerators; and 1 GW of custom chips designed with Broadcom.');
    expect(triples(r)).toEqual(expect.arrayContaining(['meta→amd hardware_purchase', 'meta→broadcom hardware_purchase', 'meta→nvidia hardware_purchase']));
  });

  it('falls back on the paragraph topic when the lead-in has no owner', () => {
    const text = [
      'Anthropic said on Tuesday it had lined up more computing power. The company expects its revenue to triple. It has also hired a new finance chief.',
      'The hardware deals are measured in gigawatts: 1 GW of Google processors and 2 GW of Nvidia systems.',
    ].join('\n\n');
    const r = extractText(text);
    expect(triples(r)).toEqual(expect.arrayContaining(['anthropic→google hardware_purchase', 'anthropic→nvidia hardware_purchase']));
  });

  it('carries a money measure as the amount', () => {
    const r = extractText('xAI keeps spending. Its chip purchases so far: $3bn of Nvidia processors, and $1bn of AMD accelerators.');
    const byTo = Object.fromEntries(r.claims.filter((c) => c.type === 'hardware_purchase').map((c) => [c.to.id, c.amount?.point]));
    expect(byTo).toMatchObject({ nvidia: '3000000000', amd: '1000000000' });
  });

  it('stays silent without a deal noun before the colon', () => {
    const r = extractText('Supply is tight: 10 GW of Nvidia systems were shipped last year.');
    expect(triples(r)).toEqual([]);
  });

  it('stays silent when no company dominates and the lead-in has no owner', () => {
    const r = extractText('Microsoft and Amazon both spoke. The deals compare as follows: 2 GW of Nvidia systems and 1 GW of AMD processors.');
    expect(triples(r).filter((x) => x.includes('hardware_purchase'))).toEqual([]);
  });

  it('does not read a measure in running text as a list entry', () => {
    const r = extractText('Meta is growing. Meta says it has many plans. Its analysts think the market needs 5 GW of AMD processors by 2027.');
    expect(triples(r)).toEqual([]);
  });
});
