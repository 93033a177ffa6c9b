import { Z95 } from './coefficient.ts';
import { normalUpperTail } from './normal.ts';

/** The survreg / rms psm distributions the format carries (log time is location-scale). */
export type Distribution = 'weibull' | 'exponential' | 'lognormal' | 'loglogistic';

/**
 * A parametric survival fit for one patient: `x` the design row with the intercept's 1 first,
 * `beta` its coefficients, `sigma` the scale (1 for the exponential), and `covariance` over
 * (beta, log sigma), the last row and column absent for the exponential, whose scale is fixed.
 */
export interface ParametricPatient {
  distribution: Distribution;
  x: readonly number[];
  beta: readonly number[];
  sigma: number;
  covariance: readonly (readonly number[])[];
}

export interface ParametricSurvival {
  time: number;
  estimate: number;
  lower: number;
  upper: number;
}

const dot = (a: readonly number[], b: readonly number[]) => a.reduce((s, v, i) => s + v * b[i]!, 0);

/** S = 1 - F(w), each tail computed directly so survival near 0 or 1 keeps its digits. */
export function survivalOfW(distribution: Distribution, w: number): number {
  if (distribution === 'lognormal') return normalUpperTail(w);
  if (distribution === 'loglogistic') return 1 / (1 + Math.exp(w));
  return Math.exp(-Math.exp(w));
}

/** F^-1(0.5) of the standardised log time: log(log 2) for the extreme-value (Weibull) case. */
function medianW(distribution: Distribution): number {
  return distribution === 'weibull' || distribution === 'exponential' ? Math.log(Math.LN2) : 0;
}

/** g' V g for a gradient over (beta, log sigma); the exponential has no log sigma entry. */
function quadratic(p: ParametricPatient, gBeta: readonly number[], gLogSigma: number): number {
  const g = p.distribution === 'exponential' ? [...gBeta] : [...gBeta, gLogSigma];
  let v = 0;
  for (let i = 0; i < g.length; i++) for (let j = 0; j < g.length; j++) v += g[i]! * p.covariance[i]![j]! * g[j]!;
  return Math.max(v, 0);
}

/**
 * S(t | x) with its 95% interval by the delta method on w = (log t - LP) / sigma:
 * dw/dbeta = -x / sigma, dw/dlog sigma = -w; the bounds are S at w -+ z se(w).
 */
export function parametricSurvival(p: ParametricPatient, t: number): ParametricSurvival {
  const lp = dot(p.x, p.beta);
  if (t <= 0) return { time: t, estimate: 1, lower: 1, upper: 1 };
  const w = (Math.log(t) - lp) / p.sigma;
  const se = Math.sqrt(
    quadratic(
      p,
      p.x.map((v) => -v / p.sigma),
      -w,
    ),
  );
  return {
    time: t,
    estimate: survivalOfW(p.distribution, w),
    lower: survivalOfW(p.distribution, w + Z95 * se),
    upper: survivalOfW(p.distribution, w - Z95 * se),
  };
}

/**
 * Median survival exp(LP + sigma q), q = F^-1(0.5), with its 95% interval by the delta method on
 * the log median (R: predict(fit, type = "uquantile", p = 0.5, se.fit = TRUE)): gradient x for
 * beta and sigma q for log sigma.
 */
export function parametricMedian(p: ParametricPatient): { estimate: number; lower: number; upper: number } {
  const q = medianW(p.distribution);
  const logMedian = dot(p.x, p.beta) + p.sigma * q;
  const se = Math.sqrt(quadratic(p, p.x, p.sigma * q));
  return { estimate: Math.exp(logMedian), lower: Math.exp(logMedian - Z95 * se), upper: Math.exp(logMedian + Z95 * se) };
}
