import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { existsSync } from 'node:fs';
import { DataError } from '../src/core/errors.js';
import { loadDataset } from '../src/ingest/dataset-load.js';
import { parseCsv } from '../src/ingest/import-csv-parse.js';
import { type CsvProblem, parseCsvTables } from '../src/ingest/import-csv.js';
import { csvCell, csvList } from '../src/render/csv-cell.js';
import { exportCsv } from '../src/render/export-csv.js';
import { datasetArbitrary, normaliseDataset } from './fixtures/render/dataset-arbitrary.js';
import { bundleOf } from './fixtures/render/bundle-of.js';

/** The CSV form of a dataset drops alias order between matchable and weak aliases (two columns). */
const sortAliases = (n: unknown) => {
  const ds = n as { entities: { aliases: unknown[] }[] };
  for (const e of ds.entities) e.aliases.sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1));
  return ds;
};

describe('csvCell', () => {
  it('neutralises cells a spreadsheet would run as formulas', () => {
    expect(csvCell('=HYPERLINK("http://x","y")')).toBe(`"'=HYPERLINK(""http://x"",""y"")"`);
    for (const s of ['+1', '-2', '@SUM(A1)', '\tx', '\rx']) expect(csvCell(s).replace(/^"/, '').startsWith(`'${s[0]}`)).toBe(true);
    expect(csvCell("'=x")).toBe("''=x");
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell(12)).toBe('12');
    expect(csvCell(null)).toBe('');
  });

  it('quotes commas, quotes and line breaks (RFC 4180)', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
  });

  it('reads back exactly what it wrote, for any text', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.string({ unit: 'binary' }), { minLength: 2, maxLength: 2 }), { maxLength: 5 }), (rows) => {
        const text = ['a,b', ...rows.map((r) => r.map((c) => csvCell(c)).join(','))].join('\r\n');
        const parsed = parseCsv(text, 't.csv').records.map((r) => [r.cells.a, r.cells.b]);
        // A row of two empty cells is the line ",", which is a record, not a blank line.
        expect(parsed).toEqual(rows);
      }),
    );
  });

  it('joins lists with "|" and escapes the separator', () => {
    expect(csvList(['a|b', 'c\\d', 'e'])).toBe('a\\|b|c\\\\d|e');
  });
});

describe('csv export and import', () => {
  it('round-trips generated datasets through the CSV tables', () => {
    fc.assert(
      fc.property(datasetArbitrary, (ds) => {
        const files = exportCsv(bundleOf(ds));
        const back = parseCsvTables(files);
        expect(sortAliases(normaliseDataset(back))).toEqual(sortAliases(normaliseDataset(ds)));
      }),
      { numRuns: 80 },
    );
  });

  it.runIf(existsSync('data/deals.json'))('round-trips the bundled dataset and writes a statement per consolidated field', async () => {
    const ds = await loadDataset('data');
    const bundle = bundleOf(ds);
    const files = exportCsv(bundle);
    expect(sortAliases(normaliseDataset(parseCsvTables(files)))).toEqual(sortAliases(normaliseDataset(ds)));
    const statements = parseCsv(files['statements.csv'], 'statements.csv').records;
    const fields = bundle.deals.reduce((n, d) => n + Object.keys(d.provenance).length, 0);
    expect(statements.length).toBeGreaterThanOrEqual(fields - bundle.deals.reduce((n, d) => n + d.conflicts.length, 0));
    expect(statements.every((s) => s.cells.claim_ids !== '')).toBe(true);
    const legs = parseCsv(files['legs.csv'], 'legs.csv').records;
    expect(legs).toHaveLength(bundle.deals.reduce((n, d) => n + d.legs.length, 0));
    expect(legs.every((l) => l.cells.amount_low === '' || /^\d+(\.\d+)?$/.test(l.cells.amount_low!))).toBe(true);
  });

  it('names the file, line and column of each bad row', () => {
    const files = exportCsv(bundleOf(fc.sample(datasetArbitrary, { numRuns: 1, seed: 4 })[0]!));
    const lines = files['deals.csv'].split('\r\n');
    const header = lines[0]!.split(',');
    const row = lines[1]!;
    // Break the status of the first deal (an unquoted, known cell) and add a row with a bad date.
    const broken = [lines[0], row.replace(/,(rumoured|in_talks|announced|signed|completed|amended|stalled|cancelled|denied),/, ',finished,'), ...lines.slice(2)].join('\r\n');
    const cells = header.map((h) => (h === 'id' ? 'extra' : h === 'title' ? 'X' : h === 'type' ? 'loan' : h === 'from' ? 'acme' : h === 'to' ? 'ember' : h === 'status' ? 'signed' : h === 'announced' ? '2025-02-30' : ''));
    const withExtra = `${broken.trimEnd()}\r\n${cells.join(',')}\r\n`;
    const extraLine = (withExtra.trimEnd().match(/\r\n|\n/g)?.length ?? 0) + 1;
    let err: unknown;
    try {
      parseCsvTables({ ...files, 'deals.csv': withExtra });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(DataError);
    const problems = (err as DataError).details.problems as CsvProblem[];
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ file: 'deals.csv', line: 2, column: 'status' }),
        expect.objectContaining({ file: 'deals.csv', line: extraLine, column: 'announced' }),
      ]),
    );
  });

  it('rejects a missing table, a missing column and an unclosed quote', () => {
    const files = exportCsv(bundleOf(fc.sample(datasetArbitrary, { numRuns: 1, seed: 5 })[0]!));
    const { 'claims.csv': _claims, ...noClaims } = files;
    expect(() => parseCsvTables(noClaims)).toThrow(DataError);
    expect(() => parseCsvTables({ ...files, 'entities.csv': 'id,kind\r\nacme,company\r\n' })).toThrow(DataError);
    expect(() => parseCsv('a,b\r\n"x,y\r\n', 'bad.csv')).toThrow(DataError);
  });
});

describe('readCsvTables', () => {
  it('reads the tables an export wrote into a folder, and says when the folder has none', async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { readCsvTables } = await import('../src/ingest/import-csv-read.js');
    const { NotFoundError } = await import('../src/core/errors.js');
    const ds = fc.sample(datasetArbitrary, { numRuns: 1, seed: 11 })[0]!;
    const dir = mkdtempSync(join(tmpdir(), 'rt-csv-'));
    for (const [name, text] of Object.entries(exportCsv(bundleOf(ds)))) writeFileSync(join(dir, name), text);
    expect(sortAliases(normaliseDataset(await readCsvTables(dir)))).toEqual(sortAliases(normaliseDataset(ds)));
    await expect(readCsvTables(mkdtempSync(join(tmpdir(), 'rt-empty-')))).rejects.toBeInstanceOf(NotFoundError);
  });
});
