import { readFileSync } from 'node:fs';
import { describeCohortProblem } from '../cohort/cohortProblem.ts';
import { parseCsv, type CsvTable } from '../cohort/csv.ts';
import type { Io } from './io.ts';

/** Reads `--data <file.csv>` (`-` for standard input) as CSV, or prints why not and returns 2. */
export function readData(command: string, file: string | undefined, io: Io): CsvTable | number {
  if (file === undefined) {
    io.err(`nomogram ${command}: --data <file.csv> is required`);
    return 2;
  }
  let text: string;
  try {
    text = readFileSync(file === '-' ? 0 : file, 'utf8');
  } catch {
    io.err(`nomogram ${command}: cannot read ${file}`);
    return 2;
  }
  const read = parseCsv(text);
  if (!read.ok) {
    io.err(`nomogram ${command}: ${file}: ${describeCohortProblem(read.problem)}`);
    return 2;
  }
  return read.table;
}
