import type { Model } from '../model/types.ts';
import type { Column } from './coefficient.ts';
import { coxFamily } from './families/cox.ts';
import { logisticFamily } from './families/logistic.ts';
import type { Prediction, SurvivalAtTime, Warning } from './predict.ts';

/** The figures a family adds to a prediction: survival and its median, or a probability. */
export type Figures = Pick<Prediction, 'survival' | 'medianSurvival' | 'probability'>;

/**
 * What a model family makes of a linear predictor. Every `lp` here is the linear predictor as
 * the family reports it (Cox: centred on the reference profile; logistic: with the intercept).
 * A new family (parametric survival, Fine-Gray) is one file implementing this, named in `familyOf`.
 */
export interface Family {
  /** Added to the sum of the predictors' contributions to give the reported linear predictor. */
  offset: number;
  /** Coefficients outside the predictors (the intercept) that the covariance also covers, first. */
  leading: Column[];
  /** The vector d of se = sqrt(d' V d), from the patient's design row. */
  contrast(row: number[]): number[];
  /** Risk at time t (survival, or a probability that ignores t); undefined where the model says nothing. */
  risk(lp: number, t: number): number | undefined;
  /** The linear predictor at which the risk at t equals r; undefined where none does. */
  lpFor(r: number, t: number): number | undefined;
  /** The risk with its 95% interval at time t (all null where the model says nothing). */
  interval(lp: number, se: number, t: number): SurvivalAtTime;
  /** Times the risk is reported at, the first read when none is asked for: the horizons (one, 0, where time plays no part). */
  riskTimes: readonly number[];
  /** Last time a curve is drawn to (0 without time). */
  curveEnd: number;
  /** Times a curve over time is drawn at, from 0 to the last the model's source reports (none without time). */
  curveTimes: readonly number[];
  /** A prediction's figures at `times` (the model's own when absent); adds the warnings they raise. */
  figures(lp: number, se: number, times: readonly number[] | undefined, warnings: Warning[]): Figures;
}

/** The family of a model that `validateModel` accepted, given its predictors' design columns. */
export function familyOf(model: Model, columns: Column[]): Family {
  return model.kind === 'cox' ? coxFamily(model, columns) : logisticFamily(model);
}
