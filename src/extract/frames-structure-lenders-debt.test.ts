import { describe, it, expect } from 'vitest';
import { extractText } from '../../test/extract-helpers.js';

const loans = (text: string) => extractText(text).claims.filter((c) => c.type === 'loan').map((c) => `${c.from.id}→${c.to.id} ${c.status} ${c.amount?.lower ?? null}`);
const intro = 'Meta and Blue Owl formed a joint venture for the Hyperion campus. ';

describe('buyers of a venture\'s debt named by their share of it', () => {
  it('reads "X has taken the bulk of the debt" as a loan to the venture in context', () => {
    expect(loans(`${intro}Blue Owl is putting in cash, and Apollo Global Management has taken most of the debt.`)).toEqual(['apollo→hyperion-jv announced null']);
  });

  it('reads "the venture sold $N of bonds; the bulk went to X" as a completed loan for the paper\'s amount', () => {
    expect(loans(`${intro}The venture sold $20 billion of bonds, and the bulk of them went to Blackstone.`)).toEqual(['blackstone→hyperion-jv completed 20000000000']);
  });

  it('stays silent without a venture, without debt, or with a named issuer', () => {
    expect(loans('Apollo Global Management has taken the bulk of the debt.')).toEqual([]);
    expect(loans(`${intro}The venture sold its old offices; the bulk went to Blackstone.`)).toEqual([]);
    expect(loans(`${intro}Apollo Global Management has taken the bulk of the debt of Oracle.`).filter((x) => x.includes('hyperion'))).toEqual([]);
  });
});
