import { describe, it, expect } from 'vitest';
import { extractText, triples } from '../../test/extract-helpers.js';

const loans = (text: string) => extractText(text).claims.filter((c) => c.type === 'loan');

describe('lenders to a financing vehicle', () => {
  it('reads "are lining up to lend to the vehicle" with the debt amount and in-talks status', () => {
    const r = loans('Blackstone and Apollo Global Management are lining up to lend to the vehicle that will buy Nvidia chips for xAI, part of up to $8 billion of debt.');
    expect(r.map((c) => `${c.from.id}→${c.to.id}`).sort()).toEqual(['apollo→xai-spv', 'blackstone→xai-spv']);
    expect(r[0]!.amount?.upper).toBe('8000000000');
    expect(r[0]!.status).toBe('in_talks');
  });

  it('reads "are among the lenders" as loans to the vehicle set up a few sentences before', () => {
    const r = loans('xAI is raising about $9 billion. The money will be channelled through a special purpose vehicle that buys servers. About $3 billion is equity and up to $6 billion is debt. Blackstone and Apollo Global Management are among the lenders, people said.');
    expect(r.map((c) => `${c.from.id}→${c.to.id}`).sort()).toEqual(['apollo→xai-spv', 'blackstone→xai-spv']);
    expect(r[0]!.amount?.upper).toBe('6000000000');
  });

  it('leaves a named borrower to the general handler and stays silent without a vehicle', () => {
    expect(triples(extractText('Blackstone and Apollo Global Management are among the lenders to Oracle.')).filter((t) => t.includes('loan')))
      .toEqual(['apollo→oracle loan', 'blackstone→oracle loan']);
    expect(loans('Oracle raised $5 billion last week. Blackstone and Apollo Global Management are among the lenders.')).toEqual([]);
    expect(loans('Blackstone and Apollo Global Management are lining up to lend to small businesses.')).toEqual([]);
  });
});
