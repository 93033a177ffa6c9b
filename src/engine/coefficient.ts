import type { Coefficient } from '../model/types.ts';

/** 97.5% quantile of the standard normal distribution. */
export const Z95 = 1.959964;

/** One design column's coefficient, on the log scale. */
export interface Column {
  name: string;
  beta: number;
  /** From the published interval; undefined when the model has a covariance matrix instead. */
  se: number | undefined;
}

/** The coefficient on the log scale, whether the file gives beta or a published ratio. */
function coefficientBeta(c: Coefficient): number {
  const ratio = c.hazardRatio ?? c.oddsRatio;
  return ratio === undefined ? c.beta! : Math.log(ratio);
}

/**
 * Standard error recovered from a published 95% interval, or undefined without one.
 * A ratio's interval is symmetric on the log scale: se = (ln(upper) - ln(lower)) / (2 z).
 */
function coefficientSe(c: Coefficient): number | undefined {
  if (!c.ci95) return undefined;
  const [lower, upper] = c.ci95;
  const onRatioScale = c.hazardRatio !== undefined || c.oddsRatio !== undefined;
  return onRatioScale ? (Math.log(upper) - Math.log(lower)) / (2 * Z95) : (upper - lower) / (2 * Z95);
}

export function column(c: Coefficient): Column {
  return { name: c.name, beta: coefficientBeta(c), se: coefficientSe(c) };
}
