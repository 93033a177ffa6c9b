import { auc } from './auc.ts';
import { binaryGroups, type CalibrationGroup } from './calibrationGroups.ts';
import { evaluationNotes, type Note } from './evaluationNotes.ts';
import { Z975 } from './kaplanMeier.ts';
import { logisticRecalibration } from './logisticRecalibration.ts';
import { wilson } from './wilson.ts';

export interface BinaryEvaluation {
  kind: 'logistic';
  n: number;
  events: number;
  /** The AUC. */
  cIndex: number;
  calibrationIntercept: number | null;
  calibrationInterceptLower: number | null;
  calibrationInterceptUpper: number | null;
  calibrationSlope: number | null;
  calibrationSlopeLower: number | null;
  calibrationSlopeUpper: number | null;
  /** Proportion with the outcome, with Wilson's interval. */
  observed: number;
  observedLower: number;
  observedUpper: number;
  /** Mean predicted probability. */
  expected: number;
  oe: number;
  brier: number;
  groups: CalibrationGroup[];
  notes: Note[];
}

/**
 * Discrimination and calibration of a logistic model on a cohort, as `rms::val.prob(p, y)`
 * reports them (C, Intercept and Slope of y ~ a + b logit(p), Brier), from each patient's logit
 * (`lp`) and probability (`p`).
 */
export function evaluateBinary(y: Float64Array, lp: Float64Array, p: Float64Array, groupCount: number): BinaryEvaluation {
  const n = y.length;
  const events = y.reduce((s, x) => s + x, 0);
  const fit = logisticRecalibration(lp, y);
  const cIndex = auc(p, y);
  const expected = p.reduce((s, x) => s + x, 0) / n;
  const observed = events / n;
  const interval = wilson(events, n);
  const bound = (estimate: number | undefined, se: number | undefined, sign: number) =>
    estimate === undefined ? null : estimate + sign * Z975 * se!;
  const slope = fit && { estimate: fit.slope, lower: bound(fit.slope, fit.slopeSe, -1)!, upper: bound(fit.slope, fit.slopeSe, 1)! };
  return {
    kind: 'logistic',
    n,
    events,
    cIndex,
    calibrationIntercept: fit?.intercept ?? null,
    calibrationInterceptLower: bound(fit?.intercept, fit?.interceptSe, -1),
    calibrationInterceptUpper: bound(fit?.intercept, fit?.interceptSe, 1),
    calibrationSlope: slope?.estimate ?? null,
    calibrationSlopeLower: slope?.lower ?? null,
    calibrationSlopeUpper: slope?.upper ?? null,
    observed,
    observedLower: interval.lower,
    observedUpper: interval.upper,
    expected,
    oe: observed / expected,
    brier: p.reduce((s, x, i) => s + (x - y[i]!) ** 2, 0) / n,
    groups: binaryGroups(y, p, groupCount),
    notes: evaluationNotes({ events, cIndex, slope, oe: observed / expected }),
  };
}
