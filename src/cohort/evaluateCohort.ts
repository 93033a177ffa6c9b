// Any model a file can hold: the engine's format-version-2 parts are loaded with this code.
import '../engine/v2.ts';
import { compileModel } from '../engine/compile.ts';
import { predict } from '../engine/predict.ts';
import type { Model } from '../model/types.ts';
import { defaultGroupCount } from './calibrationGroups.ts';
import { cohortInputs, missingColumns, type RowProblem } from './cohortInputs.ts';
import type { CohortProblem } from './cohortProblem.ts';
import { binaryOutcomes, survivalOutcomes } from './cohortOutcomes.ts';
import type { CsvTable } from './csv.ts';
import { evaluateBinary, type BinaryEvaluation } from './evaluateBinary.ts';
import { evaluateSurvival, horizonProblem, type SurvivalEvaluation } from './evaluateSurvival.ts';

export interface EvaluateOptions {
  /** Survival: the time at which risks are compared; by default the model's longest horizon that the cohort's follow-up reaches. */
  horizon?: number;
  /** Column names; by default `time` and `status`, or `outcome`. */
  time?: string;
  status?: string;
  outcome?: string;
  /** Calibration groups; by default up to ten of at least 20 patients. */
  groups?: number;
}

export type CohortEvaluation = SurvivalEvaluation | BinaryEvaluation;

export type EvaluationResult =
  { ok: true; evaluation: CohortEvaluation } | { ok: false; problems: CohortProblem[]; rowProblems: RowProblem[] };

/** Fewer events (or non-events) than this, and a cohort says nothing about a model. */
const MIN_EVENTS = 10;

/**
 * Checks a model on a cohort given as CSV: every row is read and checked, and any refused cell
 * refuses the evaluation (figures from a silently shrunken cohort would mislead). `onProgress`
 * hears the share of rows predicted so far.
 */
export function evaluateCohort(
  model: Model,
  table: CsvTable,
  options: EvaluateOptions = {},
  onProgress?: (done: number) => void,
): EvaluationResult {
  // Figures defined here for these two kinds only: any other is refused, never read as one of them.
  // A stratified Cox model is refused too: its calibration slope would need the strata refitted.
  const kind: string = model.kind === 'cox' && model.baseline.type === 'strata' ? 'stratified Cox' : model.kind;
  if (kind !== 'cox' && kind !== 'logistic') return { ok: false, problems: [{ code: 'unsupported-kind', kind }], rowProblems: [] };
  if (options.groups !== undefined && !(Number.isInteger(options.groups) && options.groups >= 1)) {
    return { ok: false, problems: [{ code: 'bad-groups', groups: options.groups }], rowProblems: [] };
  }
  const outcomeColumns = model.kind === 'cox' ? [options.time ?? 'time', options.status ?? 'status'] : [options.outcome ?? 'outcome'];
  const missing = missingColumns(table.header, [...model.predictors.map((p) => p.id), ...outcomeColumns]);
  if (missing.length) {
    return { ok: false, problems: [{ code: 'missing-columns', columns: missing, header: table.header }], rowProblems: [] };
  }
  const n = table.rows.length;
  const read = cohortInputs(model, table);
  const rowProblems = read.problems;
  const time = model.kind === 'cox' ? survivalOutcomes(table, outcomeColumns[0]!, outcomeColumns[1]!, rowProblems) : undefined;
  const y = time ? time.status : binaryOutcomes(table, outcomeColumns[0]!, rowProblems);
  if (rowProblems.length) {
    rowProblems.sort((a, b) => a.row - b.row);
    const rows = new Set(rowProblems.map((p) => p.row)).size;
    return { ok: false, problems: [{ code: 'rows-refused', rows, n }], rowProblems };
  }
  const events = y.reduce((s, x) => s + x, 0);
  const events0 = model.kind === 'cox' ? events : n - events;
  if (Math.min(events, events0) < MIN_EVENTS) {
    const problem: CohortProblem =
      events < MIN_EVENTS
        ? { code: 'too-few-events', events, minimum: MIN_EVENTS }
        : { code: 'too-few-non-events', nonEvents: events0, minimum: MIN_EVENTS };
    return { ok: false, problems: [problem], rowProblems: [] };
  }
  let horizon = options.horizon;
  if (model.kind === 'cox') {
    const longest = Math.max(...time!.time);
    horizon ??= [...model.horizons].reverse().find((h) => h <= longest) ?? model.horizons[0]!;
    const problem = horizonProblem(model, time!.time, horizon);
    if (problem) return { ok: false, problems: [problem], rowProblems: [] };
  }
  const lp = new Float64Array(n);
  const risk = new Float64Array(n);
  const c = compileModel(model);
  read.inputs.forEach((inputs, i) => {
    const p = predict(c, inputs!, model.kind === 'cox' ? { times: [horizon!] } : {});
    lp[i] = p.linearPredictor;
    risk[i] = model.kind === 'cox' ? 1 - p.survival![0]!.estimate! : p.probability!.estimate;
    if (onProgress && i % 2000 === 1999) onProgress((i + 1) / n);
  });
  const groups = options.groups ?? defaultGroupCount(n);
  const evaluation =
    model.kind === 'cox'
      ? evaluateSurvival(model, time!.time, time!.status, lp, risk, horizon!, groups)
      : evaluateBinary(y, lp, risk, groups);
  onProgress?.(1);
  return { ok: true, evaluation };
}
