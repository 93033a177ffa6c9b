import type { LogisticModel } from '../../model/types.ts';
import { column, Z95 } from '../coefficient.ts';
import type { Family } from '../family.ts';

const logistic = (lp: number) => 1 / (1 + Math.exp(-lp));

/** Logistic regression (rms `lrm`): p = 1 / (1 + e^-LP), the LP including the intercept. */
export function logisticFamily(model: LogisticModel): Family {
  const intercept = column(model.intercept);
  const interval = (lp: number, se: number, time: number) => ({
    time,
    estimate: logistic(lp),
    lower: logistic(lp - Z95 * se),
    upper: logistic(lp + Z95 * se),
  });
  return {
    offset: intercept.beta,
    leading: [intercept],
    measure: 'probability',
    // The full design row with the intercept's 1.
    contrast: (row) => [1, ...row],
    risk: logistic,
    lpFor: (p) => Math.log(p / (1 - p)),
    interval,
    riskTimes: [0],
    curveEnd: 0,
    curveTimes: [],
    figures(lp, se) {
      const { estimate, lower, upper } = interval(lp, se, 0);
      return { probability: { estimate, lower, upper } };
    },
  };
}
