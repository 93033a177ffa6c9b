import { checkValue, inputColumns } from '../engine/inputs.ts';

export { inputColumns };
import type { Inputs, Model } from '../model/types.ts';
import type { CsvTable } from './csv.ts';

/** A refused cell: its data row (from 1), its column and why. */
export interface RowProblem {
  row: number;
  column: string;
  /** The cell as written (trimmed). */
  value: string;
  /** For an outcome column, what it takes (a predictor's column says so itself). */
  expected?: 'time' | 'binary';
  /** In English, for the command line; the page words it from the column and the value. */
  message: string;
}

/** Each row's inputs, or null for a row with a problem (listed in `problems`). */
export interface CohortInputs {
  inputs: (Inputs | null)[];
  problems: RowProblem[];
}

/** The columns a model needs that the header lacks, in the model's order. */
export function missingColumns(header: readonly string[], wanted: readonly string[]): string[] {
  return wanted.filter((c) => !header.includes(c));
}

/** A cell as a number, or undefined for an empty cell, or NaN for text that is not a number. */
export function cellNumber(cell: string): number | undefined {
  const s = cell.trim();
  return s === '' || s.toUpperCase() === 'NA' ? undefined : Number(s);
}

/**
 * Reads each row's predictor values (columns named by predictor id; other columns are ignored)
 * and checks them as a single patient's inputs are checked. A bad cell refuses its row only.
 */
export function cohortInputs(model: Model, table: CsvTable): CohortInputs {
  const columns = inputColumns(model);
  const at = columns.map((p) => table.header.indexOf(p.id));
  const problems: RowProblem[] = [];
  const inputs = table.rows.map((cells, r) => {
    const row: Inputs = {};
    let ok = true;
    columns.forEach((p, j) => {
      const cell = cells[at[j]!]!;
      const value = p.type === 'categorical' ? (cell.trim() === '' ? undefined : cell.trim()) : cellNumber(cell);
      const problem = checkValue(p, Number.isNaN(value) ? cell.trim() : value);
      if (problem) {
        problems.push({ row: r + 1, column: p.id, value: cell.trim(), message: problem });
        ok = false;
      } else row[p.id] = value!;
    });
    return ok ? row : null;
  });
  return { inputs, problems };
}

/** "row 3, column age: ..." */
export function describeRowProblem(p: RowProblem): string {
  return `row ${p.row}, column ${p.column}: ${p.message}`;
}
