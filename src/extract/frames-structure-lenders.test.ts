import { describe, it, expect } from 'vitest';
import { extractText } from '../../test/extract-helpers.js';

const loans = (text: string) =>
  extractText(text).claims.filter((c) => c.type === 'loan').map((c) => ({ t: `${c.from.id ?? `?${c.from.name}`}→${c.to.id ?? `?${c.to.name}`}`, status: c.status, lower: c.amount?.lower ?? null }));

describe('banks leading a group of lenders', () => {
  it('lends from each leader to the developer of the sites the debt is for, in talks while it is being led', () => {
    const found = loans('Morgan Stanley and Citigroup are leading a group of lenders on roughly $12 billion of debt for three campuses being built by QTS, two people said.');
    expect(found.map((x) => x.t).sort()).toEqual(['citigroup→qts', 'morgan-stanley→qts'].sort());
    expect(found.every((x) => x.status === 'in_talks' && x.lower === '10800000000')).toBe(true);
  });

  it('reads a borrower named after "for"', () => {
    expect(loans('Goldman Sachs led a syndicate of banks on a $2 billion loan for Lambda.').map((x) => x.t)).toEqual(['goldman-sachs→lambda']);
  });

  it.each([
    'Morgan Stanley is leading a group of investors in Lambda.',
    'Citigroup leads a group of analysts covering Lambda.',
  ])('finds no loan in "%s"', (text) => {
    expect(loans(text)).toEqual([]);
  });
});

describe('facilities arranged by a bank', () => {
  const text =
    'Anthropic has raised new equity and separately secured a $2.5 billion revolving credit facility from several banks, the company said. ' +
    'Its revenue tripled this year. ' +
    'The facility, arranged by Morgan Stanley with Citigroup and Goldman Sachs among the other lenders, is undrawn.';

  it('lends from the arranger and the lenders listed to the company that raised the facility, for its amount', () => {
    const found = loans(text);
    expect(found.map((x) => x.t).sort()).toEqual(['citigroup→anthropic', 'goldman-sachs→anthropic', 'morgan-stanley→anthropic'].sort());
    expect(found.every((x) => x.lower === '2500000000' && x.status === 'signed')).toBe(true);
  });

  it('finds no lender for a facility nobody raised', () => {
    expect(loans('The facility, arranged by Morgan Stanley, is undrawn.')).toEqual([]);
  });
});

describe('lenders putting a debt financing together', () => {
  it('reads "are leading a roughly $N debt package for Y" as loans in talks, for the package', () => {
    expect(loans('Morgan Stanley and Blackstone are leading a roughly $20 billion debt package for Crusoe to build a campus.')).toEqual(expect.arrayContaining([
      { t: 'blackstone→crusoe', status: 'in_talks', lower: '18000000000' },
      { t: 'morgan-stanley→crusoe', status: 'in_talks', lower: '18000000000' },
    ]));
  });

  it('reads "are arranging about $N of loans for Y"', () => {
    expect(loans('Morgan Stanley and Blackstone are arranging about $12 billion of loans for Crusoe.').map((x) => x.t).sort()).toEqual(['blackstone→crusoe', 'morgan-stanley→crusoe']);
  });

  it('stays silent when the subject borrows or is no lender, and on an equity financing', () => {
    expect(loans('Oracle is arranging a $10 billion loan for its campus.')).toEqual([]);
    expect(loans('Morgan Stanley is arranging a bridge loan from banks.')).toEqual([]);
    expect(loans('Blackstone is leading a $10 billion financing for Crusoe.')).toEqual([]);
  });
});
