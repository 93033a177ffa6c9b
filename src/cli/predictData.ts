import { batchCsv, batchPredict } from '../cohort/batchPredict.ts';
import { describeCohortProblem } from '../cohort/cohortProblem.ts';
import type { Model } from '../model/types.ts';
import type { Io } from './io.ts';
import { readData } from './readData.ts';

/**
 * `nomogram predict <model> --data <file.csv>`: one result per row, as CSV or (--json) an array.
 * Refused rows are named on standard error by row and column; the others are still printed, and
 * the exit status is 2 when any row was refused.
 */
export function predictDataCommand(model: Model, data: string, times: number[] | undefined, json: boolean, io: Io): number {
  const table = readData('predict', data, io);
  if (typeof table === 'number') return table;
  const result = batchPredict(model, table, times);
  if (!result.ok) {
    io.err(`nomogram predict: ${data}: ${describeCohortProblem(result.problem)}`);
    return 2;
  }
  io.out(json ? JSON.stringify(result.rows, null, 2) : batchCsv(model, result.rows, times));
  for (const r of result.rows) {
    if ('problems' in r) for (const p of r.problems) io.err(`row ${r.row}, column ${p.column}: ${p.message}`);
  }
  if (result.refused)
    io.err(`nomogram predict: ${result.refused} of ${result.rows.length} ${result.rows.length === 1 ? 'row' : 'rows'} refused`);
  return result.refused ? 2 : 0;
}
