import { describe, it, expect } from 'vitest';
import { claimsWith, extractText, gazetteerWith, ownedEntity, triples } from '../../test/extract-helpers.js';
import type { Gazetteer } from './gazetteer.js';

// NOTE: invented vehicles on top of the real gazetteer, so no test leans on a fixture's venture.
let g: Gazetteer | null = null;
const gazetteer = (): Gazetteer => (g ??= gazetteerWith([
    ownedEntity('harbor-compute', 'Harbor Compute', 'joint_venture', ['equinix', 'brookfield']),
    ownedEntity('delta-infra-fund', 'Delta Infrastructure Fund', 'fund', ['blackstone', 'kkr']),
]));
const run = (text: string) => claimsWith(gazetteer, text);
const ventures = (text: string) => run(text).filter((c) => c.type === 'joint_venture').map((c) => `${c.from.id}→${c.to.id} ${c.status}`).sort();

describe('venture partners', () => {
  it('reads "the lead partners in the venture" as partners in the venture the document named', () => {
    expect(ventures('Harbor Compute broke ground in Nevada on Monday. Analysts welcomed the news. Equinix and Brookfield are the main partners in the venture, which plans to spend $5 billion.'))
      .toEqual(['brookfield→harbor-compute announced', 'equinix→harbor-compute announced']);
  });

  it('reads the founders of a partnership fund and the partners that joined later, as arrangements in force', () => {
    expect(ventures('The Delta Infrastructure Fund, which Blackstone, its credit arm and KKR formed last year, will buy data centres. Carlyle and Temasek joined later.'))
      .toEqual(['blackstone→delta-infra-fund signed', 'carlyle→delta-infra-fund signed', 'kkr→delta-infra-fund signed', 'temasek→delta-infra-fund signed']);
  });

  it('reads "its share of the venture" as a partner', () => {
    expect(ventures('Harbor Compute plans a second campus. Brookfield has yet to say how it will fund its share of the venture.')).toEqual(['brookfield→harbor-compute announced']);
  });

  it('reads shares of an unnamed joint venture through the owners the sentence names', () => {
    expect(ventures('Funds managed by Brookfield will own 60% of the joint venture, with Equinix holding the remaining 40%.').map((x) => x.split(' ')[0]))
      .toEqual(['brookfield→harbor-compute', 'equinix→harbor-compute']);
  });

  it('reads a venture described by its owners', () => {
    const c = run('Oracle agreed to lease the campus for ten years from its owner, a joint venture of Equinix and Brookfield.');
    expect(c.map((x) => `${x.from.id}→${x.to.id} ${x.type}`)).toEqual(['oracle→harbor-compute other']);
  });

  it.each([
    'Equinix and Brookfield are rivals in the data-centre market.',
    'Sequoia is a venture capital firm that backs start-ups.',
    'Carlyle joined later.',
    'Apple joined the call late.',
    'Tesla said the venture would fail.',
    'Equinix has a venture arm.',
  ])('finds no venture in "%s"', (text) => {
    expect(ventures(text)).toEqual([]);
  });
});

describe('partners named in passing', () => {
  it('does not make a listed company a partner of "the partners in" a venture', () => {
    expect(ventures('Cohere said the deal would complement its work with Oracle, Equinix and the partners in Harbor Compute.')).toEqual([]);
  });
});
describe('partners in a named venture', () => {
  it('reads "A and B are teaming up on V" and "A is partnering with B on V"', () => {
    expect(triples(extractText('Nscale and Aker are teaming up on Stargate Norway, a data-centre venture in the north.'))).toEqual([
      'aker→stargate-norway joint_venture', 'nscale→stargate-norway joint_venture',
    ]);
    expect(triples(extractText('Aker is partnering with Nscale on Stargate Norway.'))).toEqual([
      'aker→stargate-norway joint_venture', 'nscale→stargate-norway joint_venture',
    ]);
  });

  it('does not make a contract partner a venture partner', () => {
    expect(triples(extractText('Nscale is teaming up with Oracle on a new sales push.')).filter((x) => x.endsWith('joint_venture'))).toEqual([]);
  });

  it('reads "the two will form a 50-50 joint venture, V" as the main pair forming V', () => {
    const r = extractText('SoftBank will pay OpenAI for its models, and the two will form a 50-50 joint venture, SB OpenAI Japan, to sell them.');
    expect(triples(r)).toEqual(expect.arrayContaining(['openai→sb-openai-japan joint_venture', 'softbank→sb-openai-japan joint_venture']));
  });
});

describe('a partner\'s share of a venture named before', () => {
  it('reads "while C\'s share is about $N" as C\'s contribution to the venture of the sentence', () => {
    const r = extractText('SoftBank and OpenAI are each committing more than $15bn to Stargate, while Oracle\'s share is about $7bn.');
    expect(triples(r)).toContain('oracle→stargate joint_venture');
    expect(r.claims.find((c) => c.from.id === 'oracle')?.amount?.point).toBe('7000000000');
  });

  it('needs a venture and an amount', () => {
    expect(triples(extractText('Oracle\'s share is about 7% of the market.'))).toEqual([]);
  });
});
