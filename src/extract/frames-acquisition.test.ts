import { describe, it, expect } from 'vitest';
import { extractText, triples } from '../../test/extract-helpers.js';

/** [text, claims that must be there, claims that must not] */
const CASES: readonly (readonly [string, readonly string[], readonly string[]])[] = [
  // passives name the target first
  ['Core Scientific will be bought by CoreWeave for $8 billion.', ['coreweave→core-scientific acquisition'], []],
  ['Tessarine Labs agreed to be taken over by Lambda in a cash deal.', ['lambda→?Tessarine Labs acquisition'], []],
  ['Nvidia chips were bought by Lambda last year.', [], ['lambda→nvidia acquisition']],
  // relative clause whose object is the company before it
  ['Core Scientific, which CoreWeave bought for $9 billion, reported higher sales.', ['coreweave→core-scientific acquisition'], []],
  ['Orbelle, which Nebius acquired last spring, runs two sites in Finland.', ['nebius→?Orbelle acquisition'], []],
  ['Lambda, which Nvidia backs, bought servers from Dell.', [], ['nvidia→lambda acquisition']],
  // the seller sells itself
  ['Quillion sold itself to Cohere for $600 million.', ['cohere→?Quillion acquisition'], []],
  ['Cohere sold its stake in Quillion to Nebius.', [], ['nebius→cohere acquisition']],
  // mergers with a direction
  ['CoreWeave will merge with Core Scientific in an all-stock deal.', ['coreweave→core-scientific acquisition'], []],
  ['Cohere and Nebius agreed to merge.', [], ['cohere→nebius acquisition', 'nebius→cohere acquisition']],
  ['It has held the position since the merger with Vantor.', [], ['?Vantor']],
  // takeover verbs with a name the gazetteer lacks
  ['Salesforce is taking over Informatica in a deal valued at $8 billion.', ['salesforce→?Informatica acquisition'], []],
  ['Meta snapped up Brightwave for $2 billion.', ['meta→?Brightwave acquisition'], []],
  ['Lambda is taking over Halvard racks at the site.', [], ['?Halvard']],
  // the seller and the price may come between the passive and its agent
  ['Core Scientific is to be bought from its founders for $9 billion by CoreWeave, the companies said.', ['coreweave→core-scientific acquisition'], []],
  ['Core Scientific was bought from Lambda, which had been hit by losses.', [], ['→core-scientific acquisition']],
  // the target's owners decide on the acquirer's offer
  ["Core Scientific shareholders have voted down CoreWeave's all-stock offer, valued at about $9 billion.", ['coreweave→core-scientific acquisition'], []],
  ["The board of Lambda rejected Nebius's $4 billion bid on Friday.", ['nebius→lambda acquisition'], []],
  ["Lambda shareholders cheered Nebius's offer of cloud credits.", [], ['nebius→lambda acquisition']],
  // "the takeover of T by A"
  ['The $4.9 billion takeover of Core Scientific by CoreWeave closed in March.', ['coreweave→core-scientific acquisition'], []],
  ['The purchase of Nvidia chips by Lambda was delayed.', [], ['lambda→nvidia acquisition']],
];

describe('takeovers phrased around the target', () => {
  for (const [text, want, not] of CASES) {
    it(`"${text}"`, () => {
      const got = triples(extractText(text));
      for (const w of want) expect(got).toContain(w);
      for (const n of not) expect(got.join(' ')).not.toContain(n);
    });
  }

  it('prices a merger at the target value the deal gives', () => {
    const r = extractText('Lambda merged with Core Scientific in May in a deal that valued Lambda at $9 billion and Core Scientific at $4 billion.');
    const c = r.claims.find((x) => x.type === 'acquisition');
    expect(c?.to.id).toBe('core-scientific');
    expect(c?.amount?.lower).toBe('4000000000');
  });

  it('prices an earlier takeover from "that deal valued A at $x and T at $y"', () => {
    const r = extractText('Lambda merged with Core Scientific in May. That all-share deal valued Lambda at $9 billion and Core Scientific at $4 billion.');
    const c = r.claims.find((x) => x.type === 'acquisition');
    expect(c?.amount?.lower).toBe('4000000000');
  });
});
