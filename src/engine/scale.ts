import type { Model } from '../model/types.ts';
import { compileModel } from './compile.ts';

/** The largest total a patient can score: every predictor at its most points. */
export function maxTotalPoints(model: Model): number {
  const c = compileModel(model);
  return c.predictors.reduce((s, p) => s + (p.max - p.min) * c.scale, 0);
}

/**
 * The linear predictor a total of points stands for (rms: LP = total / scale + sum of min f),
 * centred on the reference profile for Cox and including the intercept for logistic.
 */
export function linearPredictorAt(model: Model, totalPoints: number): number {
  const c = compileModel(model);
  const lp = totalPoints / c.scale + c.minSum;
  return model.kind === 'cox' ? lp - c.referenceLp : lp + c.intercept!.beta;
}

/** Points of one predictor's value: (f(x) - min f) * scale. */
export function pointsOf(model: Model, predictorId: string, value: string | number): number {
  const c = compileModel(model);
  const cp = c.predictors.find((p) => p.predictor.id === predictorId);
  if (!cp) throw new Error(`unknown predictor: ${predictorId}`);
  return (cp.contribution(value) - cp.min) * c.scale;
}

/** The total points at which the linear predictor (centred for Cox, with the intercept for logistic) equals `lp`. */
export function totalPointsAt(model: Model, lp: number): number {
  const c = compileModel(model);
  const raw = model.kind === 'cox' ? lp + c.referenceLp : lp - c.intercept!.beta;
  return (raw - c.minSum) * c.scale;
}
