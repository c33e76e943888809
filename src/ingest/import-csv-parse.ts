/** RFC 4180 CSV parsing with the line each record starts on, and the cell conventions of roundtrip's CSV export. */
import { DataError } from '../core/errors.js';

/** One record: its cells by column name, and the line it starts on (1-based, the header is line 1). */
export interface CsvRecord {
  readonly line: number;
  readonly cells: Readonly<Record<string, string>>;
}

export interface CsvTable {
  readonly file: string;
  readonly headers: readonly string[];
  readonly records: readonly CsvRecord[];
}

/**
 * Parse CSV text (comma separated, `"` quoted, `""` for a quote, CRLF or LF line ends, a
 * leading byte-order mark ignored). Blank lines are skipped.
 * @throws DataError naming the file and line of an unterminated quote, a stray quote, or a
 *   record with more cells than the header.
 */
export function parseCsv(text: string, file: string): CsvTable {
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const rows: { line: number; cells: string[] }[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let afterQuote = false;
  let line = 1;
  let start = 1;
  let rowHasContent = false;
  const endCell = () => {
    cells.push(cell);
    cell = '';
    afterQuote = false;
  };
  const endRow = () => {
    endCell();
    if (rowHasContent || cells.length > 1) rows.push({ line: start, cells });
    cells = [];
    rowHasContent = false;
  };
  for (let i = 0; i < src.length; i++) {
    const ch = src[i]!;
    if (quoted) {
      if (ch === '"') {
        if (src[i + 1] === '"') {
          cell += '"';
          i++;
        } else {
          quoted = false;
          afterQuote = true;
        }
      } else {
        if (ch === '\n') line++;
        cell += ch;
      }
      continue;
    }
    if (ch === '"') {
      if (cell !== '' || afterQuote) {
        throw new DataError(`${file}: line ${line}: a quote inside an unquoted cell; quote the whole cell and double the quote ("")`, { file, line });
      }
      quoted = true;
      rowHasContent = true;
    } else if (ch === ',') {
      endCell();
      rowHasContent = true;
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && src[i + 1] === '\n') i++;
      endRow();
      line++;
      start = line;
    } else {
      if (afterQuote) {
        throw new DataError(`${file}: line ${line}: text after a closing quote; quote the whole cell`, { file, line });
      }
      cell += ch;
      rowHasContent = true;
    }
  }
  if (quoted) throw new DataError(`${file}: line ${start}: a quoted cell is never closed`, { file, line: start });
  endRow();
  const [header, ...body] = rows;
  if (!header) return { file, headers: [], records: [] };
  const headers = header.cells.map((h) => h.trim());
  const records = body.map((r) => {
    if (r.cells.length > headers.length) {
      throw new DataError(`${file}: line ${r.line}: ${r.cells.length} cells but the header has ${headers.length} columns`, { file, line: r.line });
    }
    const out: Record<string, string> = {};
    headers.forEach((h, i) => {
      out[h] = unneutralise(r.cells[i] ?? '');
    });
    return { line: r.line, cells: out };
  });
  return { file, headers, records };
}

// NOTE: mirrors the export's formula neutralisation (src/render/csv-cell.ts): exactly one leading
// apostrophe in front of =, +, -, @, tab or carriage return (after any further apostrophes) is removed.
function unneutralise(cell: string): string {
  return /^'+[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell;
}

/** Split a "|"-joined list cell, honouring "\" escapes; an empty cell is an empty list. */
export function splitList(cell: string): string[] {
  if (cell === '') return [];
  const out: string[] = [];
  let cur = '';
  for (let i = 0; i < cell.length; i++) {
    const ch = cell[i]!;
    if (ch === '\\' && i + 1 < cell.length) {
      cur += cell[++i];
    } else if (ch === '|') {
      out.push(cur);
      cur = '';
    } else cur += ch;
  }
  out.push(cur);
  return out;
}
