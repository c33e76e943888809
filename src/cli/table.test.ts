import { describe, expect, it } from 'vitest';
import { renderTable } from './table.js';

describe('renderTable', () => {
  it('aligns columns and cuts long cells', () => {
    const out = renderTable(
      [
        { name: 'OpenAI', amount: '$38B' },
        { name: 'A very long company name indeed', amount: '$1B' },
      ],
      [
        { header: 'Company', value: (r) => r.name, max: 12 },
        { header: 'Amount', value: (r) => r.amount, align: 'right' },
      ],
    );
    expect(out.split('\n')).toEqual([
      'Company       Amount',
      '────────────  ──────',
      'OpenAI          $38B',
      'A very long…     $1B',
    ]);
  });
});
