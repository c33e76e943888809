/** Plain-text tables for people; `--json` output never goes through here. */

export interface Column<T> {
  readonly header: string;
  readonly value: (row: T) => string;
  readonly align?: 'left' | 'right';
  /** Longest a cell may be before it is cut with "…". */
  readonly max?: number;
}

function cut(s: string, max: number | undefined): string {
  const one = s.replace(/\s+/g, ' ');
  return max !== undefined && one.length > max ? `${one.slice(0, Math.max(0, max - 1))}…` : one;
}

/**
 * Render rows as an aligned table with a header rule.
 * @example renderTable([{ a: 'x' }], [{ header: 'A', value: (r) => r.a }])
 */
export function renderTable<T>(rows: readonly T[], columns: readonly Column<T>[]): string {
  const cells = rows.map((r) => columns.map((c) => cut(c.value(r), c.max)));
  const widths = columns.map((c, i) => Math.max(c.header.length, ...cells.map((row) => row[i]!.length)));
  const line = (values: readonly string[]) =>
    values
      .map((v, i) => (columns[i]!.align === 'right' ? v.padStart(widths[i]!) : v.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd();
  return [line(columns.map((c) => c.header)), line(widths.map((w) => '─'.repeat(w))), ...cells.map(line)].join('\n');
}
