// Any model a file can hold: the engine's format-version-2 parts are loaded with this code.
import '../engine/v2.ts';
import { compileModel } from '../engine/compile.ts';
import { predict, type Prediction } from '../engine/predict.ts';
import type { Inputs, Model } from '../model/types.ts';
import { cohortInputs, inputColumns, missingColumns, type RowProblem } from './cohortInputs.ts';
import type { CohortProblem } from './cohortProblem.ts';
import { csvLine, type CsvTable } from './csv.ts';

/** One row's result: its prediction, or the problems that refused it. */
export type RowResult = { row: number; inputs: Inputs; prediction: Prediction } | { row: number; problems: Omit<RowProblem, 'row'>[] };

export type BatchResult = { ok: true; rows: RowResult[]; refused: number } | { ok: false; problem: CohortProblem };

/**
 * Predicts every row of a table whose columns are named by predictor id. A bad cell refuses its
 * own row; the other rows are still computed. The model is compiled once, so a large file costs
 * little more than its rows.
 */
export function batchPredict(model: Model, table: CsvTable, times?: readonly number[]): BatchResult {
  const missing = missingColumns(
    table.header,
    inputColumns(model).map((p) => p.id),
  );
  if (missing.length) return { ok: false, problem: { code: 'missing-columns', columns: missing, header: table.header } };
  const read = cohortInputs(model, table);
  const byRow = new Map<number, Omit<RowProblem, 'row'>[]>();
  for (const { row, ...p } of read.problems) byRow.set(row, [...(byRow.get(row) ?? []), p]);
  const c = compileModel(model);
  const rows = read.inputs.map((inputs, i): RowResult =>
    inputs ? { row: i + 1, inputs, prediction: predict(c, inputs, times ? { times } : {}) } : { row: i + 1, problems: byRow.get(i + 1)! },
  );
  return { ok: true, rows, refused: byRow.size };
}

/** The header of `batchCsv`: inputs, points, linear predictor, then each estimate with its bounds. */
function batchHeader(model: Model, times?: readonly number[]): string[] {
  // A Fine-Gray model's figures are the cumulative incidence of its event, never a survival.
  const what = model.kind === 'fineGray' ? 'cumulative_incidence' : 'survival';
  const figures =
    model.kind !== 'logistic'
      ? (times ?? model.horizons).flatMap((t) => [`${what}_${t}`, `${what}_${t}_lower`, `${what}_${t}_upper`])
      : ['probability', 'probability_lower', 'probability_upper'];
  return [
    'row',
    ...inputColumns(model).map((p) => p.id),
    'total_points',
    'linear_predictor',
    'linear_predictor_se',
    ...figures,
    'warnings',
    'problem',
  ];
}

/** Results as CSV, one line per input row; a refused row keeps its line, with the problem in words. */
export function batchCsv(model: Model, rows: readonly RowResult[], times?: readonly number[]): string {
  const header = batchHeader(model, times);
  const lines = [csvLine(header)];
  for (const r of rows) {
    if ('problems' in r) {
      lines.push(
        csvLine([r.row, ...Array<null>(header.length - 2).fill(null), r.problems.map((p) => `${p.column}: ${p.message}`).join('; ')]),
      );
      continue;
    }
    const p = r.prediction;
    const timed = p.survival ?? p.cumulativeIncidence;
    const figures = timed
      ? timed.flatMap((s) => [s.estimate, s.lower, s.upper])
      : [p.probability!.estimate, p.probability!.lower, p.probability!.upper];
    const own = p.warnings
      .filter((w) => w.predictor || w.time !== undefined)
      .map((w) => `${w.code}${w.predictor ? `:${w.predictor}` : ''}${w.time !== undefined ? `:${w.time}` : ''}`);
    lines.push(
      csvLine([
        r.row,
        ...inputColumns(model).map((m) => r.inputs[m.id]!),
        p.totalPoints,
        p.linearPredictor,
        p.linearPredictorSe,
        ...figures,
        own.join(' '),
        null,
      ]),
    );
  }
  return lines.join('\n');
}
