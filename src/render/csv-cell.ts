/** CSV writing: RFC 4180 quoting, spreadsheet-formula neutralisation, and lists inside one cell. */

// NOTE: a cell a spreadsheet would read as a formula (=, +, -, @, tab, carriage return first) gets a
// leading apostrophe; apostrophes already in front of such a character get one more, so the import
// (which removes exactly one) gives back the original text.
const FORMULA = /^'*[=+\-@\t\r]/;

/** A value as one CSV field: neutralised, and quoted when it holds a comma, quote or line break. */
export function csvCell(value: string | number | boolean | bigint | null | undefined): string {
  if (value === null || value === undefined) return '';
  let s = String(value);
  if (typeof value === 'string' && FORMULA.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** A table with a header row, CRLF line ends (RFC 4180). */
export function csvTable(headers: readonly string[], rows: readonly Readonly<Record<string, unknown>>[]): string {
  const lines = [headers.map((h) => csvCell(h)).join(',')];
  for (const row of rows) lines.push(headers.map((h) => csvCell(row[h] as string | number | boolean | null | undefined)).join(','));
  return `${lines.join('\r\n')}\r\n`;
}

/** Several values in one cell, joined with "|"; "\" escapes "\" and "|" inside a value. */
export function csvList(values: readonly string[]): string {
  return values.map((v) => v.replace(/\\/g, '\\\\').replace(/\|/g, '\\|')).join('|');
}
