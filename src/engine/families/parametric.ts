import type { ParametricModel } from '../../model/types.ts';
import { column, type Column } from '../coefficient.ts';
import type { Family } from '../family.ts';
import { normalQuantile } from '../normal.ts';
import { parametricMedian, parametricSurvival, survivalOfW, type ParametricPatient } from '../parametric.ts';

/** w at which S = 1 - F(w) equals s. */
function wFor(distribution: ParametricModel['distribution'], s: number): number {
  if (distribution === 'lognormal') return normalQuantile(1 - s);
  if (distribution === 'loglogistic') return Math.log(1 / s - 1);
  return Math.log(-Math.log(s));
}

/**
 * Parametric survival (survreg, psm; format version 2): w = (log t - LP) / sigma, S = 1 - F(w),
 * the LP including the intercept. Intervals by the delta method over (beta, log sigma), so they
 * need the patient's design row; the covariance is read here with log sigma after the columns.
 */
export function parametricFamily(model: ParametricModel, columns: Column[]): Family {
  const intercept = column(model.intercept);
  const { distribution } = model;
  const sigma = model.scale.sigma;
  const names = [intercept.name, ...columns.map((c) => c.name), ...(model.scale.name ? [model.scale.name] : [])];
  const at = names.map((n) => model.covariance?.names.indexOf(n) ?? -1);
  // Without a covariance the coefficients are independent and sigma is taken as known.
  const covariance = at.map((i, r) =>
    at.map((j, k) =>
      model.covariance ? model.covariance.matrix[i]![j]! : r === k && r <= columns.length ? ([intercept, ...columns][r]!.se ?? 0) ** 2 : 0,
    ),
  );
  const beta = [intercept.beta, ...columns.map((c) => c.beta)];
  const patient = (row: readonly number[]): ParametricPatient => ({ distribution, x: [1, ...row], beta, sigma, covariance });
  const risk = (lp: number, t: number) => (t <= 0 ? 1 : survivalOfW(distribution, (Math.log(t) - lp) / sigma));
  const interval = (_lp: number, _se: number, t: number, row: readonly number[]) => parametricSurvival(patient(row), t);
  const end = Math.max(...model.horizons);
  return {
    offset: intercept.beta,
    leading: [intercept],
    measure: 'survival',
    contrast: (row) => [1, ...row],
    risk,
    lpFor: (s, t) => (t > 0 && s > 0 && s < 1 ? Math.log(t) - sigma * wFor(distribution, s) : undefined),
    interval,
    riskTimes: model.horizons,
    curveEnd: end,
    curveTimes: Array.from({ length: 101 }, (_, i) => (end * i) / 100),
    figures(_lp, _se, times = model.horizons, _warnings, row) {
      return { survival: times.map((t) => parametricSurvival(patient(row), t)), medianSurvival: parametricMedian(patient(row)).estimate };
    },
  };
}
