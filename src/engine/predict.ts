import type { Inputs, Model } from '../model/types.ts';
import { baselineEnd, medianSurvival, survivalAt } from './baseline.ts';
import { Z95 } from './coefficient.ts';
import { compileModel, type CompiledModel } from './compile.ts';
import { linearPredictorSe } from './se.ts';

export interface Interval {
  estimate: number;
  lower: number;
  upper: number;
}

export interface SurvivalAtTime {
  time: number;
  /** null past the end of a baseline table: the model says nothing there. */
  estimate: number | null;
  lower: number | null;
  upper: number | null;
}

/**
 * What a result should be read with. Codes and facts only: the page words them in the reader's
 * language, and `describeWarning` (warnings.ts) in English for the command line.
 */
export interface Warning {
  code: 'outside-derivation-range' | 'beyond-baseline' | 'independent-coefficients' | 'approximate-model';
  /** The predictor that caused it, when one did. */
  predictor?: string;
  /** The value outside the derivation range. */
  value?: number;
  /** The time with no survival, past the end of the baseline table. */
  time?: number;
}

export interface Prediction {
  model: { id: string; version: string };
  points: Record<string, number>;
  totalPoints: number;
  /** Cox: LP - LP_ref. Logistic: LP including the intercept. */
  linearPredictor: number;
  linearPredictorSe: number;
  survival?: SurvivalAtTime[];
  medianSurvival?: number | null;
  probability?: Interval;
  warnings: Warning[];
}

export interface PredictOptions {
  /** Times for survival; the model's horizons when absent. */
  times?: readonly number[];
}

/** Survival at t with its 95% interval, evaluated at LP -+ z * se (a higher LP means lower survival). */
export function survivalWithInterval(c: CompiledModel, t: number, lp: number, se: number): SurvivalAtTime {
  if (c.model.kind !== 'cox') throw new Error('survival is defined for Cox models only');
  const b = c.model.baseline;
  const estimate = survivalAt(b, t, lp);
  if (estimate === undefined) return { time: t, estimate: null, lower: null, upper: null };
  return { time: t, estimate, lower: survivalAt(b, t, lp + Z95 * se)!, upper: survivalAt(b, t, lp - Z95 * se)! };
}

const logistic = (lp: number) => 1 / (1 + Math.exp(-lp));

/**
 * One patient's points, linear predictor, risk with its 95% interval, and warnings.
 * `inputs` must have passed `checkInputs`; the model must have passed `validateModel`.
 */
export function predict(model: Model, inputs: Inputs, options: PredictOptions = {}): Prediction {
  const c = compileModel(model);
  const points: Record<string, number> = {};
  const warnings: Warning[] = [];
  let lp = 0;
  let totalPoints = 0;
  for (const cp of c.predictors) {
    const p = cp.predictor;
    const value = inputs[p.id]!;
    const f = cp.contribution(value);
    lp += f;
    const pts = (f - cp.min) * c.scale;
    points[p.id] = pts;
    totalPoints += pts;
    if (p.type !== 'categorical' && p.derivationRange) {
      const [lo, hi] = p.derivationRange;
      const x = value as number;
      if (x < lo || x > hi) warnings.push({ code: 'outside-derivation-range', predictor: p.id, value: x });
    }
  }
  const se = linearPredictorSe(c, inputs);
  if (model.approximate) warnings.push({ code: 'approximate-model' });
  if (c.model.covariance === undefined) warnings.push({ code: 'independent-coefficients' });
  const result: Prediction = {
    model: { id: model.id, version: model.version },
    points,
    totalPoints,
    linearPredictor: 0,
    linearPredictorSe: se,
    warnings,
  };
  if (model.kind === 'logistic') {
    const full = lp + c.intercept!.beta;
    result.linearPredictor = full;
    result.probability = { estimate: logistic(full), lower: logistic(full - Z95 * se), upper: logistic(full + Z95 * se) };
    return result;
  }
  const centered = lp - c.referenceLp;
  result.linearPredictor = centered;
  const times = options.times ?? model.horizons;
  result.survival = times.map((t) => survivalWithInterval(c, t, centered, se));
  const end = baselineEnd(model.baseline);
  for (const time of times.filter((t) => t > end)) warnings.push({ code: 'beyond-baseline', time });
  result.medianSurvival = medianSurvival(model.baseline, centered);
  return result;
}
