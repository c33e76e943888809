/** Tests for decoding data files: empty, binary, invalid JSON with its line and column. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DataError } from '../core/errors.js';
import { locateJsonError, parseDataJson } from './dataset-json.js';

const bytes = (s: string) => new TextEncoder().encode(s);

function errorOf(fn: () => unknown): DataError {
  try {
    fn();
  } catch (error) {
    if (error instanceof DataError) return error;
    throw error;
  }
  throw new Error('expected a DataError');
}

describe('parseDataJson', () => {
  it('parses JSON, with or without a byte-order mark', () => {
    expect(parseDataJson(bytes('[{"a": "1400000000000"}]'), 'f.json')).toEqual([
      { a: '1400000000000' },
    ]);
    expect(parseDataJson(bytes('\ufeff{"x": 1}'), 'f.json')).toEqual({ x: 1 });
  });

  it('refuses empty and whitespace-only files', () => {
    expect(errorOf(() => parseDataJson(new Uint8Array(), 'f.json')).details).toMatchObject({
      file: 'f.json',
      reason: 'empty',
    });
    expect(errorOf(() => parseDataJson(bytes(' \n\t '), 'f.json')).details).toMatchObject({
      reason: 'empty',
    });
  });

  it('refuses binary files: NUL bytes or invalid UTF-8', () => {
    expect(
      errorOf(() => parseDataJson(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 1]), 'f.json'))
        .details,
    ).toMatchObject({ reason: 'binary' });
    expect(
      errorOf(() => parseDataJson(new Uint8Array([0x5b, 0xff, 0xfe, 0x5d]), 'f.json')).details,
    ).toMatchObject({ reason: 'binary' });
  });

  it('names the line and column of a syntax error', () => {
    const e = errorOf(() => parseDataJson(bytes('[\n  {"id": "a",},\n]'), 'data/deals.json'));
    expect(e.code).toBe('invalid_data');
    expect(e.details).toMatchObject({
      file: 'data/deals.json',
      reason: 'json',
      line: 2,
      column: 14,
    });
    expect(e.message).toContain('data/deals.json');
  });
});

describe('locateJsonError', () => {
  it('finds common mistakes', () => {
    expect(locateJsonError('{"a": 1,}')).toMatchObject({ line: 1, column: 9, found: '"}"' });
    expect(locateJsonError('[1, 2')).toMatchObject({ found: 'the end of the file' });
    expect(locateJsonError("{'a': 1}")).toMatchObject({ column: 2 });
    expect(locateJsonError('{"a": 01}')).toMatchObject({ column: 8 });
    expect(locateJsonError('[1] [2]')).toMatchObject({
      column: 5,
      expected: 'the end of the file',
    });
    expect(locateJsonError('{"a":\n  tru}')).toMatchObject({ line: 2, column: 6 });
    expect(locateJsonError('"a\tb"')).toMatchObject({ column: 3 });
  });

  it('agrees with JSON.parse on valid documents (property)', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.boolean(), (v, pretty) => {
        expect(locateJsonError(JSON.stringify(v, null, pretty ? 2 : undefined))).toBeNull();
      }),
    );
  });

  it('reports an error exactly when JSON.parse fails on a damaged document (property)', () => {
    const damaged = fc
      .tuple(fc.json(), fc.nat(), fc.constantFrom('', ',', '}', ']', '"', ':', 'x', '\\', '{', '['))
      .map(([json, at, insert]) => {
        const k = json.length === 0 ? 0 : at % json.length;
        return json.slice(0, k) + insert + json.slice(k + (insert === '' ? 1 : 0));
      });
    fc.assert(
      fc.property(damaged, (text) => {
        let parses = true;
        try {
          JSON.parse(text);
        } catch {
          parses = false;
        }
        expect(locateJsonError(text) === null).toBe(parses);
      }),
      { numRuns: 500 },
    );
  });
});
