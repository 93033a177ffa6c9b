import { cellNumber, type RowProblem } from './cohortInputs.ts';
import type { CsvTable } from './csv.ts';

/** Follow-up time and status (1 event, 0 censored) per row; NaN where a cell was refused. */
export function survivalOutcomes(table: CsvTable, timeColumn: string, statusColumn: string, problems: RowProblem[]) {
  const ti = table.header.indexOf(timeColumn);
  const si = table.header.indexOf(statusColumn);
  const time = new Float64Array(table.rows.length);
  const status = new Float64Array(table.rows.length);
  table.rows.forEach((cells, r) => {
    const t = cellNumber(cells[ti]!);
    if (t === undefined || !Number.isFinite(t) || t < 0) {
      problems.push({
        row: r + 1,
        column: timeColumn,
        value: cells[ti]!.trim(),
        expected: 'time',
        message: `${JSON.stringify(cells[ti]!.trim())} is not a follow-up time; expected a number 0 or more`,
      });
      time[r] = NaN;
    } else time[r] = t;
    status[r] = binary(cells[si]!, r, statusColumn, 'the event', 'censored', problems);
  });
  return { time, status };
}

/** The 0/1 outcome per row; NaN where a cell was refused. */
export function binaryOutcomes(table: CsvTable, column: string, problems: RowProblem[]): Float64Array {
  const oi = table.header.indexOf(column);
  return Float64Array.from(table.rows, (cells, r) => binary(cells[oi]!, r, column, 'the outcome', 'no outcome', problems));
}

function binary(cell: string, r: number, column: string, one: string, zero: string, problems: RowProblem[]): number {
  const v = cellNumber(cell);
  if (v === 0 || v === 1) return v;
  problems.push({
    row: r + 1,
    column,
    value: cell.trim(),
    expected: 'binary',
    message: `${JSON.stringify(cell.trim())} is not 0 or 1; expected 1 for ${one}, 0 for ${zero}`,
  });
  return NaN;
}
