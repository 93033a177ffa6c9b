import type { Inputs } from '../model/types.ts';
import type { CompiledModel } from './compile.ts';
import { designRow, linearPredictorSe } from './se.ts';

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
  /** The last time of that table. */
  end?: number;
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
  /** Fine-Gray: the cumulative incidence of the event of interest at each time, with its 95% interval. */
  cumulativeIncidence?: SurvivalAtTime[];
  warnings: Warning[];
}

export interface PredictOptions {
  /** Times for survival; the model's horizons when absent. */
  times?: readonly number[];
}

/**
 * One patient's points, linear predictor, risk with its 95% interval, and warnings.
 * `inputs` must have passed `checkInputs`; the model must have passed `validateModel`.
 */
export function predict(c: CompiledModel, inputs: Inputs, options: PredictOptions = {}): Prediction {
  const { model } = c;
  const family = c.familyFor(inputs);
  const points: Record<string, number> = {};
  const warnings: Warning[] = [];
  let sum = 0;
  let totalPoints = 0;
  for (const cp of c.predictors) {
    const p = cp.predictor;
    const value = inputs[p.id]!;
    if (!c.interacts(p.id)) {
      const f = cp.contribution(value);
      sum += f;
      const pts = cp.toPoints(f);
      points[p.id] = pts;
      totalPoints += pts;
    }
    if (p.type !== 'categorical' && p.derivationRange) {
      const [lo, hi] = p.derivationRange;
      const x = value as number;
      if (x < lo || x > hi) warnings.push({ code: 'outside-derivation-range', predictor: p.id, value: x });
    }
  }
  // An interaction's row: both main effects and the products, on the model's one scale.
  for (const ci of c.interactions) {
    const f = ci.contribution(inputs);
    sum += f;
    const pts = (f - ci.min) * c.scale;
    points[ci.interaction.id] = pts;
    totalPoints += pts;
  }
  const se = linearPredictorSe(c, inputs);
  if (model.approximate) warnings.push({ code: 'approximate-model' });
  if (model.covariance === undefined) warnings.push({ code: 'independent-coefficients' });
  const linearPredictor = sum + family.offset;
  const result: Prediction = {
    model: { id: model.id, version: model.version },
    points,
    totalPoints,
    linearPredictor,
    linearPredictorSe: se,
    warnings,
  };
  return Object.assign(result, family.figures(linearPredictor, se, options.times, warnings, designRow(c, inputs)));
}
