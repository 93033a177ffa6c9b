import { Z95 } from './coefficient.ts';
import { stepAt } from './step.ts';

/**
 * A Fine-Gray model for one patient: the baseline cumulative subdistribution hazard H0 at
 * covariates 0 (cmprsk::crr: the cumulative sum of bfitj over the failure times), the patient's
 * design row `x`, the fit's mean design row `means`, coefficients and their covariance.
 */
export interface FineGrayPatient {
  time: readonly number[];
  cumulativeHazard: readonly number[];
  x: readonly number[];
  means: readonly number[];
  beta: readonly number[];
  covariance: readonly (readonly number[])[];
}

export interface CumulativeIncidence {
  time: number;
  /** null past the last tabulated time: the model says nothing there. */
  estimate: number | null;
  lower: number | null;
  upper: number | null;
}

const dot = (a: readonly number[], b: readonly number[]) => a.reduce((s, v, i) => s + v * b[i]!, 0);

/** 1 - exp(-h), exact for small h where 1 - exp(-h) would lose digits. */
const incidence = (h: number) => -Math.expm1(-h);

/**
 * CIF(t | x) = 1 - exp(-H0(t) exp(LP)) with its 95% interval as for Cox: se = sqrt(d' V d),
 * d = x - means, bounds 1 - exp(-Hm(t) exp(LP - LPm -+ z se)), Hm = H0 exp(LPm). The baseline's
 * own uncertainty is not in the interval.
 */
export function cumulativeIncidence(p: FineGrayPatient, t: number): CumulativeIncidence {
  const h0 = stepAt(p.time, p.cumulativeHazard, t, 0);
  if (h0 === undefined) return { time: t, estimate: null, lower: null, upper: null };
  const lp = dot(p.x, p.beta);
  const lpm = dot(p.means, p.beta);
  const d = p.x.map((v, i) => v - p.means[i]!);
  let variance = 0;
  for (let i = 0; i < d.length; i++) for (let j = 0; j < d.length; j++) variance += d[i]! * p.covariance[i]![j]! * d[j]!;
  const se = Math.sqrt(Math.max(variance, 0));
  const hm = h0 * Math.exp(lpm);
  return {
    time: t,
    estimate: incidence(h0 * Math.exp(lp)),
    lower: incidence(hm * Math.exp(lp - lpm - Z95 * se)),
    upper: incidence(hm * Math.exp(lp - lpm + Z95 * se)),
  };
}
