import { describe, it, expect } from 'vitest';
import { onlyPledged, PLEDGED } from './frame-status-pledge.js';
import { extractText } from '../../test/extract-helpers.js';

const statusOf = (text: string, to: string) => extractText(text).claims.find((c) => c.to.id === to || c.from.id === to)?.status;

describe('onlyPledged', () => {
  it('reads a ceiling in the progressive and a pledge noun as money promised', () => {
    expect(onlyPledged('kestrel is putting up to $ 4 billion')).toBe(true);
    expect(onlyPledged('the two are also investing as much as $ 2 billion')).toBe(true);
    expect(onlyPledged('last week it added a pledge of up to $ 3 billion')).toBe(true);
    expect(onlyPledged('it made its pledge to invest')).toBe(true);
  });

  it('leaves a fixed sum in the progressive, and past ceilings, alone', () => {
    expect(onlyPledged('kestrel is putting in about $ 4 billion of cash')).toBe(false);
    expect(onlyPledged('kestrel put up to $ 4 billion into')).toBe(false);
    expect(onlyPledged('the pledged shares were sold')).toBe(false);
    expect(PLEDGED.test('a pledge drive')).toBe(false);
  });

  it('decides the status of a claim', () => {
    expect(statusOf('Oracle is putting up to $2 billion into Cohere.', 'cohere')).toBe('announced');
    expect(statusOf('Last week Oracle added a pledge of up to $2 billion for Cohere.', 'cohere')).toBe('announced');
  });
});
