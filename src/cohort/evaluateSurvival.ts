import { baselineEnd } from '../engine/baseline.ts';
import type { CohortProblem } from './cohortProblem.ts';
import { Z975 } from './kaplanMeier.ts';
import type { CoxModel } from '../model/types.ts';
import { ipcwBrier } from './brier.ts';
import { survivalGroups, type CalibrationGroup } from './calibrationGroups.ts';
import { concordance } from './concordance.ts';
import { coxSlope } from './coxSlope.ts';
import { evaluationNotes, type Note } from './evaluationNotes.ts';
import { kaplanMeierAt } from './kaplanMeier.ts';

export interface SurvivalEvaluation {
  kind: 'cox';
  n: number;
  events: number;
  horizon: number;
  timeUnit: string;
  /** Events up to and including the horizon. */
  eventsByHorizon: number;
  cIndex: number;
  calibrationSlope: number | null;
  calibrationSlopeLower: number | null;
  calibrationSlopeUpper: number | null;
  observed: number;
  observedLower: number | null;
  observedUpper: number | null;
  expected: number;
  oe: number;
  brier: number;
  groups: CalibrationGroup[];
  notes: Note[];
}

/** Why a horizon cannot be used for this model and cohort, or undefined. */
export function horizonProblem(model: CoxModel, time: ArrayLike<number>, horizon: number): CohortProblem | undefined {
  if (!(horizon > 0)) return { code: 'bad-horizon', horizon };
  if (model.baseline.type === 'strata') return { code: 'unsupported-kind', kind: 'stratified Cox' };
  const end = baselineEnd(model.baseline);
  if (horizon > end) return { code: 'horizon-beyond-baseline', horizon, end, unit: model.timeUnit };
  if (!Array.from(time).some((t) => t >= horizon)) return { code: 'horizon-beyond-follow-up', horizon, unit: model.timeUnit };
  return undefined;
}

/**
 * Discrimination and calibration of a Cox model on a cohort, from each patient's linear predictor
 * (`lp`) and predicted risk by the horizon (`risk`). The caller has refused bad rows and cohorts
 * with too few events.
 */
export function evaluateSurvival(
  model: CoxModel,
  time: Float64Array,
  status: Float64Array,
  lp: Float64Array,
  risk: Float64Array,
  horizon: number,
  groupCount: number,
): SurvivalEvaluation {
  const n = time.length;
  const events = status.reduce((s, x) => s + x, 0);
  const cIndex = concordance(time, status, lp).c;
  const fit = coxSlope(time, status, lp);
  const km = kaplanMeierAt(time, status, horizon);
  const observed = 1 - km.survival;
  const expected = risk.reduce((s, x) => s + x, 0) / n;
  const slope = fit && { estimate: fit.beta, lower: fit.beta - Z975 * fit.se, upper: fit.beta + Z975 * fit.se };
  return {
    kind: 'cox',
    n,
    events,
    horizon,
    timeUnit: model.timeUnit,
    eventsByHorizon: km.events,
    cIndex,
    calibrationSlope: slope?.estimate ?? null,
    calibrationSlopeLower: slope?.lower ?? null,
    calibrationSlopeUpper: slope?.upper ?? null,
    observed,
    observedLower: km.upper === null ? null : 1 - km.upper,
    observedUpper: km.lower === null ? null : 1 - km.lower,
    expected,
    oe: observed / expected,
    brier: ipcwBrier(time, status, risk, horizon),
    groups: survivalGroups(time, status, risk, horizon, groupCount),
    notes: evaluationNotes({ events, cIndex, slope, oe: observed / expected }),
  };
}
