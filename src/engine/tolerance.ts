import type { Model, TestVector } from '../model/types.ts';
import { compileModel } from './compile.ts';
import { designRow } from './se.ts';

/** Tolerances one test vector is checked with: the file's own, else these defaults. */
export interface VectorTolerance {
  points: number;
  linearPredictor: number;
  linearPredictorSe: number;
  risk: number;
}

/** The floor when the sums involved are well conditioned. */
const FLOOR = 1e-9;
/** A few units in the last place of the largest term, for R's rounding and ours. */
const ULPS = 16 * Number.EPSILON;

/**
 * Default tolerances of a test vector. The linear predictor and its SE are sums whose terms can be
 * far larger than the result (a spline of bilirubin x 10 has basis columns in the thousands, and
 * its covariance cancels them), so R and the engine, adding in different orders, may disagree
 * well above 1e-9 while both are right. The bound is derived from the fit: ULPS times the sum of
 * the terms' magnitudes (sum |d_i b_i| for the LP; |d|'|V||d| for the variance, halved and divided
 * by the SE for the SE), never below 1e-9.
 */
export function vectorTolerance(model: Model, v: TestVector): VectorTolerance {
  const given = v.tolerance ?? {};
  const c = compileModel(model);
  const d = c.family.contrast(designRow(c, v.inputs));
  const columns = [...c.family.leading, ...c.columns];
  const lpTerms = d.reduce((s, x, i) => s + Math.abs(x * columns[i]!.beta), 0) + Math.abs(c.referenceLp);
  let varTerms = 0;
  let variance = 0;
  const cov = c.covariance;
  for (let i = 0; i < d.length; i++) {
    for (let j = 0; j < d.length; j++) {
      const term = d[i]! * d[j]! * (cov ? cov[i]![j]! : i === j ? (columns[i]!.se ?? 0) ** 2 : 0);
      varTerms += Math.abs(term);
      variance += term;
    }
  }
  const se = Math.sqrt(Math.max(variance, 0));
  const seBound = se > 0 ? (ULPS * varTerms) / (2 * se) : Math.sqrt(ULPS * varTerms);
  return {
    points: given.points ?? 0.01,
    linearPredictor: given.linearPredictor ?? Math.max(FLOOR, ULPS * lpTerms),
    linearPredictorSe: given.linearPredictor ?? Math.max(FLOOR, seBound),
    risk: given.risk ?? 1e-6,
  };
}
