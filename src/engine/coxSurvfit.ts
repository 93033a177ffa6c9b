import { Z95 } from './coefficient.ts';
import { stepIndex } from './step.ts';

/**
 * What survival::survfit needs to give a new patient's survival with the baseline's own
 * uncertainty (survival's agsurv, per event time of one stratum): the cumulative hazard at the
 * fit's centre, the cumulative sum of its variance term (varhaz), and the cumulative
 * covariate-mean term (xbar: one row per time, one column per coefficient).
 */
export interface SurvfitBaseline {
  time: readonly number[];
  cumulativeHazard: readonly number[];
  hazardVariance: readonly number[];
  xbar: readonly (readonly number[])[];
}

/** A patient: the design row `x` (not centred), coefficients, covariance, and the fit's centre sum(means * beta). */
export interface SurvfitPatient {
  x: readonly number[];
  beta: readonly number[];
  covariance: readonly (readonly number[])[];
  center: number;
}

export interface SurvfitPoint {
  time: number;
  estimate: number | null;
  lower: number | null;
  upper: number | null;
}

/**
 * survfit(fit, newdata, conf.type = "log-log") at t (survival's coxsurv.fit): with
 * r = exp(x'beta - centre) and dt = H(t) x - xbar(t), var H = (varhaz(t) + dt' V dt) r^2;
 * S = exp(-H r), bounds exp(-exp(log H -+ z se / H)) with H now the patient's cumulative hazard.
 */
export function survfitSurvival(b: SurvfitBaseline, p: SurvfitPatient, t: number): SurvfitPoint {
  const i = stepIndex(b.time, t);
  if (i === undefined) return { time: t, estimate: null, lower: null, upper: null };
  if (i < 0) return { time: t, estimate: 1, lower: 1, upper: 1 };
  const risk = Math.exp(p.x.reduce((s, v, j) => s + v * p.beta[j]!, 0) - p.center);
  const h0 = b.cumulativeHazard[i]!;
  const dt = p.x.map((v, j) => h0 * v - b.xbar[i]![j]!);
  let quadratic = 0;
  for (let j = 0; j < dt.length; j++) for (let k = 0; k < dt.length; k++) quadratic += dt[j]! * p.covariance[j]![k]! * dt[k]!;
  const h = h0 * risk;
  const se = Math.sqrt(Math.max(b.hazardVariance[i]! + quadratic, 0)) * risk;
  const estimate = Math.exp(-h);
  if (h === 0) return { time: t, estimate, lower: estimate, upper: estimate };
  return {
    time: t,
    estimate,
    lower: Math.exp(-Math.exp(Math.log(h) + (Z95 * se) / h)),
    upper: Math.exp(-Math.exp(Math.log(h) - (Z95 * se) / h)),
  };
}
