import { describe, it, expect } from 'vitest';
import { extractText, triples } from '../../test/extract-helpers.js';

describe('warrants and shares handed over', () => {
  it('reads "handed Y a warrant" and "issued Y $N of its shares" as share grants', () => {
    expect(triples(extractText('On Tuesday Qualcomm handed Cohere a warrant for up to 20 million of its shares.'))).toEqual(['qualcomm→cohere share_grant']);
    const r = extractText('As part of the agreement Snowflake issued Cohere $120 million of its shares at the listing.');
    expect(triples(r)).toEqual(['snowflake→cohere share_grant']);
    expect(r.claims[0]!.amount?.point).toBe('120000000');
    expect(r.claims[0]!.status).toBe('completed');
  });

  it('reads "the right to buy a tenth of X" as a warrant from X', () => {
    expect(triples(extractText('Cohere has been handed the right to buy as much as 5% of Qualcomm for a cent a share.'))).toEqual(['qualcomm→cohere share_grant']);
    expect(triples(extractText('Qualcomm gave Cohere the option to acquire up to 3% of Qualcomm.'))).toEqual(['qualcomm→cohere share_grant']);
  });

  it('gives a received "its shares" to the company named before the grantee', () => {
    const r = extractText('When Snowflake went public, Cohere received $120 million of its shares.');
    expect(triples(r)).toEqual(['snowflake→cohere share_grant']);
    expect(r.claims[0]!.status).toBe('completed');
  });

  it('leaves rights that are not equity alone', () => {
    expect(triples(extractText('Qualcomm handed Cohere the right to sell its chips in Europe.'))).toEqual([]);
    expect(triples(extractText('Qualcomm handed Cohere a contract for servers.'))).not.toContain('qualcomm→cohere share_grant');
  });
});
