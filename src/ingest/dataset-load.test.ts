/** Tests for loading datasets: a directory of files, one combined file, and every kind of bad input. */
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { DataError, NotFoundError } from '../core/errors.js';
import { loadDataset, loadDatasetFile } from './dataset-load.js';
import { type DatasetFileProblem, formatProblem } from './dataset-problems.js';

const fixtures = fileURLToPath(new URL('../../test/fixtures/store/', import.meta.url));
const fixture = (name: string) => join(fixtures, name);
const tmp = mkdtempSync(join(tmpdir(), 'roundtrip-dataset-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

async function dataErrorOf(p: Promise<unknown>): Promise<DataError> {
  const error = await p.then(
    () => new Error('expected a DataError'),
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DataError);
  return error as DataError;
}

const problemsOf = (e: DataError) => e.details.problems as DatasetFileProblem[];

describe('loadDataset and loadDatasetFile', () => {
  it('load a directory with defaults applied', async () => {
    const ds = await loadDataset(fixture('valid'));
    expect(ds.entities.map((e) => e.id)).toEqual([
      'microsoft',
      'microsoft-azure',
      'openai',
      'oracle',
      'amd',
      'reuters',
    ]);
    expect(ds.deals.map((d) => d.id)).toEqual([
      'msft-openai-2019',
      'openai-oracle-2025',
      'amd-openai-warrant-2025',
    ]);
    expect(ds.figures).toHaveLength(2);
    expect(ds.deals[0]?.confirmed).toBe(true);
    expect(ds.deals[0]?.amount?.currency).toBe('USD');
    expect(ds.entities[3]?.sector).toBe('cloud');
    expect(ds.entities[1]?.aliases).toEqual([]);
  });

  it('read the combined file to the same dataset, also when it is passed as the "directory"', async () => {
    const fromDir = await loadDataset(fixture('valid'));
    expect(await loadDatasetFile(fixture('valid.json'))).toEqual(fromDir);
    expect(await loadDataset(fixture('valid.json'))).toEqual(fromDir);
  });

  it('treat a missing figures.json as no figures, but need entities and deals', async () => {
    const dir = join(tmp, 'no-figures');
    rmSync(dir, { recursive: true, force: true });
    const { mkdirSync } = await import('node:fs');
    mkdirSync(dir);
    copyFileSync(fixture('valid/entities.json'), join(dir, 'entities.json'));
    await expect(loadDataset(dir)).rejects.toBeInstanceOf(NotFoundError);
    copyFileSync(fixture('valid/deals.json'), join(dir, 'deals.json'));
    expect((await loadDataset(dir)).figures).toEqual([]);
    await expect(loadDataset(join(tmp, 'nowhere'))).rejects.toMatchObject({ code: 'not_found' });
  });

  it('name the file, record and field of each schema problem', async () => {
    const e = await dataErrorOf(loadDatasetFile(fixture('bad-field.json')));
    expect(e.code).toBe('invalid_data');
    const problems = problemsOf(e);
    expect(problems).toContainEqual(
      expect.objectContaining({
        section: 'deals',
        index: 0,
        record: 'msft-openai-2019',
        field: 'ammount',
      }),
    );
    expect(problems).toContainEqual(
      expect.objectContaining({
        section: 'deals',
        index: 1,
        record: 'openai-oracle-2025',
        field: 'amount.value',
      }),
    );
    expect(problems.every((p) => p.file === fixture('bad-field.json'))).toBe(true);
  });

  it('locate problems in the right file of a directory', async () => {
    const e = await dataErrorOf(loadDataset(fixture('bad-dir')));
    expect(problemsOf(e)).toEqual([
      expect.objectContaining({
        file: join(fixture('bad-dir'), 'deals.json'),
        section: 'deals',
        index: 2,
        record: 'amd-openai-warrant-2025',
        field: 'amount.value',
      }),
      expect.objectContaining({
        file: join(fixture('bad-dir'), 'figures.json'),
        section: null,
        field: '',
      }),
    ]);
  });

  it('report unknown companies, duplicate ids, negative amounts and impossible dates', async () => {
    const unknown = problemsOf(await dataErrorOf(loadDatasetFile(fixture('unknown-company.json'))));
    expect(unknown.map((p) => [p.record, p.field])).toEqual([
      ['msft-openai-2019', 'to'],
      ['msft-openai-2019', 'legs[0].to'],
    ]);
    const dup = problemsOf(await dataErrorOf(loadDatasetFile(fixture('duplicate-id.json'))));
    expect(dup).toEqual([
      expect.objectContaining({
        section: 'deals',
        index: 2,
        record: 'msft-openai-2019',
        field: 'id',
      }),
    ]);
    const negative = problemsOf(
      await dataErrorOf(loadDatasetFile(fixture('negative-amount.json'))),
    );
    expect(negative).toEqual([expect.objectContaining({ index: 0, field: 'amount.value' })]);
    const date = problemsOf(await dataErrorOf(loadDatasetFile(fixture('bad-date.json'))));
    expect(date).toEqual([expect.objectContaining({ index: 0, field: 'dates.announced' })]);
  });

  it('refuse empty, binary and invalid JSON files with one clear error each', async () => {
    expect((await dataErrorOf(loadDatasetFile(fixture('empty.json')))).details).toMatchObject({
      reason: 'empty',
    });
    expect((await dataErrorOf(loadDatasetFile(fixture('binary.json')))).details).toMatchObject({
      reason: 'binary',
    });
    expect(
      (await dataErrorOf(loadDatasetFile(fixture('invalid-json.json')))).details,
    ).toMatchObject({ reason: 'json', line: 6, column: 18 });
  });

  it('refuse the wrong top-level shape, another JSON document and a newer version', async () => {
    expect(problemsOf(await dataErrorOf(loadDatasetFile(fixture('wrong-shape.json'))))).toEqual([
      expect.objectContaining({ section: null, field: '' }),
    ]);
    expect(problemsOf(await dataErrorOf(loadDatasetFile(fixture('not-a-dataset.json'))))).toEqual([
      expect.objectContaining({ field: 'format' }),
    ]);
    expect(
      (await dataErrorOf(loadDatasetFile(fixture('newer-version.json')))).details,
    ).toMatchObject({ reason: 'newer_version', version: 2 });
  });

  it('list the first 20 problems in the message and keep all of them in details', async () => {
    const e = await dataErrorOf(loadDatasetFile(fixture('many-problems.json')));
    expect(problemsOf(e)).toHaveLength(25);
    expect(e.message.split('\n')).toHaveLength(1 + 20 + 1);
    expect(e.message).toContain('and 5 more');
  });
});

describe('formatProblem', () => {
  it('writes file, record, field and problem on one line', () => {
    const p: DatasetFileProblem = {
      file: 'data/deals.json',
      section: 'deals',
      index: 2,
      record: 'msft-openai-2019',
      field: 'amount.value',
      message: 'must be a decimal number',
    };
    expect(formatProblem(p)).toBe(
      'data/deals.json: deal "msft-openai-2019" (record 3), field "amount.value": must be a decimal number',
    );
    expect(formatProblem({ ...p, record: null, field: '' })).toBe(
      'data/deals.json: deal record 3: must be a decimal number',
    );
    expect(formatProblem({ ...p, section: null, index: null, record: null, field: 'format' })).toBe(
      'data/deals.json: field "format": must be a decimal number',
    );
  });
});
