import type { Inputs } from '../model/types.ts';
import type { CompiledModel } from './compile.ts';

/** The patient's design row: every column of every predictor, in model order, then the interactions'. */
export function designRow(c: CompiledModel, inputs: Inputs): number[] {
  return [...c.predictors.flatMap((cp) => cp.design(inputs[cp.predictor.id]!)), ...c.interactions.flatMap((ci) => ci.design(inputs))];
}

/**
 * Standard error of the linear predictor: se = sqrt(d' V d), d the family's contrast of the
 * design row (Cox: minus the reference profile's; logistic: the full row with the intercept).
 * Without a covariance matrix the coefficients are taken as independent: se^2 = sum (d_i * se_i)^2.
 */
export function linearPredictorSe(c: CompiledModel, inputs: Inputs): number {
  const d = c.familyFor(inputs).contrast(designRow(c, inputs));
  const ses = [...c.family.leading, ...c.columns].map((col) => col.se);
  const v = c.covariance;
  let variance = 0;
  if (v) {
    for (let i = 0; i < d.length; i++) {
      for (let j = 0; j < d.length; j++) variance += d[i]! * v[i]![j]! * d[j]!;
    }
  } else {
    for (let i = 0; i < d.length; i++) variance += (d[i]! * ses[i]!) ** 2;
  }
  return Math.sqrt(Math.max(variance, 0));
}
