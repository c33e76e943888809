import fc from 'fast-check';
import { describe, it, expect } from 'vitest';
import { InputError } from '../core/errors.js';
import { parseEdgeCsv } from './parse-edge-csv.js';

function errorOf(f: () => unknown): InputError {
  try {
    f();
  } catch (e) {
    if (e instanceof InputError) return e;
    throw e;
  }
  throw new Error('expected an InputError');
}

describe('parseEdgeCsv', () => {
  it('reads rows in any column order, with quotes, blank lines and comments', () => {
    const text = '# deals\r\nAmount,From,To,note\r\n100,a,b,x\r\n\r\n"1.5",b,"c, Inc."\n,c,a,\n2.5e3,c,"say ""hi""",\n';
    expect(parseEdgeCsv(text)).toEqual([
      { from: 'a', to: 'b', amount: 100n },
      { from: 'b', to: 'c, Inc.', amount: 2n },
      { from: 'c', to: 'a', amount: null },
      { from: 'c', to: 'say "hi"', amount: 2500n },
    ]);
  });

  it('reads optional date and status columns', () => {
    expect(parseEdgeCsv('from,to,amount,date,status\na,b,1,2025-10,signed\nb,a,2,,\n')).toEqual([
      { from: 'a', to: 'b', amount: 1n, date: '2025-10', status: 'signed' },
      { from: 'b', to: 'a', amount: 2n, date: null },
    ]);
  });

  it('names the line of a bad row', () => {
    const cases: [string, number][] = [
      ['from,to,amount\na,b,1\na,b,ten\n', 3],
      ['from,to,amount\na,b,-5\n', 2],
      ['from,to,amount\n\na,,5\n', 3],
      ['from,to,amount,date\na,b,5,2025-02-30\n', 2],
      ['from,to,amount,status\na,b,5,maybe\n', 2],
      ['from,to,amount\na,"b,5\n', 2],
    ];
    for (const [text, line] of cases) {
      const e = errorOf(() => parseEdgeCsv(text));
      expect(e.code).toBe('invalid_input');
      expect(e.details.line).toBe(line);
    }
  });

  it('rejects a missing header or column', () => {
    expect(errorOf(() => parseEdgeCsv('')).code).toBe('invalid_input');
    expect(errorOf(() => parseEdgeCsv('source,target,amount\na,b,1\n')).details.missing).toEqual(['from', 'to']);
  });

  it('round-trips any edge list written as CSV', () => {
    const name = fc.string({ minLength: 1, maxLength: 8 }).filter((s) => s.trim() === s && !/[\r\n]/.test(s) && !s.startsWith('#'));
    const row = fc.record({ from: name, to: name, amount: fc.option(fc.bigInt({ min: 0n, max: 10n ** 15n }), { nil: null }) });
    fc.assert(
      fc.property(fc.array(row, { maxLength: 20 }), (rows) => {
        const quote = (s: string) => `"${s.replace(/"/g, '""')}"`;
        const text = ['from,to,amount', ...rows.map((r) => `${quote(r.from)},${quote(r.to)},${r.amount ?? ''}`)].join('\n');
        expect(parseEdgeCsv(text)).toEqual(rows);
      }),
    );
  });
});
