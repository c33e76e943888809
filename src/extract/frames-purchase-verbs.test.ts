import { describe, it, expect } from 'vitest';
import { extractText, triples } from '../../test/extract-helpers.js';

/** [text, claims that must be there, claims that must not] — purchase verbs and their roles. */
const CASES: readonly (readonly [string, readonly string[], readonly string[]])[] = [
  // the buyer's own "its" gives way to the seller named after "from"
  ['Lambda buys most of its accelerators from AMD.', ['lambda→amd hardware_purchase'], ['amd→lambda hardware_purchase']],
  // other purchase verbs
  ['Cohere procured 12,000 GPUs from Dell last spring.', ['cohere→dell hardware_purchase'], []],
  ['Mistral AI snapped up $400 million of Nvidia chips.', ['mistral-ai→nvidia hardware_purchase'], []],
  // chips had from a neocloud are rented compute; chips from a chipmaker or a big cloud are hardware
  ['Cohere has contracted 30,000 Nvidia chips from Nebius.', ['cohere→nebius compute_purchase'], ['cohere→nebius hardware_purchase']],
  ['Cohere agreed to buy TPUs from Google.', ['cohere→google hardware_purchase'], []],
  // renting through a cloud, renting to a customer
  ['Cohere and Mistral AI rent GPUs through Oracle.', ['cohere→oracle compute_purchase', 'mistral-ai→oracle compute_purchase'], []],
  ['Nebius will rent capacity to Cohere from next year.', ['cohere→nebius compute_purchase'], ['nebius→cohere compute_purchase']],
  // acquisitions with other verbs and particles
  ['AMD swallowed Groq in a $3 billion deal.', ['amd→groq acquisition'], []],
  ['Oracle snapped up Cohere for $6 billion.', ['oracle→cohere acquisition'], []],
];

describe('purchase verbs', () => {
  for (const [text, want, not] of CASES) {
    it(`"${text}"`, () => {
      const got = triples(extractText(text));
      expect(got).toEqual(expect.arrayContaining([...want]));
      for (const x of not) expect(got).not.toContain(x);
    });
  }
});

/** [text, claim, status or null] — who buys when the supplier is the subject. */
const SUPPLIER_CASES: readonly (readonly [string, string, string | null])[] = [
  ['Lambda struck a multi-year agreement with Microsoft to deploy thousands of Nvidia GPUs, including GB300 systems, for the software giant\'s AI workloads.', 'microsoft→lambda compute_purchase', 'signed'],
  ['Cohere has agreed to pay Cerebras more than $1 billion for up to 200 megawatts of computing power.', 'cohere→cerebras compute_purchase', 'signed'],
  ['Cohere will pay AMD $2 billion for 100,000 GPUs.', 'cohere→amd hardware_purchase', 'announced'],
  ["AMD, which supplies Lambda's chips, is also its biggest customer.", 'lambda→amd hardware_purchase', null],
  ['Broadcom will build and supply 5 gigawatts of custom accelerators designed by Meta, the two companies announced.', 'meta→broadcom hardware_purchase', 'announced'],
  ["Microsoft, which made up 62% of Nebius's revenue last year, signed again.", 'microsoft→nebius compute_purchase', 'completed'],
  ["Meta accounts for 40% of Nebius's sales.", 'meta→nebius compute_purchase', 'signed'],
  ["Meta accounted for 40% of Nebius's sales in the second quarter.", 'meta→nebius compute_purchase', 'signed'],
];

describe('suppliers and their clients', () => {
  for (const [text, triple, status] of SUPPLIER_CASES) {
    it(`"${text}"`, () => {
      const r = extractText(text);
      const i = triples(r).indexOf(triple);
      expect(i).toBeGreaterThanOrEqual(0);
      if (status) expect(r.claims[i]!.status).toBe(status);
    });
  }

  it('does not make the deployer buy the chips it runs for a client', () => {
    expect(triples(extractText('Lambda will deploy Nvidia GPUs for Microsoft.'))).not.toContain('lambda→nvidia hardware_purchase');
  });

  it('does not guess a buyer when the sentence names several companies', () => {
    expect(triples(extractText('Under an agreement signed on Monday, AMD will supply processors, Meta and Oracle said.'))).toEqual([]);
  });
});

describe('premises and capacity', () => {
  it('reads leased buildings as a lease and rented capacity as compute', () => {
    expect(triples(extractText('Lambda will acquire the data centres it currently leases from Crusoe.'))).toContain('lambda→crusoe other');
    expect(triples(extractText('Meta leases two campuses from Blue Owl.'))).toContain('meta→blue-owl other');
    expect(triples(extractText('Meta rents GPU capacity at two campuses from Nebius.'))).toContain('meta→nebius compute_purchase');
  });
});

describe('commitments measured in capacity and deal amounts', () => {
  it.each([
    ["Cohere has committed to acquire up to one gigawatt of Nvidia's Grace Blackwell systems.", 'cohere→nvidia hardware_purchase', 'announced'],
    ['Cohere has also committed to up to a gigawatt of AMD systems.', 'cohere→amd hardware_purchase', 'announced'],
    ['Cohere has committed to use up to a gigawatt of Nvidia-based computing.', 'cohere→nvidia hardware_purchase', 'announced'],
    ["Cohere has committed to $2 billion of Oracle's cloud capacity.", 'cohere→oracle compute_purchase', 'announced'],
  ])('"%s" → %s %s', (text, triple, status) => {
    const r = extractText(text);
    const i = triples(r).indexOf(triple);
    expect(i).toBeGreaterThanOrEqual(0);
    expect(r.claims[i]!.status).toBe(status);
  });

  it('takes the amount of the contract a purchase is made under', () => {
    const a = extractText('Nebius will supply Cohere with GPU capacity under a five-year contract worth $2.4bn.').claims[0]?.amount;
    expect(a?.lower).toBe('2400000000');
    const b = extractText('Cohere received shares, part of the $1.9 billion contract, signed this month, under which the lab buys computing power from Nebius.');
    expect(b.claims.find((c) => c.type === 'compute_purchase')?.amount?.lower).toBe('1900000000');
  });

  it('reads "in a deal valuing the target at" as the price', () => {
    const a = extractText('Oracle agreed to acquire Cohere in a deal valuing the lab at about $6 billion.').claims[0]?.amount;
    expect(a?.lower).toBe('5400000000');
  });
});

describe('chips used in a cloud\'s data centres', () => {
  it('reads them as compute from the cloud, and chips in one\'s own data centres as hardware', () => {
    const a = triples(extractText('Cohere will begin using thousands of Nvidia chips in Oracle data centres immediately.'));
    expect(a).toContain('cohere→oracle compute_purchase');
    expect(a).not.toContain('cohere→nvidia hardware_purchase');
    expect(triples(extractText('Cohere will use Nvidia chips in its own data centres.'))).toContain('cohere→nvidia hardware_purchase');
  });
});
