/** A CSV edge-list reader (`from,to,amount[,date][,status]`) for `--edges FILE.csv` and the benchmarks. */
import { isDealStatus } from '../core/deal-status.js';
import { decimalToBigInt, isDecimalString, toDecimal } from '../core/decimal.js';
import { InputError } from '../core/errors.js';
import { isIsoDate } from '../core/fuzzy-date.js';
import type { EdgeRow } from './edge-list.js';

const REQUIRED = ['from', 'to', 'amount'] as const;
const OPTIONAL = ['date', 'status'] as const;

/**
 * Parse an edge-list CSV. The header names the columns (any order, case-insensitive); other
 * columns are ignored. Amounts are decimals in currency units, rounded to whole units; an empty
 * amount means undisclosed. Quoted fields ("Acme, Inc.") and blank lines are allowed.
 * Throws InputError with the line number of the first bad row.
 * @example parseEdgeCsv('from,to,amount\nnvidia,openai,100000000000\n')
 */
export function parseEdgeCsv(text: string): EdgeRow[] {
  const lines = text.split(/\r?\n/);
  let lineNo = 0;
  let header: string[] | null = null;
  for (; lineNo < lines.length && header === null; lineNo++) {
    const line = lines[lineNo] ?? '';
    if (line.trim() === '' || line.startsWith('#')) continue;
    header = splitCsvLine(line, lineNo + 1).map((h) => h.trim().toLowerCase());
  }
  if (header === null) throw new InputError('edge list: the CSV is empty; expected a header "from,to,amount"', { line: 1 });
  const col: Record<string, number> = {};
  for (const name of [...REQUIRED, ...OPTIONAL]) col[name] = header.indexOf(name);
  const missing = REQUIRED.filter((n) => col[n] === -1);
  if (missing.length) {
    throw new InputError(`edge list: the header lacks ${missing.map((n) => `"${n}"`).join(', ')}; expected "from,to,amount"`, { line: lineNo, missing });
  }
  const [iFrom, iTo, iAmount, iDate, iStatus] = [col.from!, col.to!, col.amount!, col.date!, col.status!];
  const rows: EdgeRow[] = [];
  for (; lineNo < lines.length; lineNo++) {
    const line = lines[lineNo] ?? '';
    if (line.trim() === '' || line.startsWith('#')) continue;
    const n = lineNo + 1;
    const f = splitCsvLine(line, n);
    const from = (f[iFrom] ?? '').trim();
    const to = (f[iTo] ?? '').trim();
    if (from === '' || to === '') throw new InputError(`edge list: line ${n} has an empty "from" or "to"`, { line: n });
    const rawAmount = (f[iAmount] ?? '').trim();
    const row: { -readonly [K in keyof EdgeRow]: EdgeRow[K] } = { from, to, amount: parseAmount(rawAmount, n) };
    if (iDate >= 0) {
      const date = (f[iDate] ?? '').trim();
      if (date !== '' && !isIsoDate(date)) {
        throw new InputError(`edge list: line ${n} date "${date}" is not YYYY, YYYY-MM or YYYY-MM-DD`, { line: n, value: date });
      }
      row.date = date === '' ? null : date;
    }
    if (iStatus >= 0) {
      const status = (f[iStatus] ?? '').trim();
      if (status !== '') {
        if (!isDealStatus(status)) throw new InputError(`edge list: line ${n} status "${status}" is not a deal status`, { line: n, value: status });
        row.status = status;
      }
    }
    rows.push(row);
  }
  return rows;
}

function parseAmount(raw: string, line: number): bigint | null {
  if (raw === '') return null;
  if (/^\d+$/.test(raw)) return BigInt(raw);
  let canonical: string;
  try {
    canonical = isDecimalString(raw) ? raw : toDecimal(raw);
  } catch {
    throw new InputError(`edge list: line ${line} amount "${raw}" is not a number; write it in currency units, e.g. 10000000000`, { line, value: raw });
  }
  if (canonical.startsWith('-')) throw new InputError(`edge list: line ${line} amount "${raw}" is negative`, { line, value: raw });
  return decimalToBigInt(canonical);
}

/** Split one CSV line, honouring double quotes ("a ""b"" c"). */
function splitCsvLine(line: string, lineNo: number): string[] {
  if (!line.includes('"')) return line.split(',');
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') { cur += '"'; i++; }
      else if (ch === '"') quoted = false;
      else cur += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') { out.push(cur); cur = ''; }
    else cur += ch;
  }
  if (quoted) throw new InputError(`edge list: line ${lineNo} has an unclosed quote`, { line: lineNo });
  out.push(cur);
  return out;
}
