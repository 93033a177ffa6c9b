import type { Model } from '../model/types.ts';
import type { Column } from './coefficient.ts';
import { extension } from './extensions.ts';
import { coxFamily } from './families/cox.ts';
import { logisticFamily } from './families/logistic.ts';
import type { Prediction, SurvivalAtTime, Warning } from './predict.ts';

/** The figures a family adds to a prediction: survival and its median, a probability, or a cumulative incidence. */
export type Figures = Pick<Prediction, 'survival' | 'medianSurvival' | 'probability' | 'cumulativeIncidence'>;

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
  /** What the risk is: survival (higher is better), a probability or a cumulative incidence of an event (higher is worse). */
  measure: 'survival' | 'probability' | 'incidence';
  /** The vector d of se = sqrt(d' V d), from the patient's design row. */
  contrast(row: number[]): number[];
  /** Risk at time t (survival, or a probability that ignores t); undefined where the model says nothing. */
  risk(lp: number, t: number): number | undefined;
  /** The linear predictor at which the risk at t equals r; undefined where none does. */
  lpFor(r: number, t: number): number | undefined;
  /**
   * The risk with its 95% interval at time t (all null where the model says nothing). `row` is the
   * patient's design row, for the families whose interval needs more than the LP's SE (survfit's
   * Cox interval, a parametric model's scale).
   */
  interval(lp: number, se: number, t: number, row: readonly number[]): SurvivalAtTime;
  /** Times the risk is reported at, the first read when none is asked for: the horizons (one, 0, where time plays no part). */
  riskTimes: readonly number[];
  /** Last time a curve is drawn to (0 without time). */
  curveEnd: number;
  /** Times a curve over time is drawn at, from 0 to the last the model's source reports (none without time). */
  curveTimes: readonly number[];
  /** A prediction's figures at `times` (the model's own when absent); adds the warnings they raise. */
  figures(lp: number, se: number, times: readonly number[] | undefined, warnings: Warning[], row: readonly number[]): Figures;
}

/**
 * The family of a model that `validateModel` accepted, given its design columns (the predictors',
 * then the interactions'), for one stratum of a stratified Cox model (the first when absent).
 */
export function familyOf(model: Model, columns: Column[], stratum?: string): Family {
  switch (model.kind) {
    case 'cox':
      return coxFamily(model, columns, stratum);
    case 'logistic':
      return logisticFamily(model);
    case 'parametric':
      return extension('parametric')(model, columns);
    case 'fineGray':
      return extension('fineGray')(model, columns);
  }
}
