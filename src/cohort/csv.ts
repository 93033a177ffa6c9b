import type { CohortProblem } from './cohortProblem.ts';

/** A CSV file read into its header and rows of text cells. */
export interface CsvTable {
  header: string[];
  rows: string[][];
}

export type CsvRead = { ok: true; table: CsvTable } | { ok: false; problem: CohortProblem };

/**
 * Reads RFC 4180 CSV: commas, quoted cells with "" for a quote, CRLF or LF line ends, a leading
 * byte-order mark. Blank lines are skipped. Row numbers in messages count data rows from 1 (the
 * header is not a row), which is how a spreadsheet user finds them less one.
 */
export function parseCsv(text: string): CsvRead {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const records: string[][] = [];
  let record: string[] = [];
  let cell = '';
  let quoted = false;
  let cellStarted = false;
  for (let i = 0; i < body.length; i++) {
    const ch = body[i]!;
    if (quoted) {
      if (ch === '"' && body[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"' && !cellStarted) {
      quoted = true;
      cellStarted = true;
    } else if (ch === ',') {
      record.push(cell);
      cell = '';
      cellStarted = false;
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && body[i + 1] === '\n') i++;
      record.push(cell);
      if (record.length > 1 || record[0] !== '') records.push(record);
      record = [];
      cell = '';
      cellStarted = false;
    } else {
      cell += ch;
      cellStarted = true;
    }
  }
  if (quoted) return { ok: false, problem: { code: 'unclosed-quote', row: records.length } };
  record.push(cell);
  if (record.length > 1 || record[0] !== '') records.push(record);
  if (!records.length) return { ok: false, problem: { code: 'empty-file' } };
  const header = records[0]!.map((h) => h.trim());
  const rows = records.slice(1);
  const wrong = rows.findIndex((r) => r.length !== header.length);
  if (wrong >= 0) {
    return { ok: false, problem: { code: 'cell-count', row: wrong + 1, cells: rows[wrong]!.length, columns: header.length } };
  }
  return { ok: true, table: { header, rows } };
}

/** One CSV line, quoting cells that hold a comma, quote or line break. */
export function csvLine(cells: readonly (string | number | null)[]): string {
  let line = '';
  cells.forEach((c, i) => {
    if (i) line += ',';
    // Numbers never need quoting; skipping the test keeps 20,000-row outputs cheap.
    if (typeof c === 'number') line += String(c);
    else if (c !== null) line += /[",\r\n]/.test(c) ? `"${c.replaceAll('"', '""')}"` : c;
  });
  return line;
}
