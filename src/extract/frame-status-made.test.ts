import { describe, it, expect } from 'vitest';
import { dealAlreadyMade, HAS_COMMITTED, MADE_DEAL_OPENER, orderPlaced, VENTURE_FORMED } from './frame-status-made.js';
import { extractText } from '../../test/extract-helpers.js';

const statusOf = (text: string, to: string) => extractText(text).claims.find((c) => c.to.id === to || c.from.id === to)?.status;

describe('dealAlreadyMade', () => {
  it('reads a commitment in the perfect as made', () => {
    expect(dealAlreadyMade('the robot maker has committed to spend', false)).toBe(true);
    expect(dealAlreadyMade('zentrix , which in turn has also committed to buy', false)).toBe(true);
    expect(dealAlreadyMade('weeks after the lab was reported to have committed to spend', false)).toBe(true);
  });

  it('leaves a bare or future commitment alone', () => {
    expect(dealAlreadyMade('in march , orbitex committed to buy', false)).toBe(false);
    expect(dealAlreadyMade('orbitex will commit to buy', false)).toBe(false);
    expect(dealAlreadyMade('orbitex has committed staff to', false)).toBe(false);
  });

  it('reads a deal noun with a past participle opening its terms', () => {
    expect(dealAlreadyMade('- the call began with the contract announced on friday : velora will pay', false)).toBe(true);
    expect(dealAlreadyMade('under agreements signed last week , funds run by harbor own', false)).toBe(true);
    expect(dealAlreadyMade('the pact unveiled on tuesday : kestrel will buy', false)).toBe(true);
  });

  it('does not read an announcement of plans, or a deal whose terms are pending', () => {
    expect(dealAlreadyMade('velora announced on friday that it will pay', false)).toBe(false);
    expect(dealAlreadyMade('the deal , which could be announced on friday , would see kestrel buy', false)).toBe(false);
    expect(dealAlreadyMade('the contract announced on friday : velora will pay', true)).toBe(false);
    expect(dealAlreadyMade('velora has committed to spend', true)).toBe(false);
  });

  it('patterns need their words', () => {
    expect(HAS_COMMITTED.test('has committed to lease')).toBe(true);
    expect(MADE_DEAL_OPENER.test('the deal announced on monday , which')).toBe(true);
    expect(MADE_DEAL_OPENER.test('the deal announced a new era')).toBe(false);
  });
});

describe('orderPlaced', () => {
  it('reads a placed order as a contract, not a delivery', () => {
    expect(orderPlaced('ordered')).toBe(true);
    expect(orderPlaced('bought')).toBe(false);
    expect(statusOf('In June Cohere ordered about $2 billion of servers from Dell.', 'dell')).toBe('signed');
    expect(statusOf('Cohere plans to order about $2 billion of servers from Dell.', 'dell')).toBe('announced');
  });
});

describe('a stake under an agreement', () => {
  it('is held, not signed', () => {
    const c = extractText('Under the restructuring agreed on Tuesday, Oracle holds about 20% of Cohere, a stake worth roughly $4 billion.').claims.find((x) => x.type === 'stake' && x.to.id === 'cohere');
    expect(c?.status).toBe('completed');
  });
});

describe('a venture already formed', () => {
  it('reads "have formed a venture" as signed, "will form" as announced', () => {
    expect(VENTURE_FORMED.test('the two have formed')).toBe(true);
    expect(VENTURE_FORMED.test('the two will form')).toBe(false);
    const ventureStatus = (text: string) => extractText(text).claims.find((x) => x.type === 'joint_venture' && x.from.id === 'oracle')?.status;
    expect(ventureStatus('Oracle and Cohere have formed Stargate UAE, a 50-50 joint venture.')).toBe('signed');
    expect(ventureStatus('Oracle and Cohere will form Stargate UAE, a 50-50 joint venture.')).toBe('announced');
  });
});
