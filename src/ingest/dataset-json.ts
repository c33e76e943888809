/** Decode a data file's bytes into JSON, with errors that say which file, which line and what to do. */
import { DataError } from '../core/errors.js';

/** A JSON syntax error's place: 1-based line and column, and what was found there. */
export interface JsonErrorLocation {
  readonly offset: number;
  readonly line: number;
  readonly column: number;
  readonly found: string;
  readonly expected: string;
}

/**
 * Parse a data file's bytes as JSON. Empty files, binary files (NUL bytes or invalid UTF-8)
 * and invalid JSON each throw a `DataError` naming the file (and the line and column).
 * @example parseDataJson(readFileSync('data/deals.json'), 'data/deals.json')
 */
export function parseDataJson(bytes: Uint8Array, file: string): unknown {
  if (bytes.length === 0)
    throw new DataError(`${file}: the file is empty; expected JSON`, { file, reason: 'empty' });
  if (bytes.includes(0)) {
    throw new DataError(
      `${file}: this is a binary file (it contains NUL bytes), not JSON; check the path`,
      { file, reason: 'binary' },
    );
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch (error) {
    throw new DataError(
      `${file}: the file is not UTF-8 text; save it as UTF-8 JSON`,
      { file, reason: 'binary' },
      { cause: error },
    );
  }
  if (text.trim() === '')
    throw new DataError(`${file}: the file is empty (only whitespace); expected JSON`, {
      file,
      reason: 'empty',
    });
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    const where = locateJsonError(text);
    if (!where)
      throw new DataError(
        `${file}: invalid JSON (${(error as Error).message})`,
        { file, reason: 'json' },
        { cause: error },
      );
    throw new DataError(
      `${file}: line ${where.line}, column ${where.column}: invalid JSON: found ${where.found} where ${where.expected} was expected`,
      { file, reason: 'json', line: where.line, column: where.column },
      { cause: error },
    );
  }
}

class Stop {
  constructor(
    readonly offset: number,
    readonly expected: string,
  ) {}
}

/**
 * Where the first JSON syntax error in `text` is, or null when it is valid JSON. NOTE: Node 20's
 * `JSON.parse` messages often carry no position, so this small scanner finds it.
 */
export function locateJsonError(text: string): JsonErrorLocation | null {
  let i = 0;
  const ws = () => {
    while (i < text.length && ' \t\n\r'.includes(text.charAt(i))) i++;
  };
  const expect = (literal: string) => {
    for (const ch of literal) {
      if (text.charAt(i) !== ch) throw new Stop(i, `"${literal}"`);
      i++;
    }
  };
  const string = () => {
    i++; // opening quote
    for (;;) {
      if (i >= text.length) throw new Stop(i, 'a closing quote');
      const c = text.charCodeAt(i);
      if (c === 0x22) return void i++;
      if (c < 0x20) throw new Stop(i, 'an escaped character (\\n, \\t...) inside the string');
      if (c === 0x5c) {
        const e = text.charAt(i + 1);
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6)))
            throw new Stop(i, 'four hex digits after \\u');
          i += 6;
        } else if ('"\\/bfnrt'.includes(e) && e !== '') i += 2;
        else throw new Stop(i, 'a valid escape such as \\n or \\"');
      } else i++;
    }
  };
  const number = () => {
    const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (!m || m[0] === '' || m[0] === '-') throw new Stop(i, 'a value');
    i += m[0].length;
  };
  const value = (): void => {
    ws();
    const c = text.charAt(i);
    if (c === '{') {
      i++;
      ws();
      if (text.charAt(i) === '}') return void i++;
      for (;;) {
        ws();
        if (text.charAt(i) !== '"') throw new Stop(i, 'a property name in double quotes');
        string();
        ws();
        if (text.charAt(i) !== ':') throw new Stop(i, '":"');
        i++;
        value();
        ws();
        if (text.charAt(i) === ',') i++;
        else if (text.charAt(i) === '}') return void i++;
        else throw new Stop(i, '"," or "}"');
      }
    }
    if (c === '[') {
      i++;
      ws();
      if (text.charAt(i) === ']') return void i++;
      for (;;) {
        value();
        ws();
        if (text.charAt(i) === ',') i++;
        else if (text.charAt(i) === ']') return void i++;
        else throw new Stop(i, '"," or "]"');
      }
    }
    if (c === '"') return string();
    if (c === 't') return expect('true');
    if (c === 'f') return expect('false');
    if (c === 'n') return expect('null');
    return number();
  };
  try {
    if (text.charCodeAt(0) === 0xfeff) i = 1;
    value();
    ws();
    if (i < text.length) throw new Stop(i, 'the end of the file');
    return null;
  } catch (stop) {
    if (!(stop instanceof Stop)) throw stop;
    const before = text.slice(0, stop.offset);
    const line = before.split('\n').length;
    const column = stop.offset - before.lastIndexOf('\n');
    const found =
      stop.offset >= text.length ? 'the end of the file' : JSON.stringify(text.charAt(stop.offset));
    return { offset: stop.offset, line, column, found, expected: stop.expected };
  }
}
