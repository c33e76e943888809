import { describe, it, expect } from 'vitest';
import { extractText } from '../../test/extract-helpers.js';

const stake = (text: string, from: string, to: string) => extractText(text).claims.find((c) => c.type === 'stake' && c.from.id === from && c.to.id === to);

describe('what a holding sold fetched', () => {
  it('sizes the stake sold with ", raising $N" and keeps it from the funds-raised figures', () => {
    const out = extractText('Tencent has sold its entire holding in Snowflake, raising $2.4 billion (about €2.2 billion), to fund its cloud build-out.');
    const c = out.claims.find((x) => x.type === 'stake' && x.from.id === 'tencent' && x.to.id === 'snowflake');
    expect(c?.amount?.lower).toBe('2400000000');
    expect(out.figures.filter((f) => f.kind === 'funding_raised')).toEqual([]);
  });

  it('reads "for $N" past a share-count appositive and a time phrase', () => {
    expect(stake('Dell sold its entire Equinix holding, 4.1 million shares, in March for $3.2 billion.', 'dell', 'equinix')?.amount?.lower).toBe('3200000000');
  });

  it('leaves funds raised after other sales, and clauses past a full stop, alone', () => {
    const out = extractText('Nebius sold more servers to Meta, raising $1 billion.');
    expect(out.claims.some((c) => c.type === 'stake')).toBe(false);
    expect(stake('Dell sold its entire Equinix holding. It later agreed to buy servers for $3 billion.', 'dell', 'equinix')?.amount ?? null).toBeNull();
  });
});
