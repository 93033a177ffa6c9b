/** The recalibration fit y ~ a + b * logit(p) with its covariance. */
export interface Recalibration {
  intercept: number;
  slope: number;
  interceptSe: number;
  slopeSe: number;
}

/**
 * Maximum-likelihood logistic regression of the 0/1 outcome on the predicted logit, as
 * `rms::val.prob` fits it (`lrm.fit(logit, y)`) for its Intercept and Slope. Newton-Raphson from
 * (0, 1), the perfectly calibrated line, until the step is below 1e-12. null when there is no
 * maximum (the predictions separate the outcomes perfectly).
 */
export function logisticRecalibration(logit: ArrayLike<number>, y: ArrayLike<number>): Recalibration | null {
  let a = 0;
  let b = 1;
  for (let iteration = 0; iteration < 100; iteration++) {
    let u0 = 0;
    let u1 = 0;
    let i00 = 0;
    let i01 = 0;
    let i11 = 0;
    for (let k = 0; k < logit.length; k++) {
      const x = logit[k]!;
      const p = 1 / (1 + Math.exp(-(a + b * x)));
      const w = p * (1 - p);
      u0 += y[k]! - p;
      u1 += (y[k]! - p) * x;
      i00 += w;
      i01 += w * x;
      i11 += w * x * x;
    }
    const det = i00 * i11 - i01 * i01;
    if (!(det > 0)) return null;
    const da = (i11 * u0 - i01 * u1) / det;
    const db = (i00 * u1 - i01 * u0) / det;
    a += da;
    b += db;
    if (!Number.isFinite(a) || !Number.isFinite(b) || Math.abs(b) > 1e6) return null;
    if (Math.abs(da) < 1e-12 * Math.max(1, Math.abs(a)) && Math.abs(db) < 1e-12 * Math.max(1, Math.abs(b))) {
      return { intercept: a, slope: b, interceptSe: Math.sqrt(i11 / det), slopeSe: Math.sqrt(i00 / det) };
    }
  }
  return null;
}
